package dev.sagelint.simulate;

import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** From input files to results, through the model; golden JSON, text and SVG. */
class ScenarioTest {

    static Scenario scenario(String file, String endpoint, String traffic, String csv) {
        return Scenario.prepare(List.of(new SourceFile(file, Golden.read(file))),
                new Scenario.Options(endpoint, null, traffic, csv, null, null, PriceTable.shipped(), 1.0));
    }

    @Test
    void flashSaleSpikeFromCsvGoldenJsonAndSvg() {
        Scenario s = scenario("flash-sale.yaml", "flash-sale", "spike.csv", Golden.read("spike.csv"));
        assertThat(s.format()).isEqualTo("native");
        assertThat(s.assumptions().capacitySource()).isEqualTo("declared traffic profile instanceCapacityRps (load test)");
        assertThat(s.assumptions().warmupMinutes()).isEqualTo(6);
        assertThat(s.assumptions().pricePerHour()).isEqualTo(0.25);
        SimulationResult r = s.simulate();
        // the spike starts at minute 20; 2 x 20 req/s serve until the scale-out to 20 instances serves
        assertThat(r.events().get(0)).satisfies(e -> {
            assertThat(e.minute()).isEqualTo(22);
            assertThat(e.to()).isEqualTo(20);
        });
        assertThat(r.totals().minutesUnderProvisioned()).isEqualTo(9);
        StringWriter json = new StringWriter();
        ResultJson.write(r, json);
        Golden.check("flash-sale.json", json.toString());
        Golden.check("flash-sale.svg", SvgChart.render(r));
        Golden.check("flash-sale.txt", ResultText.render(r));
    }

    @Test
    void stepScalingWithDefaultsGoldenJson() {
        Scenario s = Scenario.prepare(List.of(new SourceFile("step.yaml", Golden.read("step.yaml"))),
                new Scenario.Options("batchy", null, "steady:rps=30", null, 10.0, null, PriceTable.shipped(), 1.0));
        assertThat(s.assumptions().capacitySource()).isEqualTo("given (load test)");
        assertThat(s.setup().steps()).singleElement().satisfies(p -> {
            assertThat(p.cooldown()).isEqualTo(Simulator.DEFAULT_STEP_COOLDOWN_SECONDS);
            assertThat(p.metric()).isEqualTo(ScalingSetup.Metric.INVOCATIONS);
        });
        assertThat(s.assumptions().warmupMinutes()).isEqualTo(10);
        Traffic shortDay = new Traffic(s.traffic().rps().subList(0, 60), "steady:rps=30 for 60 minutes");
        SimulationResult r = Simulator.run(s.setup(), shortDay, s.assumptions());
        // 1800 invocations a minute, threshold 1200: breach 600, +1 at the end of minute 0; the endpoint is
        // Updating for the 10-minute g5 warm-up (until the end of minute 10), when the alarm, still
        // breaching (Invocations is a total), adds 1 again; and so on up to MaxCapacity 6
        assertThat(r.events()).extracting(SimulationResult.Event::minute, SimulationResult.Event::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(10, 3),
                        org.assertj.core.groups.Tuple.tuple(20, 4), org.assertj.core.groups.Tuple.tuple(30, 5),
                        org.assertj.core.groups.Tuple.tuple(40, 6));
        StringWriter json = new StringWriter();
        ResultJson.write(r, json);
        Golden.check("step.json", json.toString());
    }

    @Test
    void reflectionQuestionDayGoldenSvg() {
        Scenario s = scenario("reflection.yaml", "recommender", TrafficTest.REFLECTION, null);
        SimulationResult r = s.simulate();
        assertThat(r.totals().minutesUnderProvisioned()).isPositive();
        Golden.check("reflection.svg", SvgChart.render(r));
        Golden.check("reflection.txt", ResultText.render(r));
    }

    @Test
    void theModelsDefaultsAndGapsBecomeNotes() {
        String spec = """
                apiVersion: sagelint/v1
                endpoints:
                  - name: ep
                    variants:
                      - name: A
                        instanceType: ml.m5.xlarge
                        autoscaling:
                          minCapacity: 1
                          maxCapacity: 4
                          policies:
                            - targetTracking: { metric: SageMakerVariantInvocationsPerInstance, targetValue: 120 }
                            - targetTracking: { customMetric: { namespace: /aws/sagemaker/Endpoints, name: CPUUtilization }, targetValue: 70 }
                          scheduledActions:
                            - { name: odd, schedule: "cron(0 8 L * ? *)", minCapacity: 2 }
                """;
        Scenario s = Scenario.prepare(List.of(new SourceFile("ep.yaml", spec)),
                new Scenario.Options("ep", null, "steady:rps=1", null, null, null, PriceTable.shipped(), 1.0));
        assertThat(s.setup().tracking()).singleElement().satisfies(p -> {
            assertThat(p.scaleOutCooldown()).isEqualTo(300);
            assertThat(p.scaleInCooldown()).isEqualTo(300);
        });
        assertThat(s.setup().notes()).containsExactly(
                "InitialInstanceCount unknown; starting from 1 instance",
                "policy target-tracking: unset cooldowns default to 300 s",
                "policy target-tracking tracks CPUUtilization, which the simulator cannot derive from request traffic;"
                        + " it is left out",
                "scheduled action odd ignored: 'cron(0 8 L * ? *)' uses 'L'; the simulator reads * ? , - / and names,"
                        + " not L, W or #");
        // 120 invocations per instance per minute at 0.5 safety factor: 4 req/s per instance
        assertThat(s.assumptions().capacityRps()).isEqualTo(4.0);
        assertThat(s.assumptions().capacitySource()).startsWith("derived from the target value");
    }

    @Test
    void unknownEndpointOrVariantIsAClearError() {
        assertThatThrownBy(() -> scenario("flash-sale.yaml", "flash", null, null))
                .isInstanceOf(SimulationException.class)
                .hasMessage("no endpoint named 'flash' in the inputs (give an EndpointName, a CloudFormation logical id"
                        + " or a Terraform resource address); found: flash-sale");
        assertThatThrownBy(() -> Scenario.prepare(List.of(new SourceFile("flash-sale.yaml",
                        Golden.read("flash-sale.yaml"))), new Scenario.Options("flash-sale", "Blue", null, null, null,
                        null, PriceTable.shipped(), 1.0)))
                .hasMessage("endpoint flash-sale has no variant 'Blue'; found: AllTraffic");
    }

    @Test
    void priceFileOverridesTheShippedTable() {
        PriceTable mine = PriceTable.parse("prices.csv", "# source: our invoice, 2026-10\nml.c6i.xlarge,0.5\n");
        Scenario s = Scenario.prepare(List.of(new SourceFile("flash-sale.yaml", Golden.read("flash-sale.yaml"))),
                new Scenario.Options("flash-sale", null, "steady:rps=10", null, null, 3, mine, 1.0));
        assertThat(s.assumptions().pricePerHour()).isEqualTo(0.5);
        assertThat(s.assumptions().priceSource()).isEqualTo("our invoice, 2026-10");
        assertThat(s.assumptions().warmupSource()).isEqualTo("given");
        assertThatThrownBy(() -> PriceTable.parse("prices.csv", "ml.c6i.xlarge;0.5\n"))
                .hasMessage("prices.csv:1: expected 'instanceType,usdPerHour' such as 'ml.m5.xlarge,0.23', got"
                        + " 'ml.c6i.xlarge;0.5'");
        assertThat(PriceTable.shipped().source()).contains("us-east-1").contains("2026-11-28")
                .contains("aws.amazon.com/sagemaker/pricing");
    }
}
