package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** --select / --ignore on lint and rules, rules --effective, -q and the summary line on standard error. */
class SelectionTest {

    @TempDir
    Path tmp;

    private Path project() {
        return Cli.copy("mixed", tmp.resolve("p"));
    }

    private static final String SL201 = "bad.yaml:9:24: error SL201 minCapacity is 0 on variant AllTraffic";

    @Test
    void selectByIdPrefixTagAndSeverity() {
        Path p = project();
        for (String selector : new String[] {"SL201", "sl201", "SL2", "SL20", "capacity", "error", "SL1,SL2"}) {
            Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--select", selector);
            assertThat(run.code()).as(selector + "\n" + run).isEqualTo(1);
            assertThat(run.out()).as(selector).startsWith(SL201);
        }
        for (String selector : new String[] {"SL1", "SL202", "metrics", "info"}) {
            Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--select", selector);
            assertThat(run.code()).as(selector + "\n" + run).isZero();
            assertThat(run.out()).as(selector).isEmpty();
            assertThat(run.err()).as(selector).isEqualTo("No findings in 1 file.\n");
        }
    }

    @Test
    void ignoreWinsOverSelect() {
        Path p = project();
        for (String selector : new String[] {"SL201", "SL2", "capacity", "error"}) {
            Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--select", "SL2", "--ignore", selector);
            assertThat(run.code()).as(selector + "\n" + run).isZero();
            assertThat(run.out()).isEmpty();
        }
        assertThat(Cli.run(p, "lint", "bad.yaml", "--ignore", "SL3").code()).isEqualTo(1);
    }

    @Test
    void severitySelectorsSeeTheConfiguredSeverity() {
        Path p = project();
        Cli.write(p.resolve(".sagelint.yaml"), "rules:\n  SL201: warning\n");
        Cli.Run warning = Cli.run(p, "lint", "bad.yaml", "--select", "warning", "--fail-on-severity", "warning");
        assertThat(warning.code()).as(warning.toString()).isEqualTo(1);
        assertThat(warning.out()).startsWith("bad.yaml:9:24: warning SL201");
        assertThat(Cli.run(p, "lint", "bad.yaml", "--select", "error").out()).isEmpty();
    }

    @Test
    void selectingARuleByIdSwitchesOnWhatTheConfigurationSwitchedOff() {
        Path p = project();
        Cli.write(p.resolve(".sagelint.yaml"), "rules:\n  SL201: off\n");
        assertThat(Cli.run(p, "lint", "bad.yaml").code()).isZero();
        assertThat(Cli.run(p, "lint", "bad.yaml", "--select", "SL2").code()).isZero();
        assertThat(Cli.run(p, "lint", "bad.yaml", "--select", "SL201").code()).isEqualTo(1);
    }

    @Test
    void aSelectorThatNamesNoRuleIsAUsageErrorWithAHint() {
        Path p = project();
        Cli.Run typo = Cli.run(p, "lint", "bad.yaml", "--select", "SL2O1");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).startsWith("sagelint: --select: 'SL2O1' names no rule; did you mean SL201?;"
                + " expected a rule id (SL201), an id prefix (SL2), a tag (capacity) or a severity");
        Cli.Run tag = Cli.run(p, "lint", "bad.yaml", "--ignore", "capacty");
        assertThat(tag.code()).isEqualTo(2);
        assertThat(tag.err()).startsWith("sagelint: --ignore: 'capacty' names no rule; did you mean capacity?");
        Cli.Run disable = Cli.run(p, "lint", "bad.yaml", "--disable", "SL209x");
        assertThat(disable.code()).isEqualTo(2);
        assertThat(disable.err()).contains("--disable SL209x: unknown rule id; did you mean SL209?");
        assertThat(Cli.run(p, "lint", "bad.yaml", "--disable", "sl201").code()).as("mis-cased id").isZero();
    }

    @Test
    void rulesFiltersTheSameWay() {
        Path p = project();
        Cli.Run capacity = Cli.run(p, "rules", "--select", "SL2", "--ignore", "SL201,info");
        assertThat(capacity.code()).as(capacity.toString()).isZero();
        var ids = capacity.out().lines().skip(1).takeWhile(l -> !l.isBlank()).map(l -> l.split(" ")[0]).toList();
        assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith("SL2")).doesNotContain("SL201");
        assertThat(capacity.out()).doesNotContain("  info  ");
        assertThat(capacity.out()).contains("\n" + ids.size() + " rule" + (ids.size() == 1 ? "" : "s") + ". ");

        Cli.Run one = Cli.run(p, "rules", "--select", "SL201");
        assertThat(one.out()).contains("\n1 rule. 'sagelint explain ID' explains one.");
        Cli.Run json = Cli.run(p, "rules", "--select", "sl201", "--format", "json");
        assertThat(json.out()).contains("\"id\" : \"SL201\"").doesNotContain("SL202");
        assertThat(Cli.run(p, "rules", "--select", "nosuchtag").code()).isEqualTo(2);
    }

    @Test
    void rulesEffectiveShowsWhatLintWouldRun() {
        Path p = project();
        Cli.write(p.resolve(".sagelint.yaml"), "rules:\n  SL201: warning\n  SL202: off\n");
        Cli.Run run = Cli.run(p, "rules", "--effective", "--ignore", "SL203");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("ID      STATE  SEVERITY  ");
        assertThat(run.out()).containsPattern("\nSL201   on     warning\\*  capacity")
                .containsPattern("\nSL202   off    ")
                .containsPattern("\nSL203   off    ")
                .containsPattern("\nSL204   on     ")
                .contains("* marks a severity the configuration changed. Configuration: .sagelint.yaml.");
        Cli.Run none = Cli.run(p, "rules", "--effective", "--no-config");
        assertThat(none.out()).containsPattern("\nSL201   on     error     ").contains("Configuration: none.");
        Cli.Run json = Cli.run(p, "rules", "--effective", "--select", "SL201", "--format", "json");
        assertThat(json.out()).contains("\"enabled\" : true", "\"effectiveSeverity\" : \"warning\"");
    }

    @Test
    void oneSummaryLineOnStandardErrorWhateverTheFormats() {
        Path p = project();
        String summary = "1 finding (1 error, 0 warnings, 0 info) in 1 of 1 file.\n";
        for (String format : new String[] {"text", "json", "sarif", "junit", "github"}) {
            Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--format", format, "--format", "text:r/" + format + ".txt");
            assertThat(run.err()).as(format).isEqualTo(summary);
            assertThat(run.out()).as(format).doesNotContain("1 finding (");
        }
        // a text report in a file keeps its own summary: it is read without the terminal
        assertThat(Cli.read(p.resolve("r/json.txt"))).startsWith(SL201).endsWith("\n\n" + summary);
    }

    @Test
    void quietPrintsTheFindingsOnly() {
        Path p = project();
        Cli.Run run = Cli.run(p, "lint", "bad.yaml", "good.yaml", "-q");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith(SL201).hasLineCount(1);
        assertThat(run.err()).isEmpty();
        Cli.Run clean = Cli.run(p, "lint", "good.yaml", "--quiet", "--write-baseline", "b.json");
        assertThat(clean.out()).isEmpty();
        assertThat(clean.err()).isEmpty();
    }

    @Test
    void twoReportsToTheSameFileAreAUsageError() {
        Path p = project();
        Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--format", "sarif:out/r.json", "--format", "json:out/../out/r.json");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("sagelint: --format json:out/../out/r.json: the sarif report is already"
                + " written to out/../out/r.json; give each report its own file\n");
        assertThat(p.resolve("out")).doesNotExist();
    }
}
