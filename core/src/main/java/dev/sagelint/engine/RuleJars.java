package dev.sagelint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a rule pack jar before its classes are loaded: a file that is not a jar, a truncated one, a zip bomb or a
 * jar without a pack is refused with the reason and a fix, instead of being put on a class path where it would fail
 * later, hang or exhaust memory. Every entry is inflated once through a bounded stream, so sizes that the zip headers
 * misstate are caught by what the entries really hold. The bounds are documented in docs/robustness.md.
 */
public final class RuleJars {

    /** The service file that names a jar's rule packs. */
    public static final String SERVICE = "META-INF/services/dev.sagelint.spi.RulePack";
    /** A rule pack jar on disk; the built-in pack is about 2 MB. */
    public static final long MAX_JAR_BYTES = 64L * 1024 * 1024;
    /** Entries in one jar. */
    public static final int MAX_ENTRIES = 20_000;
    /** Inflated bytes of one entry. */
    public static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
    /** Inflated bytes of all entries together. */
    public static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;
    /** The service file: a few class names. */
    public static final int MAX_SERVICE_BYTES = 64 * 1024;
    /** Rule packs one jar may name. */
    public static final int MAX_PACKS = 100;

    private static final Pattern CLASS_NAME =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                    + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    private RuleJars() {
    }

    /**
     * Refuses a jar that cannot be a rule pack. The message of the {@link RulePackException} names what was seen and
     * the fix, not the jar, which the caller names in its own terms ({@code --rules-jar X}).
     *
     * @return the classes the jar's service file names, in order
     */
    public static List<String> check(Path jar) {
        if (!Files.exists(jar)) {
            throw new RulePackException("no such file (give the path of a rule pack jar)");
        }
        if (!Files.isRegularFile(jar)) {
            throw new RulePackException((Files.isDirectory(jar) ? "a folder" : "not a regular file")
                    + ", not a jar (give the path of a rule pack jar"
                    + (Files.isDirectory(jar) ? ", or put the folder's classes in a jar" : "") + ")");
        }
        if (!Files.isReadable(jar)) {
            throw new RulePackException("permission denied (make the jar readable)");
        }
        long size = size(jar);
        if (size > MAX_JAR_BYTES) {
            throw new RulePackException("the file has " + size + " bytes, more than the limit of " + MAX_JAR_BYTES
                    + " for a rule pack jar (a pack needs only its rules and classes; leave its dependencies out)");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return check(zip);
        } catch (ZipException e) {
            throw new RulePackException("not a jar: it is not a zip file or it is truncated (" + reason(e)
                    + "); rebuild the pack with 'mvn package' and check it with 'jar tf'");
        } catch (IOException e) {
            throw new RulePackException("cannot be read (" + reason(e) + ")");
        }
    }

    /**
     * The class loader of checked rule pack jars, over the front end's own (which holds the engine and the built-in
     * pack). Not closed: the packs' classes and resources are used until the process ends.
     */
    public static ClassLoader classLoader(List<Path> jars, ClassLoader parent) {
        java.net.URL[] urls = new java.net.URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new RulePackException(jars.get(i) + ": " + e.getMessage());
            }
        }
        return new java.net.URLClassLoader("sagelint-plugins", urls, parent);
    }

    private static List<String> check(ZipFile zip) throws IOException {
        if (zip.size() > MAX_ENTRIES) {
            throw new RulePackException("the jar has " + zip.size() + " entries, more than the limit of "
                    + MAX_ENTRIES + " (a pack needs only its rules and classes; leave its dependencies out)");
        }
        Set<String> names = new HashSet<>();
        byte[] service = null;
        boolean rules = false;
        long total = 0;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            names.add(entry.getName());
            if (entry.isDirectory()) {
                continue;
            }
            boolean isService = entry.getName().equals(SERVICE);
            long bound = isService ? MAX_SERVICE_BYTES : MAX_ENTRY_BYTES;
            if (entry.getSize() > bound) {
                throw tooLarge(entry, entry.getSize(), bound, isService);
            }
            byte[] kept = isService ? new byte[(int) bound] : null;
            long read = inflate(zip, entry, bound, kept, isService);
            total += read;
            if (total > MAX_TOTAL_BYTES) {
                throw new RulePackException("the jar inflates to more than " + MAX_TOTAL_BYTES + " bytes (a zip bomb,"
                        + " or a jar with its dependencies inside: leave them out)");
            }
            if (isService) {
                service = java.util.Arrays.copyOf(kept, (int) read);
            }
            rules |= entry.getName().endsWith(".drl") || entry.getName().startsWith("META-INF/kie/")
                    && entry.getName().endsWith("/drools-model");
        }
        if (service == null) {
            throw new RulePackException("holds no rule pack: there is no " + SERVICE + " entry (add one that names"
                    + " your dev.sagelint.spi.RulePack class, see docs/writing-rules.md)");
        }
        List<String> packs = packs(service);
        for (String pack : packs) {
            if (!names.contains(pack.replace('.', '/') + ".class")) {
                throw new RulePackException(SERVICE + " names " + pack + ", but the jar has no "
                        + pack.replace('.', '/') + ".class (fix the class name or package the class)");
            }
        }
        if (!rules) {
            throw new RulePackException("holds no rules: no .drl file and no precompiled model"
                    + " (META-INF/kie/.../drools-model) (put the pack's .drl files under its base folder)");
        }
        return packs;
    }

    /** Reads an entry to its end, stopping past the bound whatever the headers say; the bytes go to {@code kept}. */
    private static long inflate(ZipFile zip, ZipEntry entry, long bound, byte[] kept, boolean isService)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (read + n > bound) {
                    throw tooLarge(entry, -1, bound, isService);
                }
                if (kept != null) {
                    System.arraycopy(buffer, 0, kept, (int) read, n);
                }
                read += n;
            }
        } catch (ZipException e) {
            throw new RulePackException("entry " + entry.getName() + " is corrupt (" + reason(e)
                    + "); rebuild the pack with 'mvn package'");
        }
        return read;
    }

    private static RulePackException tooLarge(ZipEntry entry, long declared, long bound, boolean isService) {
        String what = (declared >= 0 ? "declares " + declared + " bytes" : "inflates to more than " + bound + " bytes")
                + ", more than the limit of " + bound;
        return new RulePackException("entry " + entry.getName() + " " + what + (isService
                ? " (the service file lists class names, one a line)"
                : " (a zip bomb, or a resource that does not belong in a rule pack)"));
    }

    private static List<String> packs(byte[] service) {
        List<String> out = new ArrayList<>();
        String[] lines = new String(service, StandardCharsets.UTF_8).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!CLASS_NAME.matcher(name).matches()) {
                throw new RulePackException(SERVICE + " line " + (i + 1) + ": '" + shorten(name)
                        + "' is not a class name (write one fully qualified class name a line)");
            }
            if (out.size() == MAX_PACKS) {
                throw new RulePackException(SERVICE + " names more than " + MAX_PACKS + " rule packs");
            }
            out.add(name);
        }
        if (out.isEmpty()) {
            throw new RulePackException("holds no rule pack: " + SERVICE + " names no class (add your"
                    + " dev.sagelint.spi.RulePack class, one fully qualified name a line)");
        }
        return out;
    }

    private static String shorten(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "..." : printable;
    }

    private static long size(Path jar) {
        try {
            return Files.size(jar);
        } catch (IOException e) {
            throw new RulePackException("cannot be read (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : shorten(m.strip());
    }
}
