package dev.sagelint.cli;

import dev.sagelint.config.ConfigException;
import dev.sagelint.engine.RulePackException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

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
        CommandLine cli = commandLine(out, err, env);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Env env) {
        CommandLine cli = new CommandLine(new SagelintCommand(), new Factory(env));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof ConfigException || ex instanceof RulePackException || ex instanceof UsageException) {
                e.println("sagelint: " + ex.getMessage());
            } else {
                e.println("sagelint: internal error: " + ex);
                ex.printStackTrace(e);
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
