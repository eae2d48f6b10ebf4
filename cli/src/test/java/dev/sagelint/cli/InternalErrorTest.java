package dev.sagelint.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Class 9 of issue 14: a bug in sagelint (any exception or error out of a command) exits 4, never 2 (which
 * means the user's command was wrong), prints exactly one line, and shows the stack trace only with --debug.
 */
class InternalErrorTest {

    @TempDir
    Path tmp;

    record Failure(String name, Supplier<Throwable> make, String shown) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Failure> failures() {
        List<Failure> out = new ArrayList<>();
        out.add(new Failure("runtime", () -> new IllegalStateException("boom"),
                "java.lang.IllegalStateException: boom"));
        out.add(new Failure("npe", NullPointerException::new, "java.lang.NullPointerException"));
        out.add(new Failure("stack overflow", StackOverflowError::new, "java.lang.StackOverflowError"));
        out.add(new Failure("out of memory", () -> new OutOfMemoryError("Java heap space"),
                "java.lang.OutOfMemoryError: Java heap space"));
        out.add(new Failure("assertion", () -> new AssertionError("x"), "java.lang.AssertionError: x"));
        out.add(new Failure("unchecked io", () -> new java.io.UncheckedIOException(new java.io.IOException("disk")),
                "java.io.UncheckedIOException: java.io.IOException: disk"));
        // a message built from an input cannot add lines to the error output
        out.add(new Failure("newline in message", () -> new IllegalArgumentException("a\nsagelint: forged\r\n"),
                "java.lang.IllegalArgumentException: a sagelint: forged  "));
        out.add(new Failure("escape in message", () -> new IllegalArgumentException("\u001b[2Jx\u0000y"),
                "java.lang.IllegalArgumentException: \\u001b[2Jx\\u0000y"));
        out.add(new Failure("null message", () -> new RuntimeException((String) null), "java.lang.RuntimeException"));
        return out;
    }

    @picocli.CommandLine.Command(name = "explode")
    static final class Explode implements java.util.concurrent.Callable<Integer> {
        final Supplier<Throwable> make;

        Explode(Supplier<Throwable> make) {
            this.make = make;
        }

        @Override
        public Integer call() throws Exception {
            Throwable t = make.get();
            if (t instanceof Error e) {
                throw e;
            }
            throw (Exception) t;
        }
    }

    private String run(Failure f, boolean debug, int[] code) {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err),
                new Env(tmp, Map.of(), false), debug);
        picocli.CommandLine explode = new picocli.CommandLine(new Explode(f.make()));
        explode.setErr(cli.getErr());
        cli.addSubcommand("explode", explode);
        code[0] = Main.execute(cli, new String[] {"explode"}, cli.getErr(), debug);
        return err.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void oneLineAndExitFourWithoutDebug(Failure f) {
        int[] code = new int[1];
        String err = run(f, false, code);
        assertThat(code[0]).isEqualTo(4);
        assertThat(err).isEqualTo("sagelint: internal error: " + f.shown()
                + " (run again with --debug to see the stack trace); please report this with the input that caused it\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void theTraceFollowsWithDebug(Failure f) {
        int[] code = new int[1];
        String err = run(f, true, code);
        assertThat(code[0]).isEqualTo(4);
        assertThat(err).startsWith("sagelint: internal error: " + f.shown()
                + "; please report this with the input that caused it\n");
        assertThat(err).contains("\tat dev.sagelint.cli.InternalErrorTest");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void usageErrorsStayTwoAndOneLine(Failure f) {
        String message = f.shown();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err),
                new Env(tmp, Map.of(), false), false);
        picocli.CommandLine usage = new picocli.CommandLine(new Explode(
                () -> new UsageException("--config x" + message + "\nsagelint: forged")));
        usage.setErr(cli.getErr());
        cli.addSubcommand("usage", usage);
        int code = Main.execute(cli, new String[] {"usage"}, cli.getErr(), false);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).hasLineCount(1).startsWith("sagelint: --config x").endsWith(" sagelint: forged\n");
    }
}
