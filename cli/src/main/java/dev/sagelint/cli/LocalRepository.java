package dev.sagelint.cli;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local Maven repository the command line finds {@code rulePacks} coordinates in, chosen as Maven chooses it:
 * {@code --maven-repo-local} (Maven's {@code -Dmaven.repo.local}), else {@code <localRepository>} of the user's
 * {@code ~/.m2/settings.xml} (with {@code ${user.home}} and {@code ${env.NAME}} expanded), else
 * {@code ~/.m2/repository}. Global settings ({@code $MAVEN_HOME/conf/settings.xml}) and {@code -s} are not read.
 *
 * <p>The settings file is read only when a coordinate is looked up, at most {@link #MAX_SETTINGS_BYTES}, with DTDs
 * refused (no entity expansion, no external fetch). A file that does not parse is a usage error at its line and column.
 */
record LocalRepository(Path path, String origin) {

    /** A settings.xml larger than this is refused: real ones are a few kilobytes. */
    static final int MAX_SETTINGS_BYTES = 1 << 20;

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{(user\\.home|env\\.([A-Za-z_][A-Za-z0-9_]*))}");

    static LocalRepository find(Env env, Path explicit) {
        if (explicit != null) {
            return new LocalRepository(env.resolve(explicit), "--maven-repo-local");
        }
        String home = env.variables().getOrDefault("HOME", System.getProperty("user.home"));
        Path settings = Path.of(home, ".m2", "settings.xml");
        if (Files.isRegularFile(settings)) {
            String configured = localRepository(settings, home, env);
            if (configured != null && !configured.isBlank()) {
                return new LocalRepository(env.resolve(Path.of(configured.strip())),
                        "<localRepository> of " + settings);
            }
        }
        return new LocalRepository(Path.of(home, ".m2", "repository"), "Maven's default");
    }

    /** The text of the top-level {@code <localRepository>}, expanded; null when the file has none. */
    private static String localRepository(Path settings, String home, Env env) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(settings)) {
            bytes = in.readNBytes(MAX_SETTINGS_BYTES + 1);
        } catch (IOException e) {
            throw new UsageException(settings + ": cannot read it (" + e.getMessage() + "); make it readable or pass"
                    + " --maven-repo-local DIR");
        }
        if (bytes.length > MAX_SETTINGS_BYTES) {
            throw new UsageException(settings + ": larger than " + (MAX_SETTINGS_BYTES >> 20) + " MiB, which no"
                    + " Maven settings file is; pass --maven-repo-local DIR");
        }
        Element root;
        try {
            root = parser().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXParseException e) {
            throw new UsageException(settings + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not a Maven"
                    + " settings file (" + e.getMessage() + "); mend it (Maven cannot read it either) or pass"
                    + " --maven-repo-local DIR");
        } catch (SAXException | IOException e) {
            throw new UsageException(settings + ": not a Maven settings file (" + e.getMessage() + "); mend it or"
                    + " pass --maven-repo-local DIR");
        }
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "localRepository".equals(e.getLocalName())) {
                return expand(e.getTextContent(), home, env);
            }
        }
        return null;
    }

    private static String expand(String text, String home, Env env) {
        Matcher m = PROPERTY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(2) == null ? home : env.variables().getOrDefault(m.group(2), "");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            // the JDK's default handler prints "[Fatal Error]" lines to stderr; this one only throws
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses a standard feature", e);
        }
    }
}
