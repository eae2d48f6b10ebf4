package dev.sagelint.engine;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;
import dev.sagelint.model.Suppression;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionsTest {

    static final RuleCatalog CATALOG = new RuleCatalog(ToolRules.descriptors());

    @Test
    void commentsInYamlAndHclAreFoundWithTheLinesTheyCover() {
        SourceFile file = new SourceFile("main.tf", """
                resource "aws_appautoscaling_target" "t" {
                  // sagelint-disable-next-line SL201 -- warm pool handled by ops

                  min_capacity = 0
                  max_capacity = 4 # sagelint-disable-line SL101, SL102 -- reviewed
                }
                """);
        List<Suppression> found = CommentSuppressions.scan(file);
        assertThat(found).extracting(Suppression::ruleId, Suppression::reason, Suppression::firstLine,
                        s -> s.source().location().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SL201", "warm pool handled by ops", 4, "main.tf:2:3"),
                        org.assertj.core.groups.Tuple.tuple("SL101", "reviewed", 5, "main.tf:5:20"),
                        org.assertj.core.groups.Tuple.tuple("SL102", "reviewed", 5, "main.tf:5:20"));
    }

    @Test
    void aSuppressionFactFromAParserCoversItsLineRange() {
        // what the CloudFormation reader emits for Metadata: { sagelint: { suppress: [...] } }
        Suppression resource = Suppression.of("SL201", "dev stack", new Location("t.yaml", 12, 9), 5, 30);
        Finding inside = new Finding("SL201", Severity.ERROR, new Location("t.yaml", 20, 7), "m");
        Finding outside = new Finding("SL201", Severity.ERROR, new Location("t.yaml", 31, 7), "m");
        Finding otherRule = new Finding("SL204", Severity.WARNING, new Location("t.yaml", 20, 7), "m");
        var applied = Suppressions.apply(List.of(inside, outside, otherRule), List.of(resource), CATALOG);
        assertThat(applied.kept()).containsExactly(outside, otherRule);
        assertThat(applied.hidden()).isEqualTo(1);
        assertThat(applied.problems()).isEmpty();
    }

    @Test
    void missingReasonsAndUnusedSuppressionsAreReported() {
        Suppression noReason = Suppression.of("SL201", " ", new Location("t.yaml", 3, 5), 3, 3);
        Suppression unused = Suppression.of("SL101", "ok", new Location("t.yaml", 8, 5), 8, 8);
        Finding f = new Finding("SL201", Severity.ERROR, new Location("t.yaml", 3, 1), "m");
        var applied = Suppressions.apply(List.of(f), List.of(noReason, unused), CATALOG);
        assertThat(applied.kept()).containsExactly(f);
        assertThat(applied.problems()).extracting(Finding::ruleId, Finding::severity, x -> x.location().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SL002", Severity.WARNING, "t.yaml:3:5"),
                        org.assertj.core.groups.Tuple.tuple("SL003", Severity.INFO, "t.yaml:8:5"));
    }
}
