package dev.sagelint.parse;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation for parsers running under the per-file watchdog ({@link DeploymentReader}):
 * when the watchdog gives up on a file it interrupts the worker, and the parsers' loops notice here and stop,
 * so no thread keeps burning CPU on a hostile input after its file was reported.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** Throws {@link CancellationException} when the current parse was cancelled (its thread interrupted). */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("reading was cancelled after the time limit");
        }
    }

    /** A reader of the text that stops with {@link CancellationException} once the parse is cancelled. */
    public static Reader reader(String text) {
        return new Reader() {
            private final StringReader in = new StringReader(text);

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                check();
                return in.read(buf, off, len);
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }
}
