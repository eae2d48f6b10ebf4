package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every help text renders cleanly; the completion command knows sagelint's version and its values. */
class HelpTest {

    @TempDir
    Path tmp;

    private static void collect(CommandLine cl, List<List<String>> paths, List<String> prefix) {
        paths.add(prefix);
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) { // an alias: the command is visited under its name
                return;
            }
            List<String> next = new ArrayList<>(prefix);
            next.add(name);
            collect(sub, paths, next);
        });
    }

    @Test
    void everyHelpTextRendersWithoutPicocliWarnings() {
        CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new Env(tmp, java.util.Map.of(), false));
        List<List<String>> paths = new ArrayList<>();
        collect(root, paths, List.of());
        assertThat(paths).contains(List.of("advise"), List.of("lint"), List.of("generate-completion"));
        PrintStream previous = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            // picocli reports a bad format string (a lone % in a description) on System.err, not on the command's writer
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (List<String> path : paths) {
                List<String> args = new ArrayList<>(path);
                args.add("--help");
                Cli.Run run = Cli.run(tmp, args.toArray(String[]::new));
                assertThat(run.code()).as(String.join(" ", args)).isZero();
                assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: sagelint")
                        .doesNotContain("picocli", "%n", "Could not format");
                assertThat(run.err()).as(String.join(" ", args)).isEmpty();
            }
        } finally {
            System.setErr(previous);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Cli.run(tmp, "advise", "--help").out()).contains("+/-10% and instance capacity -10%;",
                "e.g. 1% or 0.5 (default 1%)");
    }

    /** A lint run builds only the lint command; what it prints must be what the whole command tree prints. */
    @Test
    void aLintAnswersAsTheWholeCommandTreeDoes() {
        for (String[] args : List.of(new String[] {"lint", "--help"}, new String[] {"lint", "--formatt", "json"},
                new String[] {"lint", "--fail-on-severity", "loud"}, new String[] {"lint", "--version"})) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine whole = Main.commandLine(new PrintWriter(out), new PrintWriter(err),
                    new Env(tmp, java.util.Map.of(), false));
            int code = Main.execute(whole, args, whole.getErr(), false);
            Cli.Run lint = Cli.run(tmp, args);
            assertThat(lint.code()).as(String.join(" ", args)).isEqualTo(code);
            assertThat(lint.out()).as(String.join(" ", args)).isEqualTo(out.toString());
            assertThat(lint.err()).as(String.join(" ", args)).isEqualTo(err.toString());
        }
    }

    @Test
    void generateCompletionShowsSagelintsVersion() {
        Cli.Run run = Cli.run(tmp, "generate-completion", "--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("sagelint ");
        assertThat(run.out()).isEqualTo(Cli.run(tmp, "--version").out());
    }

    @Test
    void completionOffersFormatsSeveritiesAndRuleIds() {
        Cli.Run run = Cli.run(tmp, "generate-completion");
        assertThat(run.code()).isZero();
        // picocli writes each option's candidates into the script as a word list (quoted or not)
        assertThat(run.out().replace("\"", "").replace("'", "")).containsPattern("text json sarif junit github")
                .containsPattern("error warning info none")
                .containsPattern("SL001 SL002 SL003[^\\n]*SL201[^\\n]*capacity[^\\n]*error warning info");
    }
}
