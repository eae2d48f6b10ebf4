package dev.sagelint.rules;

import dev.sagelint.engine.LoadedPack;
import dev.sagelint.engine.PackLoader;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Location;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.Source;
import dev.sagelint.model.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SL702 on facts the native spec cannot write: CloudFormation and Terraform policies that declare their
 * own ResourceId. A policy that reaches no target is reported itself; one linked to a target is not
 * reported again (the target carries the finding).
 */
class ResourceIdOwnerTest {

    private static final String FILE = "stack.yaml";
    private static final String WRONG = "endpoint/fraud-scorer/variant/AllTraffic";
    private static LoadedPack pack;

    @BeforeAll
    static void load() {
        pack = PackLoader.load(new BuiltInRules());
    }

    @Test
    void policyWithItsOwnIdAndNoTargetIsReportedOnItsResourceId() {
        List<String> sl702 = sl702(endpointFacts(), policy("p1", null, 20));
        assertEquals(List.of("20 ResourceId " + WRONG + " names variant AllTraffic"), sl702);
    }

    @Test
    void policyLinkedToATargetInheritsItsIdAndIsNotReportedAgain() {
        List<String> sl702 = sl702(endpointFacts(), target("t1", 10), policy("p1", "t1", 20));
        assertEquals(List.of("10 ResourceId " + WRONG + " names variant AllTraffic"), sl702);
    }

    private static List<String> sl702(List<Fact> base, Fact... more) {
        var facts = new java.util.ArrayList<>(base);
        facts.addAll(List.of(more));
        return pack.run(new Deployment(FILE, null, facts)).stream().filter(f -> f.ruleId().equals("SL702"))
                .sorted().map(f -> f.location().line() + " " + f.message().substring(0, f.message().indexOf(',')))
                .toList();
    }

    private static List<Fact> endpointFacts() {
        return List.of(
                new Endpoint("ep", "fraud-scorer", "fraud-config", "cfg", null, null, null, Map.of(), at(1, "name")),
                new EndpointConfig("cfg", "fraud-config", true, false, 1, 0, null, false, null, Map.of(), at(3, "name")),
                new Variant("v", "cfg", "blue", "fraud-model", "ml.m5.xlarge", List.of(), 2, null, null, List.of(),
                        false, false, null, at(5, "name")));
    }

    private static ScalableTarget target(String key, int line) {
        return new ScalableTarget(key, WRONG, ScalableTarget.INSTANCE_COUNT, "sagemaker", 2, 6, null, null, null,
                "fraud-scorer", "AllTraffic", null, true, "ep", null, null, at(line, "resourceId"));
    }

    private static ScalingPolicy policy(String key, String targetKey, int line) {
        return new ScalingPolicy(key, targetKey, key, ScalingPolicy.TARGET_TRACKING, 300.0,
                "SageMakerVariantInvocationsPerInstance", null, 600, 60, null, null, null, null, null, List.of(),
                true, WRONG, at(line, "resourceId"));
    }

    private static Source at(int line, String field) {
        Location here = new Location(FILE, line, 3);
        return new Source(here, Map.of(field, new Location(FILE, line, 5)), Set.of());
    }
}
