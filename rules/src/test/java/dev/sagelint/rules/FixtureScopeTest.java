package dev.sagelint.rules;

import dev.sagelint.model.Finding;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.testing.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The harness checks a fixture against its folder's rule, SL001-SL003 and the rules its markers name;
 * {@code allRules()} checks every finding. The input gives SL201 and, from another rule, SL208 (a
 * burstable type registered for auto scaling), both on line 9.
 */
class FixtureScopeTest {

    private static final String INPUT = """
            apiVersion: sagelint/v1
            endpoints:
              - name: fraud-scorer
                variants:
                  - name: AllTraffic
                    instanceType: ml.t2.medium
                    initialInstanceCount: 2%s
                    autoscaling:
                      minCapacity: 0%s
                      maxCapacity: 4
                      policies:
                        - targetTracking: { metric: SageMakerVariantInvocationsPerInstance, targetValue: 100,
                                            scaleInCooldown: 600, scaleOutCooldown: 60 }
            """;

    @TempDir
    Path root;

    private RuleFixtures.Fixture write(String name, String onLine7, String onLine9) throws IOException {
        Path file = root.resolve("SL201").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, INPUT.formatted(onLine7, onLine9));
        return new RuleFixtures.Fixture("SL201", file);
    }

    private AssertionFailedError failure(RuleFixtures harness, RuleFixtures.Fixture fixture) {
        return assertThrows(AssertionFailedError.class, () -> harness.check(BuiltInLinter.get(), fixture));
    }

    @Test
    void theInputReallyTriggersAnotherRule() {
        List<String> lines = BuiltInLinter.get().lint(List.of(new SourceFile("x.yaml", INPUT.formatted("", ""))))
                .findings().stream().map(f -> f.location().line() + " " + f.ruleId()).toList();
        assertEquals(List.of("9 SL201", "9 SL208"), lines.stream().sorted().toList());
    }

    @Test
    void findingsOfOtherRulesDoNotFailAFixtureByDefault() throws IOException {
        var fixture = write("bad.yaml", "", "  # expect: SL201 \"at least 1\"");
        assertDoesNotThrow(() -> RuleFixtures.in(root).check(BuiltInLinter.get(), fixture));
    }

    @Test
    void allRulesReportsTheUnmarkedFindingsOfOtherRules() throws IOException {
        var fixture = write("bad.yaml", "", "  # expect: SL201 \"at least 1\"");
        String message = failure(RuleFixtures.in(root).allRules(), fixture).getMessage();
        assertTrue(message.contains("reported but not expected: line 9:") && message.contains("SL208"), message);
    }

    @Test
    void theFolderRuleStaysStrictInAGoodFixture() throws IOException {
        var fixture = write("good.yaml", "", "");
        String message = failure(RuleFixtures.in(root), fixture).getMessage();
        assertTrue(message.contains("reported but not expected: line 9:") && message.contains("SL201"), message);
        assertTrue(!message.contains("SL208"), message);
    }

    @Test
    void aMarkerForAnotherRuleIsStillChecked() throws IOException {
        var fixture = write("bad.yaml", "", "  # expect: SL201, SL203");
        String message = failure(RuleFixtures.in(root), fixture).getMessage();
        assertTrue(message.contains("expected but not reported: line 9: SL203"), message);
    }

    @Test
    void aMarkedOtherRuleMustMatchExactly() throws IOException {
        var fixture = write("bad.yaml", "", "  # expect: SL201, SL208 \"no such words\"");
        String message = failure(RuleFixtures.in(root), fixture).getMessage();
        assertTrue(message.contains("expected but not reported: line 9: SL208 \"no such words\"")
                && message.contains("reported but not expected: line 9:11 SL208"), message);
    }

    @Test
    void toolRulesAreAlwaysChecked() throws IOException {
        var fixture = write("bad.yaml", "  # sagelint-disable-line SL209 -- nothing to hide", "  # expect: SL201");
        String message = failure(RuleFixtures.in(root), fixture).getMessage();
        assertTrue(message.contains("reported but not expected: line 7:") && message.contains("SL003"), message);
        List<Finding> unused = BuiltInLinter.get().lint(List.of(new SourceFile("x.yaml",
                Files.readString(fixture.file())))).findings().stream().filter(f -> f.ruleId().equals("SL003")).toList();
        assertEquals(1, unused.size());
    }
}
