package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sagelint version a document tells users to write (a plugin or dependency snippet, the
 * sagelint.version property, a goal's coordinates, a Maven coordinate) is the version this build
 * makes, so each snippet resolves after {@code ./mvnw install}. A version bump fails here until the
 * docs follow.
 */
class DocsVersionTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** The sagelint artifact, then the version that follows it in a snippet. */
    private static final List<Pattern> SNIPPETS = List.of(
            Pattern.compile("<artifactId>(sagelint-[a-z-]+)</artifactId>\\s*<version>([^<$]+)</version>"),
            Pattern.compile("<(sagelint\\.version)>([^<]+)</sagelint\\.version>"),
            Pattern.compile("dev\\.sagelint:(sagelint-[a-z-]+):([0-9][^:\\s\"'`]*)"),
            Pattern.compile("\"(tool)\": \\{ \"name\": \"sagelint\", \"version\": \"([^\"]+)\""));

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/maven-plugin.md", "docs/writing-rules.md", "docs/cli.md", "jbang-catalog.json",
            "examples/custom-rule-pack/pom.xml"})
    void snippetsNameTheProjectVersion(String doc) throws IOException {
        String version = System.getProperty("sagelint.version");
        assertThat(version).as("surefire sets sagelint.version to the project version").isNotBlank();
        String text = Files.readString(ROOT.resolve(doc));
        List<String> wrong = new ArrayList<>();
        int found = 0;
        for (Pattern pattern : SNIPPETS) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found++;
                if (!m.group(2).equals(version)) {
                    int line = text.substring(0, m.start()).split("\n", -1).length;
                    wrong.add(doc + ":" + line + ": " + m.group(1) + " " + m.group(2));
                }
            }
        }
        assertThat(wrong).as("sagelint versions in %s that are not the project's %s", doc, version).isEmpty();
        assertThat(found).as("%s names sagelint's version somewhere (else drop it from this test)", doc)
                .isPositive();
    }

    /**
     * The README's plugin snippet is the one the Maven plugin's integration test fails-on-error-finding
     * builds (against the plugin installed into its private repository), at this version.
     */
    @Test
    void readmePluginSnippetIsTheOneAnIntegrationTestBuilds() throws IOException {
        String version = System.getProperty("sagelint.version");
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Maven plugin"));
        String snippet = firstPlugin(section);
        String it = firstPlugin(Files.readString(ROOT.resolve("maven-plugin/src/it/fails-on-error-finding/pom.xml")))
                .replace("@project.version@", version);
        assertThat(normalise(snippet)).isEqualTo(normalise(it));
    }

    private static String firstPlugin(String text) {
        Matcher m = Pattern.compile("(?s)<plugin>.*?</plugin>").matcher(text);
        assertThat(m.find()).as("a <plugin> block").isTrue();
        return m.group();
    }

    private static String normalise(String xml) {
        return xml.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", "");
    }
}
