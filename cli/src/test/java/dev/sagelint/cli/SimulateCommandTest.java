package dev.sagelint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** simulate and advise, black box through Main.run. */
class SimulateCommandTest {

    static final String REFLECTION = "business:day=50,night=2,hours=08:00-18:00,burst=2,every=3h,for=30m,seed=7";

    @TempDir
    Path tmp;

    private Path project() {
        return Cli.copy("simulate", tmp.resolve("p"));
    }

    @Test
    void simulateReflectionQuestionWritesTheSummaryAndAChart() throws Exception {
        Path p = project();
        Cli.Run r = Cli.run(p, "simulate", "reflection.yaml", "--endpoint", "recommender", "--traffic", REFLECTION,
                "--chart", "out/day.svg");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("endpoint recommender, variant AllTraffic (ml.m6i.xlarge)\n")
                .contains("traffic: shape " + REFLECTION)
                .contains("capacity per instance: 20 req/s, declared traffic profile instanceCapacityRps (load test)")
                .contains("9 of 1440 minutes under-provisioned; 0.24% of requests arrived above capacity")
                .contains("Mon 08:02  scale-out 2 -> 5");
        assertThat(r.err()).isEmpty();
        assertThat(Cli.read(p.resolve("out/day.svg"))).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains(">shortfall<").contains(">requests per second<");
    }

    @Test
    void simulateJsonFromACsvHasEveryMinute() throws Exception {
        Cli.Run r = Cli.run(project(), "simulate", "flash-sale.yaml", "-e", "flash-sale", "-t", "spike.csv",
                "--format", "json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("traffic").asText()).isEqualTo("CSV spike.csv (90 minutes)");
        assertThat(json.get("minutes")).hasSize(90);
        assertThat(json.at("/totals/minutesUnderProvisioned").asInt()).isEqualTo(9);
        assertThat(json.at("/events/0/kind").asText()).isEqualTo("scale-out");
        assertThat(json.at("/assumptions/alarms/scaleOutDatapoints").asInt()).isEqualTo(3);
    }

    @Test
    void userErrorsExitTwoWithAMessage() {
        Path p = project();
        Cli.Run unknown = Cli.run(p, "simulate", "flash-sale.yaml", "-e", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("sagelint: no endpoint named 'nope' in the inputs (give an EndpointName, a"
                + " CloudFormation logical id or a Terraform resource address); found: flash-sale\n");
        Cli.Run traffic = Cli.run(p, "simulate", "flash-sale.yaml", "-e", "flash-sale", "-t", "missing.csv");
        assertThat(traffic.code()).isEqualTo(2);
        assertThat(traffic.err()).contains("--traffic missing.csv: neither a CSV file nor a shape");
        Cli.Run shape = Cli.run(p, "simulate", "flash-sale.yaml", "-e", "flash-sale", "-t", "steady:rsp=3");
        assertThat(shape.code()).isEqualTo(2);
        assertThat(shape.err()).contains("traffic shape steady has no parameter 'rsp'");
        Cli.Run slo = Cli.run(p, "advise", "flash-sale.yaml", "-e", "flash-sale", "--slo", "lots");
        assertThat(slo.code()).isEqualTo(2);
        assertThat(slo.err()).contains("--slo lots: expected a percentage between 0 and 100");
    }

    @Test
    void adviseRecommendsScheduledScalingPlusTargetTrackingForTheReflectionQuestion() {
        Cli.Run r = Cli.run(project(), "advise", "reflection.yaml", "--endpoint", "recommender", "--traffic",
                REFLECTION, "--slo", "0.1%");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("scheduled action business-hours: cron(30 7 ? * MON-FRI *) sets MinCapacity 6")
                .contains("before: 9 of 1440 minutes under-provisioned")
                .contains("        worst case (capacity -10%): 36 minutes under-provisioned; 1.07% of requests above")
                .contains("after:  0 of 1440 minutes under-provisioned")
                .contains("\n--- a/reflection.yaml\n+++ b/reflection.yaml\n@@ -10,6 +10,9 @@\n")
                .contains("+          scheduledActions:\n");
    }
}
