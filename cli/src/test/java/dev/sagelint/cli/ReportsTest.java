package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** JUnit failures follow the threshold with stable names; SARIF paths are relative to the repository root. */
class ReportsTest {

    @TempDir
    Path tmp;

    private static String fingerprint(String sarif) {
        var m = java.util.regex.Pattern.compile("\"sagelintFingerprint/v1\": \"([^\"]+)\"").matcher(sarif);
        assertThat(m.find()).as(sarif).isTrue();
        return m.group(1);
    }

    @Test
    void junitFailuresAreTheFindingsAtOrAboveTheThreshold() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve(".sagelint.yaml"), "rules:\n  SL201: warning\n");
        String fp = fingerprint(Cli.run(p, "lint", "bad.yaml", "--format", "sarif").out());

        Cli.Run below = Cli.run(p, "lint", "bad.yaml", "--format", "junit");
        assertThat(below.code()).isZero();
        assertThat(below.out()).contains("<testsuites name=\"sagelint\" tests=\"1\" failures=\"0\" errors=\"0\">",
                "<testcase classname=\"bad_yaml\" name=\"SL201 " + fp + "\">",
                "<system-out>bad.yaml:9:24: warning SL201 minCapacity is 0").doesNotContain("<failure");

        Cli.Run at = Cli.run(p, "lint", "bad.yaml", "--format", "junit", "--fail-on-severity", "warning");
        assertThat(at.code()).isEqualTo(1);
        assertThat(at.out()).contains("tests=\"1\" failures=\"1\"",
                "<testcase classname=\"bad_yaml\" name=\"SL201 " + fp + "\">",
                "<failure type=\"warning\" message=\"minCapacity is 0").doesNotContain("<system-out>");
    }

    @Test
    void junitTestNamesSurviveUnrelatedEdits() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        String before = Cli.run(p, "lint", "bad.yaml", "--format", "junit").out();
        Cli.write(p.resolve("bad.yaml"), Cli.read(p.resolve("bad.yaml"))
                .replace("endpoints:\n", "# a comment\n# another\nendpoints:\n"));
        String after = Cli.run(p, "lint", "bad.yaml", "--format", "junit").out();
        assertThat(after).contains("bad.yaml:11:24: error SL201");
        var name = java.util.regex.Pattern.compile("name=\"(SL201 [^\"]+)\"");
        var b = name.matcher(before);
        var a = name.matcher(after);
        assertThat(b.find() && a.find()).isTrue();
        assertThat(a.group(1)).isEqualTo(b.group(1)).doesNotContain(".");
    }

    @Test
    void sarifPathsAreRelativeToTheRepositoryRoot() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Path infra = Cli.copy("mixed", repo.resolve("infra"));
        Cli.Run run = Cli.run(infra, "lint", "bad.yaml", "--format", "sarif");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("\"uri\": \"infra/bad.yaml\",\n", "\"uriBaseId\": \"%SRCROOT%\"",
                "\"originalUriBaseIds\": {\n        \"%SRCROOT%\": {")
                .doesNotContain(repo.toString());
        // at the root, the paths are unchanged; the other formats always keep the working folder's paths
        assertThat(Cli.run(repo, "lint", "infra/bad.yaml", "--format", "sarif").out())
                .contains("\"uri\": \"infra/bad.yaml\",\n");
        assertThat(Cli.run(infra, "lint", "bad.yaml", "--format", "json").out()).contains("\"path\": \"bad.yaml\"");
    }

    @Test
    void sarifKeepsSuppressedFindingsWithTheirJustification() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve("bad.yaml"), Cli.read(p.resolve("bad.yaml")).replace("minCapacity: 0\n",
                "minCapacity: 0  # sagelint-disable-line SL201 -- warm pool handled by ops\n"));
        Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--format", "sarif");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"ruleId\": \"SL201\"", "\"startLine\": 9",
                "\"suppressions\": [\n            {\n              \"kind\": \"inSource\",\n"
                        + "              \"justification\": \"warm pool handled by ops\"");
        // the other formats still leave it out
        assertThat(Cli.run(p, "lint", "bad.yaml", "--format", "json").out()).doesNotContain("\"ruleId\": \"SL201\"");

        Path q = Cli.copy("mixed", tmp.resolve("q"));
        assertThat(Cli.run(q, "lint", "bad.yaml", "--write-baseline", "b.json").code()).isZero();
        Cli.Run baselined = Cli.run(q, "lint", "bad.yaml", "--baseline", "b.json", "--format", "sarif");
        assertThat(baselined.code()).isZero();
        assertThat(baselined.out()).contains("\"kind\": \"external\",\n",
                "\"justification\": \"recorded in the baseline\"");
        assertThat(fingerprint(baselined.out())).isEqualTo(fingerprint(Cli.run(q, "lint", "bad.yaml", "--format", "sarif").out()));
    }

    @Test
    void explainSuggestsTheIdForATypo() {
        Cli.Run run = Cli.run(tmp, "explain", "SL2O1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("sagelint: unknown rule id 'SL2O1'; did you mean SL201?;"
                + " run 'sagelint rules' for the list\n");
        assertThat(Cli.run(tmp, "explain", "Sl201").code()).isZero();
    }

    @Test
    void configurationSuggestsTheIdForATypo() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve(".sagelint.yaml"), "rules:\n  SL20l: off\n");
        Cli.Run run = Cli.run(p, "lint", "bad.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(".sagelint.yaml:2:3: unknown rule id 'SL20l' under rules; did you mean SL201?");
    }
}
