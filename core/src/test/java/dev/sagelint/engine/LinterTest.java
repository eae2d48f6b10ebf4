package dev.sagelint.engine;

import dev.sagelint.config.LintConfig;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;
import dev.sagelint.parse.Limits;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.spi.RulePack;
import dev.sagelint.spi.RuleSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine with DRL packs compiled at run time, the way third-party packs are loaded. */
class LinterTest {

    private static final String HEADER = """
            package test.rules
            import dev.sagelint.model.*
            global dev.sagelint.engine.FindingSink sink
            """;

    private static final String MAX_BELOW_FOUR = HEADER + """
            rule "TT901" @severity("WARNING") @summary("Small max") @since("1.0")
            when $t : ScalableTarget(maxCapacity != null, maxCapacity < 4)
            then sink.report($t.source().at("maxCapacity"), "MaxCapacity is " + $t.maxCapacity() + "; expected 4 or more");
            end
            rule "TT902" @severity("INFO") @summary("Escalates") @since("1.0")
            when $t : ScalableTarget(maxCapacity == 1)
            then sink.report(Severity.ERROR, $t.location(), "MaxCapacity is 1");
            end
            """;

    private static final String SPEC = """
            apiVersion: sagelint/v1
            endpoints:
              - name: scorer
                variants:
                  - name: AllTraffic
                    instanceType: ml.m5.large
                    autoscaling: { minCapacity: 1, maxCapacity: %d }
            """;

    @Test
    void runtimeDrlPackReportsWithMetadataSeverityAndFactSeverity() {
        Linter linter = Linter.builder().rulePack(pack("test", MAX_BELOW_FOUR)).build();
        List<Finding> findings = linter.lint(List.of(spec("a.yaml", 1))).findings();
        assertThat(findings).extracting(Finding::toString).containsExactly(
                "a.yaml:7:22: error TT902 maxCapacity is 1",
                "a.yaml:7:53: warning TT901 maxCapacity is 1; expected 4 or more");
        assertThat(linter.catalog().find("TT901")).hasValueSatisfying(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.summary()).isEqualTo("Small max");
            assertThat(d.packId()).isEqualTo("test");
        });
    }

    @Test
    void configDisablesRulesAndOverridesSeverities() {
        LintConfig config = new LintConfig(Set.of("TT902"), Map.of("TT901", Severity.ERROR), Optional.of(Severity.ERROR),
                List.of(), List.of(), Map.of(), Map.of(), null, Limits.DEFAULT);
        Linter linter = Linter.builder().rulePack(pack("test", MAX_BELOW_FOUR)).config(config).build();
        assertThat(linter.lint(List.of(spec("a.yaml", 1))).findings()).extracting(Finding::toString)
                .containsExactly("a.yaml:7:53: error TT901 maxCapacity is 1; expected 4 or more");
    }

    @Test
    void parallelRunsGiveTheSameSortedFindingsAsOneThread() {
        Linter linter = Linter.builder().rulePack(pack("test", MAX_BELOW_FOUR)).build();
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add(spec("f" + (40 - i) + ".yaml", i % 5));
        }
        assertThat(linter.lint(files, 4)).isEqualTo(linter.lint(files, 1));
    }

    @Test
    void worksOnAThreadWithoutAContextClassLoader() throws InterruptedException {
        Linter linter = Linter.builder().rulePack(pack("test", MAX_BELOW_FOUR)).build();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                outcome.set(linter.lint(List.of(spec("a.yaml", 2))).findings().size());
            } catch (RuntimeException | Error e) {
                outcome.set(e);
            }
        });
        t.setContextClassLoader(null);
        t.start();
        t.join();
        assertThat(outcome.get()).isEqualTo(1);
    }

    @Test
    void packsLoadingInTheBackgroundGiveTheSameFindingsAndTheSameErrors() {
        Linter started = Linter.builder().rulePack(pack("test", MAX_BELOW_FOUR)).start();
        assertThat(started.lint(List.of(spec("a.yaml", 1))).findings()).extracting(Finding::toString).containsExactly(
                "a.yaml:7:22: error TT902 maxCapacity is 1",
                "a.yaml:7:53: warning TT901 maxCapacity is 1; expected 4 or more");
        RulePack broken = pack("broken", HEADER + "rule \"TT903\" @severity(\"ERROR\") when $t : Nope() then end\n");
        Linter failing = Linter.builder().rulePack(broken).start(); // returns before the pack has compiled
        assertThatThrownBy(() -> failing.lint(List.of(spec("a.yaml", 1))))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("rule pack broken does not compile");
        assertThatThrownBy(failing::catalog).isInstanceOf(RulePackException.class);
    }

    @Test
    void brokenDrlNamesTheSourceFile() {
        RulePack broken = pack("broken", HEADER + "rule \"TT903\" @severity(\"ERROR\") when $t : Nope() then end\n");
        assertThatThrownBy(() -> Linter.builder().rulePack(broken).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("rule pack broken does not compile")
                .hasMessageContaining("broken.drl");
    }

    @Test
    void rulesMustBeNamedByIdAndCarryMetadata() {
        RulePack unnamed = pack("p", HEADER + "rule \"max too small\" @severity(\"ERROR\") @summary(\"s\") @since(\"1\")"
                + " when ScalableTarget() then end\n");
        assertThatThrownBy(() -> Linter.builder().rulePack(unnamed).build())
                .hasMessageContaining("must be named by its id");
        RulePack noSummary = pack("p", HEADER + "rule \"TT904\" @severity(\"ERROR\") @since(\"1\")"
                + " when ScalableTarget() then end\n");
        assertThatThrownBy(() -> Linter.builder().rulePack(noSummary).build())
                .hasMessageContaining("TT904 lacks @summary");
    }

    @Test
    void twoPacksCannotDefineTheSameRule() {
        assertThatThrownBy(() -> Linter.builder().rulePack(pack("one", MAX_BELOW_FOUR))
                .rulePack(pack("two", MAX_BELOW_FOUR)).build())
                .hasMessageContaining("rule TT901 is defined by both rule pack one and rule pack two");
    }

    @Test
    void aFileOverTheSizeLimitIsReportedUnread() {
        LintConfig small = LintConfig.defaults();
        small = new LintConfig(small.disabledRules(), small.severities(), small.failOnSeverity(), small.includes(),
                small.excludes(), small.traffic(), small.production(), null, new Limits(100, 50, 50));
        Linter linter = Linter.builder().rulePack(pack("test", HEADER + """
                rule "TT905" @severity("ERROR") @summary("problems") @since("1")
                when $p : InputProblem() then sink.report($p.location(), $p.message()); end
                """)).config(small).build();
        LintResult result = linter.lint(List.of(new SourceFile("big.yaml", "apiVersion: sagelint/v1\n#" + "x".repeat(200))));
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "big.yaml:1:1: error TT905 the file has 225 characters, more than the limit of 100; sagelint did not"
                        + " read it (raise maxFileBytes in .sagelint.yaml if the file is trusted)");
        assertThat(result.unreadable()).containsExactly("big.yaml");
    }

    private static SourceFile spec(String name, int max) {
        return new SourceFile(name, SPEC.formatted(max));
    }

    private static RulePack pack(String id, String drl) {
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
