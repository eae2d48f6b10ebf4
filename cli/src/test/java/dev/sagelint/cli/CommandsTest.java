package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rules, explain, help, version, completion, colour. */
class CommandsTest {

    @TempDir
    Path tmp;

    @Test
    void rulesListsTheCatalogueAsATable() {
        Cli.Run run = Cli.run(tmp, "rules");
        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("(?m)^ID +SEVERITY +TAGS +SUMMARY$")
                .containsPattern("(?m)^SL001 +error +input +Input cannot be read$")
                .containsPattern("(?m)^SL201 +error +capacity +MinCapacity 0 on a real-time instance variant$")
                .containsPattern("(?m)^SL003 +info +input,suppression +Suppression that suppresses nothing$");
    }

    @Test
    void rulesAsJson() {
        Cli.Run run = Cli.run(tmp, "rules", "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"id\" : \"SL201\"", "\"severity\" : \"error\"",
                "\"summary\" : \"MinCapacity 0 on a real-time instance variant\"", "\"helpUri\" : \"https://github.com/sagelint/sagelint/blob/main/docs/rules/SL201.md\"");
        // every built-in rule links to its page in this repository's docs, and the page exists
        var links = java.util.regex.Pattern.compile("\"helpUri\" : \"https://github.com/sagelint/sagelint/blob/main/"
                + "(docs/rules/(SL[0-9]{3})\\.md)\"").matcher(run.out()).results().toList();
        assertThat(links).hasSize((int) run.out().lines().filter(l -> l.contains("\"id\" :")).count());
        for (var link : links) {
            assertThat(java.nio.file.Path.of("..").resolve(link.group(1))).as(link.group(2)).isRegularFile();
        }
    }

    @Test
    void explainShowsTheExplanationAndABadAndAGoodExample() {
        Cli.Run run = Cli.run(tmp, "explain", "sl201");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("SL201  error  MinCapacity 0 on a real-time instance variant\n")
                .contains("## Bad example (bad.yaml)", "minCapacity: 0  # <- SL201 reported here",
                        "## Good example (good.yaml)", "asyncInference")
                .doesNotContain("expect:", "seed");
        Cli.Run sl001 = Cli.run(tmp, "explain", "SL001");
        assertThat(sl001.out()).contains("## Why it matters", "## Bad example (bad");
        Cli.Run unknown = Cli.run(tmp, "explain", "SL999");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown rule id 'SL999'; run 'sagelint rules' for the list");
    }

    @Test
    void lintHelpListsTheFilesTheFormatsDeclare() {
        // picocli wraps long lines anywhere, even inside "*.yaml": compare without whitespace
        String help = Cli.run(tmp, "lint", "--help").out().replaceAll("\\s+", "");
        assertThat(help).contains(("Folders are searched recursively for the files the input formats declare ("
                + dev.sagelint.parse.Formats.globs(dev.sagelint.parse.Formats.all()) + ")").replaceAll("\\s+", ""));
        assertThat(help).contains("*.tfvars", "*.cfn").doesNotContain("*.hcl");
    }

    @Test
    void helpDocumentsTheExitCodesAndVersionWorksEverywhere() {
        Cli.Run help = Cli.run(tmp, "lint", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Exit codes (never a count):", "  3  an input could not be read at all", "  4  internal error",
                "--fail-on-severity=LEVEL", "--format=FORMAT[:FILE]", "--rules-jar=JAR", "--write-baseline=FILE");
        assertThat(Cli.run(tmp, "--help").out()).contains("Exit codes:", "lint", "rules", "explain", "init",
                "generate-completion");
        for (String command : new String[] {"lint", "rules", "explain", "init"}) {
            Cli.Run version = Cli.run(tmp, command, "--version");
            assertThat(version.code()).isZero();
            assertThat(version.out()).startsWith("sagelint ");
        }
    }

    @Test
    void generatesABashCompletionScript() {
        Cli.Run run = Cli.run(tmp, "generate-completion");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("complete -F _complete_sagelint", "--fail-on-severity");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        String ansiRed = "\u001b[31m";
        assertThat(Cli.run(Cli.env(p, false), "lint", "bad.yaml").out()).doesNotContain(ansiRed);
        assertThat(Cli.run(Cli.env(p, true), "lint", "bad.yaml").out()).contains(ansiRed + "error");
        assertThat(Cli.run(Cli.env(p, true, "NO_COLOR", "1"), "lint", "bad.yaml").out()).doesNotContain(ansiRed);
        assertThat(Cli.run(Cli.env(p, true), "lint", "bad.yaml", "--color", "never").out()).doesNotContain(ansiRed);
        assertThat(Cli.run(Cli.env(p, false, "NO_COLOR", "1"), "lint", "bad.yaml", "--color", "always").out())
                .contains(ansiRed + "error");
        // reports written to files are never coloured
        Cli.run(Cli.env(p, true), "lint", "bad.yaml", "--format", "text:out.txt", "--color", "always");
        assertThat(Cli.read(p.resolve("out.txt"))).doesNotContain("\u001b[");
    }

    @Test
    void githubAnnotationsEscapeTheirData() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.Run run = Cli.run(p, "lint", "bad.yaml", "--format", "github");
        assertThat(run.out()).startsWith("::error file=bad.yaml,line=9,col=24,title=SL201 MinCapacity 0 on a real-time "
                + "instance variant::minCapacity is 0 on variant AllTraffic, a real-time instance variant:");
        assertThat(dev.sagelint.report.GithubReporter.class).isNotNull();
    }
}
