package dev.sagelint.parse;

import java.io.PrintWriter;
import java.util.concurrent.CancellationException;

/**
 * Turns a parser failure that escaped its format (a bug, or an input beyond what the limits foresaw) into a
 * message a person can act on. The stack trace goes only to the debug sink ({@code sagelint --debug}).
 */
public final class ParseFailures {

    private static volatile PrintWriter debugSink;

    private ParseFailures() {
    }

    /** Where stack traces of contained failures are printed; null (the default) prints none. */
    public static void debugSink(PrintWriter sink) {
        debugSink = sink;
    }

    /** The message for a failure; prints its stack trace to the debug sink when one is set. */
    public static String describe(Throwable failure, Limits limits) {
        PrintWriter sink = debugSink;
        if (sink != null) {
            synchronized (sink) {
                sink.println("sagelint: debug: a parser failed:");
                failure.printStackTrace(sink);
                sink.flush();
            }
        }
        if (failure instanceof StackOverflowError) {
            return "the file is nested too deeply to read (the limit is " + limits.maxNestingDepth()
                    + " levels); flatten it, or lower the nesting if it was generated";
        }
        if (failure instanceof OutOfMemoryError) {
            return "reading the file needed more memory than sagelint has; the file may be hostile (huge expansions)"
                    + " and was not linted; lower its size or run with a larger heap (-Xmx) if it is trusted";
        }
        if (failure instanceof CancellationException) {
            return "reading was cancelled after the time limit; the file was not linted";
        }
        return "sagelint could not read the file: internal error (" + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage()))
                + "); the other files were linted; please report this with the file (run with --debug for details)";
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
