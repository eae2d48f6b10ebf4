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
        CommandLine cli = commandLine(out, err, env, debug);
        if (debug) {
            ParseFailures.debugSink(err);
        }
        try {
            return cli.execute(rest.toArray(String[]::new));
        } finally {
            if (debug) {
                ParseFailures.debugSink(null);
            }
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env) {
        return commandLine(out, err, env, false);
    }

    /** @param debug print stack traces of internal errors ({@code --debug}, accepted anywhere before {@code --}) */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env, boolean debug) {
        CommandLine cli = new CommandLine(new SagelintCommand(), new Factory(env));
        cli.getSubcommands().get("lint").getCommandSpec().usageMessage().description(LintCommand.description());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof ConfigException || ex instanceof RulePackException || ex instanceof UsageException) {
                e.println("sagelint: " + ex.getMessage());
            } else {
                e.println("sagelint: internal error: " + ex);
                if (debug) {
                    ex.printStackTrace(e);
                } else {
                    e.println("Run again with --debug to see the stack trace.");
                }
                e.println("Please report this with the input that caused it.");
            }
            return ExitCodes.USAGE;
        });
        return cli;
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
