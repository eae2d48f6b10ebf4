package dev.sagelint.engine;

import dev.sagelint.model.Finding;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.spi.RulePack;
import dev.sagelint.spi.RuleSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A pack rule that loops, re-fires forever, never returns, allocates without bound or throws (an exception or an
 * Error) costs its pack's findings on that one deployment: SL001 there naming the pack, the rule and the bound; the
 * other packs' findings and the other files are kept. Small bounds keep the tests short.
 */
public class RuleLimitsTest {

    /** Lets the rule that never returns end once the tests are over, so no thread spins on after them. */
    public static final AtomicBoolean RELEASE = new AtomicBoolean();

    @AfterAll
    static void release() {
        RELEASE.set(true);
    }

    private static final String HEADER = """
            package hostile.rules
            import dev.sagelint.model.*
            global dev.sagelint.engine.FindingSink sink
            """;

    /** The good pack: reports every target, so a file it did not check shows. */
    private static final String GOOD = HEADER + """
            rule "GG001" @severity("WARNING") @summary("Every target") @since("1.0")
            when $t : ScalableTarget(maxCapacity != null)
            then sink.report($t.source().at("maxCapacity"), "MaxCapacity is " + $t.maxCapacity());
            end
            """;

    /** Each hostile rule fires only on a target whose MaxCapacity is 13: the bad file. */
    private static String hostile(String id, String then) {
        return HEADER + "rule \"" + id + "\" @severity(\"WARNING\") @summary(\"Hostile\") @since(\"1.0\")\n"
                + "when $t : ScalableTarget(maxCapacity == 13)\nthen\n" + then + "\nend\n";
    }

    private static final String SPEC = """
            apiVersion: sagelint/v1
            endpoints:
              - name: scorer
                variants:
                  - name: AllTraffic
                    instanceType: ml.m5.large
                    autoscaling: { minCapacity: 1, maxCapacity: %d }
            """;

    private static final RuleLimits SMALL = new RuleLimits(2_000, 200, 30_000);

    private static LintResult lint(String hostileDrl) {
        Linter linter = Linter.builder().ruleLimits(SMALL).rulePack(pack("good", GOOD))
                .rulePack(pack("hostile", hostileDrl)).build();
        return linter.lint(List.of(new SourceFile("bad.yaml", SPEC.formatted(13)),
                new SourceFile("good.yaml", SPEC.formatted(4))), 2);
    }

    private static void assertContained(LintResult result, String message) {
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "bad.yaml:1:1: error SL001 " + message,
                "bad.yaml:7:53: warning GG001 maxCapacity is 13",
                "good.yaml:7:53: warning GG001 maxCapacity is 4");
        assertThat(result.unreadable()).containsExactly("bad.yaml");
    }

    @Test
    void aRuleThatReFiresForeverStopsAtTheFiringLimit() {
        assertContained(lint(hostile("HH001", "update($t);")), "rule pack hostile: rule HH001 fired 200 times on this"
                + " deployment and the pack was stopped at the limit of 200 rule firings (a rule that re-activates"
                + " itself: add no-loop or a guard to its condition); the pack's findings for it are dropped; fix the"
                + " rule, or raise the limit (--max-rule-firings, limits.maxRuleFirings in .sagelint.yaml,"
                + " Maven maxRuleFirings) if the pack is trusted");
    }

    @Test
    void aSlowLoopOfFiringsIsHaltedAtTheTimeLimit() {
        assertContained(lint(hostile("HH002", "try { Thread.sleep(50); } catch (InterruptedException e) { }\nupdate($t);")),
                "rule pack hostile: rule HH002 ran longer than 2 s on this deployment and was stopped; the pack's"
                        + " findings for it are dropped; fix the rule, or raise the limit (--rule-timeout-millis,"
                        + " limits.ruleTimeoutMillis in .sagelint.yaml, Maven ruleTimeoutMillis) if the pack is trusted");
    }

    @Test
    void aConsequenceThatNeverReturnsIsAbandonedAndFreesTheWorker() {
        String loop = "while (!dev.sagelint.engine.RuleLimitsTest.RELEASE.get()) {"
                + " java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L); }";
        assertContained(lint(hostile("HH003", loop)), "rule pack hostile: rule HH003 ran longer than 2 s on this"
                + " deployment and did not stop and was abandoned (its thread runs on until sagelint exits); the pack's"
                + " findings for it are dropped; fix the rule, or raise the limit (--rule-timeout-millis,"
                + " limits.ruleTimeoutMillis in .sagelint.yaml, Maven ruleTimeoutMillis) if the pack is trusted");
    }

    @Test
    void aConsequenceThatNeverReturnsAmongManyUnitsCostsOnlyItsDeployment() {
        // 40 files on one thread are linted in batches of several units: the stuck rule is on the 22nd, so its
        // worker is lost with units of its batch read and not yet checked, and the new one must finish them
        String loop = "while (!dev.sagelint.engine.RuleLimitsTest.RELEASE.get()) {"
                + " java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L); }";
        Linter linter = Linter.builder().ruleLimits(SMALL).rulePack(pack("good", GOOD))
                .rulePack(pack("hostile", hostile("HH003", loop))).build();
        List<SourceFile> files = new java.util.ArrayList<>();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int max = i == 21 ? 13 : 4;
            String name = String.format("f%02d.yaml", i);
            files.add(new SourceFile(name, SPEC.formatted(max)));
            if (i == 21) {
                expected.add(name + ":1:1: error SL001 rule pack hostile: rule HH003 ran longer than 2 s");
            }
            expected.add(name + ":7:53: warning GG001 maxCapacity is " + max);
        }
        LintResult result = linter.lint(files, 1);
        assertThat(result.findings()).extracting(f -> f.toString().replaceAll(" on this deployment.*", ""))
                .containsExactlyElementsOf(expected);
        assertThat(result.unreadable()).containsExactly("f21.yaml");
        assertThat(result.filesScanned()).hasSize(39).doesNotContain("f21.yaml");
    }

    @Test
    void aThrowingRuleIsContained() {
        assertContained(lint(hostile("HH004", "throw new IllegalStateException(\"boom\\nsecond line\");")),
                "rule pack hostile: rule HH004 failed on this deployment (IllegalStateException: boom second line);"
                        + " the pack's findings for it are dropped; fix the rule, or report it to the pack's authors");
    }

    @Test
    void aStackOverflowIsContained() {
        String drl = hostile("HH005", "deep(0);").replace("rule \"HH005\"",
                "function int deep(int n) { return deep(n + 1) + 1; }\nrule \"HH005\"");
        assertContained(lint(drl), "rule pack hostile: rule HH005 failed on this deployment (StackOverflowError); the"
                + " pack's findings for it are dropped; fix the rule, or report it to the pack's authors");
    }

    @Test
    void anOutOfMemoryErrorIsContained() {
        LintResult result = lint(hostile("HH006", "long[] huge = new long[Integer.MAX_VALUE];"));
        assertThat(result.findings().get(0).message()).startsWith(
                "rule pack hostile: rule HH006 failed on this deployment (OutOfMemoryError: ");
        assertContained(result, result.findings().get(0).message());
    }

    @Test
    void aRuleThatAllocatesWithoutBoundIsContained() {
        LintResult result = lint(hostile("HH007", "java.util.List<long[]> hoard = new java.util.ArrayList<>();\n"
                + "int i = 0; while (i >= 0) { hoard.add(new long[1 << 20]); }"));
        String message = result.findings().get(0).message();
        // the heap runs out (OutOfMemoryError) or the time limit comes first on a slow machine
        assertThat(message).matches("rule pack hostile: rule HH007 (failed on this deployment \\(OutOfMemoryError: .*"
                + "|ran longer than 2 s on this deployment .*)");
        assertContained(result, message);
    }

    @Test
    void aRuleThatReportsWithoutEndIsContained() {
        assertContained(lint(hostile("HH008", "while ($t != null) { sink.report($t.location(), \"again\"); }")),
                "rule pack hostile: rule HH008 failed on this deployment (IllegalStateException: rule HH008 reported"
                        + " more than 200 findings on one deployment, the limit); the pack's findings for it are"
                        + " dropped; fix the rule, or report it to the pack's authors");
    }

    /** A halted or failed session is disposed of, not reused: the same linter still checks the next files. */
    @Test
    void aFailedSessionIsNotReused() {
        Linter linter = Linter.builder().ruleLimits(SMALL).rulePack(pack("good", GOOD))
                .rulePack(pack("hostile", hostile("HH001", "update($t);") + """
                        rule "HH009" @severity("INFO") @summary("Also small ones") @since("1.0")
                        when $t : ScalableTarget(maxCapacity == 4)
                        then sink.report($t.location(), "seen");
                        end
                        """)).build();
        for (int round = 0; round < 3; round++) {
            LintResult r = linter.lint(List.of(new SourceFile("bad.yaml", SPEC.formatted(13)),
                    new SourceFile("good.yaml", SPEC.formatted(4))), 1);
            assertThat(r.findings()).extracting(f -> f.location().file() + " " + f.ruleId())
                    .containsExactly("bad.yaml SL001", "bad.yaml GG001", "good.yaml HH009", "good.yaml GG001");
        }
    }

    @Test
    void aPackThatNeverLoadsIsAClearError() {
        CountDownLatch never = new CountDownLatch(1);
        RulePack stuck = new RulePack() {
            @Override
            public String id() {
                return "stuck";
            }

            @Override
            public List<RuleSource> sources() {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            }

            @Override
            public Optional<String> explanation(String ruleId) {
                return Optional.empty();
            }
        };
        try {
            assertThatThrownBy(() -> Linter.builder().ruleLimits(SMALL.withPackLoadTimeoutMillis(300))
                    .rulePack(stuck).build())
                    .isInstanceOf(RulePackException.class)
                    .hasMessage("rule pack stuck did not load within 0.3 s (its classes' static initialisers or its"
                            + " rules' compilation do not finish); fix the pack, or raise the limit"
                            + " (--pack-load-timeout-millis, limits.packLoadTimeoutMillis in .sagelint.yaml,"
                            + " Maven packLoadTimeoutMillis) if it is only slow");
        } finally {
            never.countDown();
        }
    }

    static RulePack pack(String id, String drl) {
        return new RulePack() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<RuleSource> sources() {
                return List.of(new RuleSource(id + ".drl", drl));
            }

            @Override
            public Optional<String> explanation(String ruleId) {
                return Optional.empty();
            }
        };
    }
}
