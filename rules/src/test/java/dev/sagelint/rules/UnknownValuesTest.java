package dev.sagelint.rules;

import dev.sagelint.engine.LoadedPack;
import dev.sagelint.engine.PackLoader;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Location;
import dev.sagelint.model.Model;
import dev.sagelint.model.Source;
import dev.sagelint.model.TrainingJob;
import dev.sagelint.model.Vpc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Values a reader could not resolve (a CloudFormation parameter without a default, a Terraform variable)
 * are null with their field in Source.unknown: the purchase and network rules stay silent on them, while
 * the same facts with the value absent (not unknown) are reported. Formats other than the native spec
 * produce these facts, so they are built here directly.
 */
class UnknownValuesTest {

    private static final String FILE = "template.yaml";
    private static LoadedPack pack;

    @BeforeAll
    static void load() {
        pack = PackLoader.load(new BuiltInRules());
    }

    @Test
    void spotTrainingWithUnknownMaxWaitOrCheckpointIsNotReported() {
        assertEquals(List.of("SL503 3", "SL504 3"), ids(training(Set.of())),
                "absent MaxWaitTimeInSeconds and checkpoint: both reported");
        assertEquals(List.of(), ids(training(Set.of("maxWaitSeconds", "checkpointS3Uri"))),
                "unresolved MaxWaitTimeInSeconds and checkpoint: silent");
    }

    @Test
    void spotTrainingWithUnknownRuntimeIsNotComparedWithTheDefault() {
        Source unknownRuntime = new Source(at(3), Map.of("managedSpot", at(3), "maxWaitSeconds", at(5)),
                Set.of("maxRuntimeSeconds"));
        assertEquals(List.of(), ids(new TrainingJob("job", "retrain", true, null, 3600, "s3://ckpt/", unknownRuntime)));
        Source absentRuntime = new Source(at(3), Map.of("managedSpot", at(3), "maxWaitSeconds", at(5)), Set.of());
        assertEquals(List.of("SL503 5"), ids(new TrainingJob("job", "retrain", true, null, 3600, "s3://ckpt/",
                absentRuntime)));
    }

    @Test
    void modelInAVpcThatCannotBeResolvedIsNotReported() {
        Model unresolved = new Model("m", "claims", true, null, List.of("subnet-a", "subnet-b"), List.of(), true, null,
                new Source(at(7), Map.of(), Set.of("vpcId")), "ep");
        Vpc isolated = new Vpc("vpc:vpc-1", "vpc-1", false, Source.at(at(1)));
        assertEquals(List.of(), ids(unresolved, isolated));
        Vpc natUnknown = new Vpc("vpc:vpc-1", "vpc-1", null, Source.at(at(1)));
        Model known = new Model("m", "claims", true, "vpc-1", List.of("subnet-a"), List.of(), true, null,
                Source.at(at(7)), null);
        assertEquals(List.of(), ids(known, natUnknown), "NAT unknown: neither SL401 nor SL402");
        assertEquals(List.of("SL401 7"), ids(known, isolated), "no endpoint known for SL402; SL401 still applies");
    }

    private static TrainingJob training(Set<String> unknown) {
        return new TrainingJob("job", "retrain", true, 7200, null, null,
                new Source(at(3), Map.of("managedSpot", at(3), "maxRuntimeSeconds", at(4)), unknown));
    }

    private static List<String> ids(Fact... facts) {
        return pack.run(new Deployment(FILE, null, List.of(facts))).stream().sorted()
                .map(UnknownValuesTest::describe).toList();
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.location().line();
    }

    private static Location at(int line) {
        return new Location(FILE, line, 3);
    }
}
