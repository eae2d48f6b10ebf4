package dev.sagelint.robustness;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.Cancellation;
import dev.sagelint.parse.InputFormat;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A format whose parser misbehaves by file name, for the watchdog tests: ".slow" runs until cancelled, ".stuck"
 * ignores cancellation until {@code release} is set, ".boom" throws, ".deep" overflows its stack; any other file reads
 * as a deployment with one problem "read" when {@code reportRead}, else with no facts. A group of files from more
 * than one folder fails as a whole, as a format that joins a folder's files does.
 */
final class MisbehavingFormat implements InputFormat {

    private final boolean reportRead;
    private final AtomicBoolean release;
    volatile Thread slowWorker;

    MisbehavingFormat(boolean reportRead, AtomicBoolean release) {
        this.reportRead = reportRead;
        this.release = release;
    }

    @Override
    public String name() {
        return "misbehaving";
    }

    @Override
    public boolean accepts(SourceFile file) {
        return true;
    }

    @Override
    public List<Deployment> parse(List<SourceFile> files, ParseContext context) {
        if (files.size() > 1 && files.stream().anyMatch(f -> !f.path().startsWith("b/"))) {
            files.forEach(f -> parse(List.of(f), context));
        }
        SourceFile f = files.get(0);
        if (f.path().endsWith(".slow")) {
            slowWorker = Thread.currentThread();
            while (true) {
                Cancellation.check();
            }
        }
        if (f.path().endsWith(".stuck")) {
            while (!release.get()) {
                LockSupport.parkNanos(1_000_000L);
                Thread.interrupted(); // a parser that swallows its interrupt
            }
            return List.of();
        }
        if (f.path().endsWith(".boom")) {
            throw new IllegalStateException("parser bug");
        }
        if (f.path().endsWith(".deep")) {
            return recurse(0);
        }
        return List.of(new Deployment(f.path(), null,
                reportRead ? List.of(InputProblem.at(new Location(f.path(), 1, 1), "read")) : List.of()));
    }

    private List<Deployment> recurse(int n) {
        return n < 0 ? List.of() : recurse(n + 1);
    }
}
