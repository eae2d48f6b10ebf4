package dev.sagelint.simulate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The charts docs/simulate.md shows for the reflection question stay what the simulator draws
 * (-Dsagelint.updateGolden=true rewrites them).
 */
class DocsChartsTest {

    private static final Path DOCS = Path.of("../docs/simulate");

    @Test
    void reflectionQuestionChartsAreCurrent() throws IOException {
        assumeTrue(Files.isDirectory(DOCS.getParent()), "docs folder not present");
        Scenario s = ScenarioTest.scenario("reflection.yaml", "recommender", TrafficTest.REFLECTION, null);
        Advice a = s.advise(0.001);
        List<String> charts = SvgChart.renderAll(List.of(a.before(), a.after()));
        check("reflection-before.svg", charts.get(0));
        check("reflection-after.svg", charts.get(1));
    }

    private static void check(String name, String svg) throws IOException {
        Path file = DOCS.resolve(name);
        if (Boolean.getBoolean("sagelint.updateGolden") || !Files.exists(file)) {
            Files.createDirectories(DOCS);
            Files.writeString(file, svg, StandardCharsets.UTF_8);
        }
        assertThat(svg).as("%s is stale; rerun with -Dsagelint.updateGolden=true", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
