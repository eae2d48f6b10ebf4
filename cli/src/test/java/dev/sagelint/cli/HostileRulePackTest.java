package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile rule packs, built as jars at test time and loaded with --rules-jar: a rule that re-fires forever, never
 * returns, throws or overflows the stack costs its pack's findings on one file (SL001 there, exit 3), and the
 * built-in rules still report on every file; a pack class that never loads or fails to is a usage error (exit 2).
 * No stack trace reaches the user.
 */
class HostileRulePackTest {

    @TempDir
    Path tmp;

    /** A rule of pack "hostile" that fires on good.yaml's endpoint only. */
    private static String rule(String id, String then) {
        return """
                package hostile.rules
                import dev.sagelint.model.*
                global dev.sagelint.engine.FindingSink sink
                function int deep(int n) { return deep(n + 1) + 1; }
                rule "%s" @severity("WARNING") @summary("Hostile") @since("1.0")
                when $e : Endpoint(name == "batch-scorer")
                then
                %s
                end
                """.formatted(id, then);
    }

    private Cli.Run lint(Path jar, String... bounds) {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        String[] args = new String[5 + bounds.length];
        args[0] = "lint";
        args[1] = "bad.yaml";
        args[2] = "good.yaml";
        args[3] = "--rules-jar";
        args[4] = jar.toString();
        System.arraycopy(bounds, 0, args, 5, bounds.length);
        return Cli.run(p, args);
    }

    /** good.yaml gets the hostile pack's SL001; bad.yaml keeps the built-in findings; exit 3; no stack trace. */
    private static void assertContained(Cli.Run run, String message) {
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).as(run.toString())
                .contains("good.yaml:1:1: error SL001 " + message + "\n")
                .contains("bad.yaml:9:24: error SL201 minCapacity is 0");
        assertThat(run.err()).as(run.toString()).doesNotContain("\tat ", "Exception", "internal error");
    }

    private Path pack(String drl) {
        return TestPacks.drlPack(tmp, "hostile", drl);
    }

    @Test
    void aRuleThatReFiresForeverIsStoppedAtTheFiringLimit() {
        assertContained(lint(pack(rule("HX001", "update($e);")), "--max-rule-firings", "100"),
                "rule pack hostile: rule HX001 fired 100 times on this deployment and the pack was stopped at the"
                        + " limit of 100 rule firings (a rule that re-activates itself: add no-loop or a guard to its"
                        + " condition); the pack's findings for it are dropped; fix the rule, or raise the limit"
                        + " (--max-rule-firings, limits.maxRuleFirings in .sagelint.yaml, Maven maxRuleFirings) if the pack is trusted");
    }

    @Test
    void theFiringLimitCanBeSetInTheConfigurationFileAndTheOptionWins() throws java.io.IOException {
        Path jar = pack(rule("HX001", "update($e);"));
        Path p = Cli.copy("mixed", tmp.resolve("configured"));
        java.nio.file.Files.writeString(p.resolve(".sagelint.yaml"), "limits:\n  maxRuleFirings: 50\n");
        assertContained(Cli.run(p, "lint", "bad.yaml", "good.yaml", "--rules-jar", jar.toString()),
"rule pack hostile: rule HX001 fired 50 times on this deployment and the pack was stopped at the"
                        + " limit of 50 rule firings (a rule that re-activates itself: add no-loop or a guard to its"
                        + " condition); the pack's findings for it are dropped; fix the rule, or raise the limit"
                        + " (--max-rule-firings, limits.maxRuleFirings in .sagelint.yaml, Maven maxRuleFirings) if the"
                        + " pack is trusted");
        assertContained(Cli.run(p, "lint", "bad.yaml", "good.yaml", "--rules-jar", jar.toString(),
                "--max-rule-firings", "70"), "rule pack hostile: rule HX001 fired 70 times on this deployment"
                        + " and the pack was stopped at the"
                        + " limit of 70 rule firings (a rule that re-activates itself: add no-loop or a guard to its"
                        + " condition); the pack's findings for it are dropped; fix the rule, or raise the limit"
                        + " (--max-rule-firings, limits.maxRuleFirings in .sagelint.yaml, Maven maxRuleFirings) if the"
                        + " pack is trusted");
    }

    @Test
    void aRuleThatNeverReturnsIsAbandonedAtTheTimeLimit() {
        String sleeper = "long end = System.currentTimeMillis() + 20000L;\n"
                + "while (System.currentTimeMillis() < end) {"
                + " try { Thread.sleep(100L); } catch (InterruptedException ignored) { } }";
        assertContained(lint(pack(rule("HX002", sleeper)), "--rule-timeout-millis", "3000"),
                "rule pack hostile: rule HX002 ran longer than 3 s on this deployment and did not stop and was"
                        + " abandoned (its thread runs on until sagelint exits); the pack's findings for it are dropped;"
                        + " fix the rule, or raise the limit (--rule-timeout-millis, limits.ruleTimeoutMillis"
                        + " in .sagelint.yaml, Maven ruleTimeoutMillis) if the"
                        + " pack is trusted");
    }

    @Test
    void aThrowingRuleIsContained() {
        assertContained(lint(pack(rule("HX003", "throw new IllegalArgumentException(\"no endpoints today\");"))),
                "rule pack hostile: rule HX003 failed on this deployment (IllegalArgumentException: no endpoints"
                        + " today); the pack's findings for it are dropped; fix the rule, or report it to the pack's"
                        + " authors");
    }

    @Test
    void aStackOverflowInARuleIsContained() {
        assertContained(lint(pack(rule("HX004", "deep(0);"))), "rule pack hostile: rule HX004 failed on this"
                + " deployment (StackOverflowError); the pack's findings for it are dropped; fix the rule, or report"
                + " it to the pack's authors");
    }

    @Test
    void aPackClassWhoseStaticInitialiserNeverReturnsIsAUsageError() {
        String source = TestPacks.packSource("stuck", "stuck").replace("public Rules() {",
                "static { long end = System.currentTimeMillis() + 20000L; while (System.currentTimeMillis() < end) {"
                        + " try { Thread.sleep(100L); } catch (InterruptedException ignored) { } } }\n"
                        + "    public Rules() {");
        Path jar = TestPacks.jar(tmp, "stuck", Map.of("stuck.Rules", source),
                Map.of("stuck/rules/a.drl", rule("HX005", "")), "stuck.Rules");
        Cli.Run run = lint(jar, "--pack-load-timeout-millis", "1000");
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("sagelint: rule pack class stuck.Rules did not load within 1 s (its static"
                + " initialiser or constructor does not return); fix the pack, or raise the limit"
                + " (--pack-load-timeout-millis, limits.packLoadTimeoutMillis in .sagelint.yaml, Maven"
                + " packLoadTimeoutMillis) if it is only slow"
                + System.lineSeparator());
    }

    @Test
    void aPackClassWhoseStaticInitialiserThrowsIsAUsageError() {
        String source = TestPacks.packSource("broken", "broken").replace("public Rules() {",
                "static { if (Boolean.TRUE) { throw new IllegalStateException(\"no licence key\"); } }\n"
                        + "    public Rules() {");
        Path jar = TestPacks.jar(tmp, "broken", Map.of("broken.Rules", source),
                Map.of("broken/rules/a.drl", rule("HX006", "")), "broken.Rules");
        Cli.Run run = lint(jar);
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("sagelint: --rules-jar [" + jar + "]: cannot load a rule pack:"
                + " dev.sagelint.spi.RulePack: Provider broken.Rules could not be instantiated"
                + " (java.lang.ExceptionInInitializerError)" + System.lineSeparator());
    }

    @Test
    void boundsMustBePositive() {
        Cli.Run run = lint(pack(rule("HX007", "")), "--rule-timeout-millis", "0");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("sagelint: --rule-timeout-millis must be a positive whole number, not 0"
                + System.lineSeparator());
    }
}
