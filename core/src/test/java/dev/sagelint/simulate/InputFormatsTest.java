package dev.sagelint.simulate;

import dev.sagelint.parse.Formats;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The simulator reads the model, so the same settings in the native spec, CloudFormation and
 * Terraform give the same simulation; advise answers in each input's own format. The CloudFormation
 * and Terraform cases run once those formats are registered in {@link Formats}.
 */
class InputFormatsTest {

    private static void assumeFormat(String name) {
        assumeTrue(Formats.all().stream().anyMatch(f -> f.name().equals(name)), name + " format not registered yet");
    }

    private static Scenario scenario(SourceFile file) {
        return Scenario.prepare(List.of(file), new Scenario.Options("recommender", null, TrafficTest.REFLECTION, null,
                null, null, PriceTable.shipped(), 1.0));
    }

    private static String nativeSummary() {
        return ResultText.summary(scenario(new SourceFile("reflection.yaml", Golden.read("reflection.yaml"))).simulate());
    }

    @Test
    void cloudFormationGivesTheSameSimulationAndACloudFormationPatch() {
        assumeFormat("cloudformation");
        Scenario s = scenario(new SourceFile("reflection.cfn.yaml", Golden.read("reflection.cfn.yaml")));
        assertThat(s.format()).isEqualTo("cloudformation");
        assertThat(ResultText.summary(s.simulate())).isEqualTo(nativeSummary());
        assertThat(diff(s)).startsWith("--- a/reflection.cfn.yaml\n+++ b/reflection.cfn.yaml\n")
                .contains("+      ScheduledActions:\n+        - ScheduledActionName: business-hours\n");
    }

    @Test
    void terraformGivesTheSameSimulationAndATerraformPatch() {
        assumeFormat("terraform");
        Scenario s = scenario(new SourceFile("tf/main.tf", Golden.read("tf/main.tf")));
        assertThat(s.format()).isEqualTo("terraform");
        assertThat(ResultText.summary(s.simulate())).isEqualTo(nativeSummary());
        assertThat(diff(s)).startsWith("--- a/tf/main.tf\n+++ b/tf/main.tf\n")
                .contains("+resource \"aws_appautoscaling_scheduled_action\" \"recommender_business_hours\" {\n");
    }

    @Test
    void nativeSpecPatch() {
        Scenario s = scenario(new SourceFile("reflection.yaml", Golden.read("reflection.yaml")));
        assertThat(s.format()).isEqualTo("native");
        assertThat(diff(s)).startsWith("--- a/reflection.yaml\n+++ b/reflection.yaml\n")
                .contains("+          scheduledActions:\n+            - { name: business-hours, schedule: ");
    }

    private static String diff(Scenario s) {
        return s.advise(0.001, Advisor.DEFAULT_MARGIN, files -> List.of()).diff();
    }
}
