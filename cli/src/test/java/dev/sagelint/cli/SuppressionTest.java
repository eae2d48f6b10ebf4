package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Inline suppressions: a mandatory reason, reported when missing, reported when unused. */
class SuppressionTest {

    @TempDir
    Path tmp;

    private Path project(String oldLine, String newLine) {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        String bad = Cli.read(p.resolve("bad.yaml"));
        assertThat(bad).contains(oldLine);
        Cli.write(p.resolve("bad.yaml"), bad.replace(oldLine, newLine));
        return p;
    }

    @Test
    void disableLineWithAReasonHidesTheFinding() {
        Path p = project("minCapacity: 0\n", "minCapacity: 0  # sagelint-disable-line SL201 -- warm pool handled by ops\n");
        Cli.Run run = Cli.run(p, "lint", "bad.yaml");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("No findings in 1 file; 1 suppressed.\n");
    }

    @Test
    void disableNextLineSkipsCommentsAndBlankLines() {
        Path p = project("          minCapacity: 0\n",
                "          # sagelint-disable-next-line SL204, SL201 -- dev stage only\n\n          # why\n"
                        + "          minCapacity: 0\n");
        Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--fail-on-severity", "error");
        assertThat(run.code()).as(run.toString()).isZero();
        // SL201 hidden; the SL204 half of the comment hides nothing
        assertThat(run.out()).isEqualTo("bad.yaml:9:11: info SL003 the suppression of SL204 hides nothing "
                + "(no SL204 finding on line 12); remove it\n");
        assertThat(run.err()).isEqualTo("1 finding (0 errors, 0 warnings, 1 info) in 1 of 1 file; 1 suppressed.\n");
    }

    @Test
    void aSuppressionWithoutAReasonIsAFindingAndHidesNothing() {
        Path p = project("minCapacity: 0\n", "minCapacity: 0  # sagelint-disable-line SL201\n");
        Cli.Run run = Cli.run(p, "lint", "bad.yaml");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(
                "bad.yaml:9:24: error SL201 minCapacity is 0",
                "bad.yaml:9:27: warning SL002 the suppression of SL201 has no reason, so it is ignored; "
                        + "add ' -- <why this is fine here>' after the rule id");
    }

    @Test
    void aMisCasedIdIsRecognisedAndAnUnknownOneGetsADidYouMean() {
        Path cased = project("minCapacity: 0\n", "minCapacity: 0  # sagelint-disable-line sl201 -- warm pool\n");
        Cli.Run hidden = Cli.run(cased, "lint", "bad.yaml");
        assertThat(hidden.code()).as(hidden.toString()).isZero();
        assertThat(hidden.out()).isEmpty();

        Path typo = project("minCapacity: 0\n", "minCapacity: 0  # sagelint-disable-line SL2O1 -- warm pool\n");
        Cli.Run run = Cli.run(typo, "lint", "bad.yaml");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("bad.yaml:9:24: error SL201",
                "bad.yaml:9:27: info SL003 the suppression names SL2O1, which is no rule id; did you mean SL201?"
                        + " ('sagelint rules' lists them); it hides nothing");
    }

    @Test
    void aSuppressionOnTheWrongLineIsReportedAsUnused() {
        Path p = project("maxCapacity: 4\n", "maxCapacity: 4  # sagelint-disable-line SL201 -- wrong line\n");
        Cli.Run run = Cli.run(p, "lint", "bad.yaml");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("bad.yaml:9:24: error SL201",
                "bad.yaml:10:27: info SL003 the suppression of SL201 hides nothing (no SL201 finding on line 10); remove it");
    }
}
