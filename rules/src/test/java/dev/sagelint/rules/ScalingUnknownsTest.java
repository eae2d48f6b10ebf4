package dev.sagelint.rules;

import dev.sagelint.engine.LoadedPack;
import dev.sagelint.engine.PackLoader;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Location;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.Source;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.model.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scaling and capacity rules never fire on values a reader could not resolve (null with the
 * field in Source.unknown), nor when a policy or scheduled action could not be linked to its target,
 * while the same facts with the value known are reported. The native spec never produces these
 * facts, so they are built here directly.
 */
class ScalingUnknownsTest {

    private static final String FILE = "template.yaml";
    private static final int TARGET = 10;
    private static final int MIN = 11;
    private static final int MAX = 12;
    private static final int POLICY = 20;
    private static final int SCALE_IN = 21;
    private static final int SCALE_OUT = 22;
    private static final int INITIAL = 5;
    private static LoadedPack pack;

    @BeforeAll
    static void load() {
        pack = PackLoader.load(new BuiltInRules());
    }

    @Test
    void cooldownRulesIgnoreUnknownCooldowns() {
        assertEquals(List.of(), ids("SL101", "SL102", "SL103")
                .of(endpoint(null), target(2, 6, Set.of()), policy(null, null, Set.of("scaleInCooldown",
                        "scaleOutCooldown"))), "unresolved cooldowns");
        assertEquals(List.of("SL103 " + POLICY), ids("SL101", "SL102", "SL103")
                .of(endpoint(null), target(2, 6, Set.of()), policy(null, 60, Set.of())), "cooldown not written");
        assertEquals(List.of("SL101 " + SCALE_IN, "SL102 " + SCALE_OUT), ids("SL101", "SL102", "SL103")
                .of(endpoint(null), target(2, 6, Set.of()), policy(60, 900, Set.of())), "both known");
    }

    @Test
    void boundRulesIgnoreUnknownBounds() {
        assertEquals(List.of(), ids("SL202", "SL203")
                .of(target(null, 2, Set.of("minCapacity")), policy(600, 60, Set.of())));
        assertEquals(List.of(), ids("SL202", "SL203")
                .of(target(2, null, Set.of("maxCapacity")), policy(600, 60, Set.of())));
        assertEquals(List.of("SL202 " + MIN), ids("SL202", "SL203").of(target(4, 2, Set.of())));
        assertEquals(List.of("SL203 " + MAX), ids("SL202", "SL203")
                .of(target(2, 2, Set.of()), policy(600, 60, Set.of())));
        assertEquals(List.of(), ids("SL202").of(scheduled("t", null, 2, Set.of("minCapacity"))));
    }

    @Test
    void singleInstanceNeedsAKnownStageAndAKnownFloor() {
        assertEquals(List.of(), ids("SL204").of(variant(true), target(null, 4, Set.of("minCapacity"))),
                "MinCapacity unknown");
        assertEquals(List.of("SL204 " + INITIAL), ids("SL204").of(variant(true), target(1, 4, Set.of())));
        assertEquals(List.of("SL204 " + INITIAL), ids("SL204").of(variant(true)), "no target");
        assertEquals(List.of("SL204 " + INITIAL), ids("SL204").of(variant(null)), "stage unknown: reported at info");
        assertEquals(List.of(), ids("SL204").of(variant(false)), "declared not production");
        assertEquals(List.of(), ids("SL204").of(variant(true), unlinkedTarget(2)),
                "a target for an unknown endpoint may be this variant's");
        assertEquals(List.of("SL204 " + INITIAL), ids("SL204").of(variant(true), unlinkedTarget(1)));
    }

    @Test
    void trafficRulesStaySilentWhenAPolicyOrScheduleCouldNotBeLinked() {
        var bursts = new TrafficProfile(TrafficProfile.Pattern.SPIKY, null, null, null, null, null, Source.at(at(1)));
        assertEquals(List.of("SL114 " + TARGET), ids("SL114")
                .of(endpoint(bursts), target(2, 6, Set.of()), scheduled("t", 4, 6, Set.of())));
        assertEquals(List.of(), ids("SL114").of(endpoint(bursts), target(2, 6, Set.of()),
                scheduled("t", 4, 6, Set.of()), policy(600, 60, Set.of()).withTargetKey(null)));

        var predictable = new TrafficProfile(TrafficProfile.Pattern.PREDICTABLE, null, null, null, "08:00-18:00",
                null, Source.at(at(1)));
        assertEquals(List.of("SL113 " + TARGET), ids("SL113")
                .of(endpoint(predictable), target(2, 6, Set.of()), policy(600, 60, Set.of())));
        assertEquals(List.of(), ids("SL113").of(endpoint(predictable), target(2, 6, Set.of()),
                policy(600, 60, Set.of()), scheduled(null, 4, 6, Set.of())));
    }

    @Test
    void floorRuleIgnoresAnUnknownMinCapacity() {
        var spike = new TrafficProfile(TrafficProfile.Pattern.SPIKY, 100.0, null, null, null, 40.0, Source.at(at(1)));
        assertEquals(List.of(), ids("SL116").of(endpoint(spike), target(null, 6, Set.of("minCapacity"))));
        assertEquals(List.of("SL116 " + MIN), ids("SL116").of(endpoint(spike), target(1, 6, Set.of())));
    }

    private static Endpoint endpoint(TrafficProfile traffic) {
        return new Endpoint("e", "ep", null, null, traffic, null, null, null, Source.at(at(1)));
    }

    private static Variant variant(Boolean production) {
        return new Variant("var", "cfg", "AllTraffic", "model", "ml.m5.xlarge", List.of(), 1, null, null, List.of(),
                false, false, production, new Source(at(4), Map.of("initialInstanceCount", at(INITIAL)), Set.of()));
    }

    private static ScalableTarget target(Integer min, Integer max, Set<String> unknown) {
        return new ScalableTarget("t", "endpoint/ep/variant/AllTraffic", ScalableTarget.INSTANCE_COUNT, "sagemaker",
                min, max, null, null, null, "ep", "AllTraffic", null, true, "e", "var", null, source(TARGET,
                Map.of("minCapacity", MIN, "maxCapacity", MAX), unknown));
    }

    private static ScalableTarget unlinkedTarget(int min) {
        return new ScalableTarget("t2", "endpoint/${EndpointName}/variant/AllTraffic", ScalableTarget.INSTANCE_COUNT,
                "sagemaker", min, 6, null, null, null, null, "AllTraffic", null, true, null, null, null,
                source(30, Map.of("minCapacity", 31), Set.of()));
    }

    private static ScalingPolicy policy(Integer scaleIn, Integer scaleOut, Set<String> unknown) {
        Map<String, Integer> written = new HashMap<>();
        if (scaleIn != null) {
            written.put("scaleInCooldown", SCALE_IN);
        }
        if (scaleOut != null) {
            written.put("scaleOutCooldown", SCALE_OUT);
        }
        return new ScalingPolicy("p", "t", "invocations", ScalingPolicy.TARGET_TRACKING, 300.0,
                "SageMakerVariantInvocationsPerInstance", null, scaleIn, scaleOut, null, null, null, null, null,
                List.of(), false, null, source(POLICY, written, unknown));
    }

    private static ScheduledAction scheduled(String targetKey, Integer min, Integer max, Set<String> unknown) {
        return new ScheduledAction("s", targetKey, "business-hours", "cron(0 7 * * ? *)", null, min, max,
                source(40, Map.of("minCapacity", 41, "maxCapacity", 42), unknown));
    }

    private static Source source(int line, Map<String, Integer> fields, Set<String> unknown) {
        Map<String, Location> at = new HashMap<>();
        fields.forEach((k, v) -> at.put(k, at(v)));
        return new Source(at(line), at, unknown);
    }

    private static Location at(int line) {
        return new Location(FILE, line, 3);
    }

    /** The findings of the named rules only, as "RULE line", for the facts given to {@link Run#of}. */
    private static Run ids(String... rules) {
        return facts -> pack.run(new Deployment(FILE, null, List.of(facts))).stream().sorted()
                .filter(f -> List.of(rules).contains(f.ruleId()))
                .map(f -> f.ruleId() + " " + f.location().line()).toList();
    }

    @FunctionalInterface
    private interface Run {
        List<String> of(Fact... facts);
    }
}
