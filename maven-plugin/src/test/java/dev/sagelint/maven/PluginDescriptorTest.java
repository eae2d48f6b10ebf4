package dev.sagelint.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The plugin descriptor Maven reads (generated from the annotations) against docs/maven-plugin.md: every editable
 * parameter of {@code check} is in the parameter table, and the aliases that give three parameters the command line's
 * names are there and documented.
 */
class PluginDescriptorTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    /** Editable parameters of the check goal, name to alias ("" when none). */
    private static Map<String, String> checkParameters() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        NodeList mojos = doc.getElementsByTagName("mojo");
        Map<String, String> parameters = new TreeMap<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!"check".equals(text(mojo, "goal"))) {
                continue;
            }
            NodeList params = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < params.getLength(); j++) {
                Element p = (Element) params.item(j);
                if ("true".equals(text(p, "editable"))) {
                    parameters.put(text(p, "name"), text(p, "alias"));
                }
            }
        }
        return parameters;
    }

    private static String text(Element e, String child) {
        NodeList nodes = e.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }

    @Test
    void threeParametersAnswerToTheCommandLinesNames() throws Exception {
        assumeTrue(Files.exists(DESCRIPTOR), "the descriptor is generated in process-classes");
        Map<String, String> parameters = checkParameters();

        assertThat(parameters).containsEntry("configLocation", "config").containsEntry("outputFormats", "formats")
                .containsEntry("sourceDirectories", "paths");
        assertThat(parameters.values().stream().filter(a -> !a.isEmpty())).containsExactlyInAnyOrder("config",
                "formats", "paths");
    }

    @Test
    void everyParameterAndAliasIsInTheDocumentedTable() throws Exception {
        assumeTrue(Files.exists(DESCRIPTOR), "the descriptor is generated in process-classes");
        String docs = Files.readString(Path.of("../docs/maven-plugin.md"));

        checkParameters().forEach((name, alias) -> {
            assertThat(docs).as("docs/maven-plugin.md documents %s", name).contains("`" + name + "`");
            if (!alias.isEmpty()) {
                assertThat(docs).as("docs/maven-plugin.md names the alias of %s", name)
                        .contains("`" + name + "` (alias `" + alias + "`)");
            }
        });
    }
}
