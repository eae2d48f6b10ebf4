package dev.sagelint.cli;

import dev.sagelint.config.ConfigException;
import dev.sagelint.engine.RulePackException;
import dev.sagelint.parse.ParseFailures;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code sagelint} command. {@link #run} is the entry point tests use: arguments and two writers
 * in, exit code out, no {@code System.exit}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).findFirst().orElse("").equals("lint")) {
            // the built-in rule network is built while the arguments and the configuration are read
            dev.sagelint.engine.Linter.preloadRulePacks(Main.class.getClassLoader());
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err, Env.system());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs with the process's working folder and environment. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Env.system());
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Env env) {
        List<String> rest = new ArrayList<>();
        boolean debug = false;
        boolean operands = false;
        for (String a : args) {
            if (!operands && a.equals("--debug")) {
                debug = true;
            } else {
                operands |= a.equals("--");
                rest.add(a);
            }
        }
        // a lint needs no other command: picocli reading their annotations was a third of its start-up
        CommandLine cli = commandLine(out, err, env, debug, !rest.isEmpty() && rest.get(0).equals("lint")
                ? List.of(LintCommand.class) : SagelintCommand.SUBCOMMANDS);
        if (debug) {
            ParseFailures.debugSink(err);
        }
        try {
            return execute(cli, rest.toArray(String[]::new), err, debug);
        } finally {
            if (debug) {
                ParseFailures.debugSink(null);
            }
            out.flush();
            err.flush();
        }
    }

    /** Runs a command; whatever escapes picocli's own handler (an {@code Error}) is an internal error too. */
    static int execute(CommandLine cli, String[] args, PrintWriter err, boolean debug) {
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            return internalError(e, err, debug);
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env) {
        return commandLine(out, err, env, false);
    }

    /** @param debug print stack traces of internal errors ({@code --debug}, accepted anywhere before {@code --}) */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env, boolean debug) {
        return commandLine(out, err, env, debug, SagelintCommand.SUBCOMMANDS);
    }

    /** @param subcommands the commands the arguments may name (a lint run builds only {@code lint}) */
    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env, boolean debug,
                                           List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new SagelintCommand(), new Factory(env));
        subcommands.forEach(cli::addSubcommand);
        cli.getSubcommands().get("lint").getCommandSpec().usageMessage().description(LintCommand.description());
        CommandLine completion = cli.getSubcommands().get("generate-completion");
        if (completion != null) {
            // picocli's own completion command knows no version: give it sagelint's
            completion.getCommandSpec().versionProvider(new VersionProvider());
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof ConfigException || ex instanceof RulePackException || ex instanceof UsageException) {
                e.println("sagelint: " + oneLine(ex.getMessage()));
                return ExitCodes.USAGE;
            }
            if (ex instanceof java.io.IOException io) { // a file the user named could not be read or written
                e.println("sagelint: " + oneLine(describe(io)));
                return ExitCodes.USAGE;
            }
            return internalError(ex, e, debug);
        });
        return cli;
    }

    /**
     * A bug in sagelint: one line (exit 4, never 2, which means the user's command was wrong), and the
     * stack trace after it only with {@code --debug}.
     */
    static int internalError(Throwable ex, PrintWriter err, boolean debug) {
        err.println("sagelint: internal error: " + oneLine(ex.toString())
                + (debug ? "" : " (run again with --debug to see the stack trace)")
                + "; please report this with the input that caused it");
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** An I/O failure in the user's terms: the file and what went wrong, without a Java class name. */
    static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() == null ? "cannot be read or written" : f.getReason());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** A message on one line: line breaks and other control characters from inputs cannot add lines. */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r') {
                b.append(' ');
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** Gives every command the environment. */
    private record Factory(Env env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (var c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Env.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(env));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
