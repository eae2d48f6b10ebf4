package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every exit code, and that none of them is a count. */
class ExitCodeTest {

    @TempDir
    Path tmp;

    private int projects;

    private Path project() {
        return Cli.copy("mixed", tmp.resolve("p" + (++projects)));
    }

    @Test
    void zeroWhenNothingReachesTheThreshold() {
        Cli.Run run = Cli.run(project(), "lint", "good.yaml");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("No findings in 1 file.\n");
    }

    @Test
    void zeroButAWarningWhenThereIsNothingToLint() {
        Cli.Run run = Cli.run(project(), "lint", "notes.txt", "nested/package.json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("sagelint: no supported input found in notes.txt nested/package.json")
                .endsWith("\nNo findings in 0 files.\n");
    }

    @Test
    void oneForFindingsAtTheThresholdAndNeverTheirCount() {
        Path p = project();
        Cli.write(p.resolve("bad2.yaml"), Cli.read(p.resolve("bad.yaml")).replace("fraud-scorer", "other"));
        Cli.Run run = Cli.run(p, "lint", "bad.yaml", "bad2.yaml");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("bad.yaml:9:24: error SL201", "bad2.yaml:9:24: error SL201");
        assertThat(run.err()).isEqualTo("2 findings (2 errors, 0 warnings, 0 info) in 2 of 2 files.\n");
    }

    @Test
    void failOnSeverityNoneAndInfoChangeTheOutcome() {
        assertThat(Cli.run(project(), "lint", "bad.yaml", "--fail-on-severity", "none").code()).isZero();
        assertThat(Cli.run(project(), "lint", "bad.yaml", "--fail-on-severity", "info").code()).isEqualTo(1);
        assertThat(Cli.run(project(), "lint", "bad.yaml", "--fail-on-severity", "warning").code()).isEqualTo(1);
    }

    @Test
    void twoForUsageErrors() {
        Cli.Run unknownOption = Cli.run(project(), "lint", "--no-such-option");
        assertThat(unknownOption.code()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option: '--no-such-option'");

        Cli.Run badThreshold = Cli.run(project(), "lint", "--fail-on-severity", "fatal");
        assertThat(badThreshold.code()).isEqualTo(2);
        assertThat(badThreshold.err()).contains("unknown failure threshold 'fatal'; expected one of error, warning, info, none");

        Cli.Run missing = Cli.run(project(), "lint", "nope/");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("sagelint: no such file or folder: nope");

        Cli.Run badFormat = Cli.run(project(), "lint", "--format", "xml");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown report format 'xml'; expected one of text, json, sarif, junit, github");

        Cli.Run twoOnStdout = Cli.run(project(), "lint", "--format", "json", "--format", "text");
        assertThat(twoOnStdout.code()).isEqualTo(2);
        assertThat(twoOnStdout.err()).contains("only one --format can write to standard output");

        Cli.Run noCommand = Cli.run(project());
        assertThat(noCommand.code()).isEqualTo(2);
        assertThat(noCommand.err()).contains("Usage: sagelint");
    }

    @Test
    void twoForAConfigurationErrorNamingTheLine() {
        Path p = project();
        Cli.write(p.resolve(".sagelint.yaml"), "failOnSeverity: warning\nrulez:\n  SL201: off\n");
        Cli.Run run = Cli.run(p, "lint");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("sagelint: .sagelint.yaml:2:1: unknown key 'rulez' at top level; expected one "
                + "of failOnSeverity, rules, include, exclude, respectGitignore, forceExclude, baseline, traffic,"
                + " production, limits, rulePacks, quotas\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void threeWhenAnInputCannotBeReadEvenWithoutOtherFindings() {
        Path p = project();
        Cli.write(p.resolve("huge.yaml"), "apiVersion: sagelint/v1\n" + "# padding\n".repeat(200));
        Cli.write(p.resolve(".sagelint.yaml"), "limits:\n  maxFileBytes: 1000\n");
        Cli.Run run = Cli.run(p, "lint", "good.yaml", "huge.yaml", "--fail-on-severity", "none");
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).contains("huge.yaml:1:1: error SL001 the file is 2024 bytes, over the limit of 1000 bytes");
    }
}
