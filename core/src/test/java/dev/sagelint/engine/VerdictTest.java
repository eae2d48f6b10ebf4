package dev.sagelint.engine;

import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.Verdict.Action;
import dev.sagelint.engine.Verdict.Tolerance;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictTest {

    private static final List<Path> REPORTS = List.of(Path.of("target/sagelint/sagelint.sarif"));

    private static LintResult result(List<String> unreadable, Severity... severities) {
        List<Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < severities.length; i++) {
            findings.add(new Finding("SL201", severities[i], new Location("a.yaml", i + 1, 3), "m"));
        }
        return new LintResult(findings, List.of("a.yaml"), unreadable, 0, Map.of());
    }

    private static Verdict verdict(LintResult result, Tolerance tolerance) {
        return Verdict.of(result, LintConfig.defaults(), tolerance);
    }

    @Test
    void countsOnlyFindingsAtOrAboveTheThreshold() {
        Verdict v = verdict(result(List.of(), Severity.ERROR, Severity.WARNING, Severity.ERROR), Tolerance.strict());

        assertThat(v.failing()).isEqualTo(2);
        assertThat(v.action()).isEqualTo(Action.FAIL);
        assertThat(v.message(REPORTS)).contains("2 sagelint findings at or above error (failOnSeverity);"
                + " reports: target/sagelint/sagelint.sarif");
    }

    @Test
    void warningsBelowTheThresholdPassSilently() {
        Verdict v = verdict(result(List.of(), Severity.WARNING), Tolerance.strict());

        assertThat(v.action()).isEqualTo(Action.PASS);
        assertThat(v.message(REPORTS)).isEmpty();
    }

    @Test
    void maxAllowedViolationsToleratesUpToItsCountAndFailsOneMore() {
        assertThat(verdict(result(List.of(), Severity.ERROR, Severity.ERROR), new Tolerance(true, 2)).message(List.of()))
                .contains("2 sagelint findings at or above error (failOnSeverity); within maxAllowedViolations (2)");
        Verdict over = verdict(result(List.of(), Severity.ERROR, Severity.ERROR, Severity.ERROR), new Tolerance(true, 2));

        assertThat(over.action()).isEqualTo(Action.FAIL);
        assertThat(over.message(List.of()))
                .contains("3 sagelint findings at or above error (failOnSeverity); more than maxAllowedViolations (2)");
    }

    @Test
    void failOnViolationFalseWarnsWhateverTheCount() {
        Verdict v = verdict(result(List.of(), Severity.ERROR), new Tolerance(false, 0));

        assertThat(v.action()).isEqualTo(Action.WARN);
        assertThat(v.message(List.of()))
                .contains("1 sagelint finding at or above error (failOnSeverity); not failing the build (failOnViolation is false)");
    }

    @Test
    void anUnreadableInputFailsWhateverTheTolerance() {
        Verdict v = verdict(result(List.of("b.yaml", "c.tf"), Severity.ERROR), new Tolerance(false, 10));

        assertThat(v.action()).isEqualTo(Action.FAIL);
        assertThat(v.message(List.of())).contains("2 inputs could not be read (SL001): b.yaml, c.tf");
    }

    @Test
    void aThresholdOfNoneNeverFails() {
        Verdict v = Verdict.of(result(List.of(), Severity.ERROR), LintConfig.defaults().withFailOnSeverity(Optional.empty()),
                Tolerance.strict());

        assertThat(v.failing()).isZero();
        assertThat(v.action()).isEqualTo(Action.PASS);
    }

    @Test
    void aNegativeAllowanceIsRefusedWithItsValue() {
        assertThatThrownBy(() -> new Tolerance(true, -1))
                .hasMessage("maxAllowedViolations must be 0 or more, not -1");
    }
}
