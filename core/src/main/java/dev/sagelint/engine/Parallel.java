package dev.sagelint.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/** Maps a list on a few threads and returns the results in input order, whatever order they finish in. */
final class Parallel {

    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, int jobs, Function<T, R> work) {
        if (jobs <= 1 || items.size() <= 1) {
            return items.stream().map(work).toList();
        }
        // each thread takes the next index: no task, future or queue per item (detection maps every file)
        int n = items.size();
        Object[] out = new Object[n];
        Throwable[] failed = new Throwable[n];
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        Thread[] threads = new Thread[Math.min(jobs, n)];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                int i;
                while (!stop.get() && (i = next.getAndIncrement()) < n) {
                    try {
                        out[i] = work.apply(items.get(i));
                    } catch (RuntimeException | Error e) {
                        failed[i] = e;
                        stop.set(true);
                    }
                }
            }, "sagelint-worker");
            threads[t].setDaemon(true);
            threads[t].setContextClassLoader(context);
            threads[t].start();
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        }
        for (Throwable e : failed) {
            if (e != null) {
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
        }
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) java.util.Collections.unmodifiableList(java.util.Arrays.asList(out));
        return results;
    }

    /**
     * Like {@link #map}, always on threads of its own (at least one), each with a stack of {@code stackBytes}, and
     * able to lose one: work that finds its thread held for good (a rule that never returns) calls
     * {@link #carryOn} with what its item's result is instead, and a new thread computes that result and goes on with
     * the remaining items, so the run keeps its threads and ends. Whatever the lost thread does afterwards is ignored.
     */
    static <T, R> List<R> mapReplaceable(List<T> items, int jobs, long stackBytes, Function<T, R> work) {
        if (items.isEmpty()) {
            return List.of();
        }
        Run<T, R> run = new Run<>(items, work, stackBytes, Thread.currentThread().getContextClassLoader());
        for (int i = 0; i < Math.min(Math.max(1, jobs), items.size()); i++) {
            run.startWorker(-1, null);
        }
        try {
            return results(run.results);
        } finally {
            run.stopped = true;
        }
    }

    /** The results in order, waiting for each; an item's exception is rethrown as it was thrown. */
    private static <R> List<R> results(List<? extends Future<R>> futures) {
        try {
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /**
     * From work running under {@link #mapReplaceable}, on any thread: the worker running it is lost; {@code instead}
     * computes its item's result on a new thread, which then goes on with the remaining items. Returns false (and does
     * nothing) when the calling work does not run under {@code mapReplaceable}.
     */
    static boolean carryOn(Worker<?> worker, Supplier<?> instead) {
        if (worker == null) {
            return false;
        }
        worker.replace(instead);
        return true;
    }

    /** The worker running the calling work under {@link #mapReplaceable}, or null. */
    static Worker<?> currentWorker() {
        return CURRENT.get();
    }

    private static final ThreadLocal<Worker<?>> CURRENT = new ThreadLocal<>();

    private static final class Run<T, R> {
        final List<T> items;
        final Function<T, R> work;
        final long stackBytes;
        final ClassLoader context;
        final List<CompletableFuture<R>> results = new ArrayList<>();
        final AtomicInteger next = new AtomicInteger();
        volatile boolean stopped;

        Run(List<T> items, Function<T, R> work, long stackBytes, ClassLoader context) {
            this.items = items;
            this.work = work;
            this.stackBytes = stackBytes;
            this.context = context;
            items.forEach(i -> results.add(new CompletableFuture<>()));
        }

        void startWorker(int item, Supplier<?> first) {
            Worker<R> worker = new Worker<>(this);
            // a thread units may be read on (DeploymentReader.readHere): at least the parsers' stack
            Thread t = dev.sagelint.parse.DeploymentReader.thread(() -> worker.loop(item, first), "sagelint-worker",
                    stackBytes);
            t.setContextClassLoader(context);
            t.start();
        }
    }

    /** One thread of a {@link #mapReplaceable} run. */
    static final class Worker<R> {
        private final Run<?, R> run;
        private volatile int item = -1;
        private volatile boolean lost;

        private Worker(Run<?, R> run) {
            this.run = run;
        }

        private synchronized void replace(Supplier<?> instead) {
            if (lost) {
                return;
            }
            lost = true;
            run.startWorker(item, instead);
        }

        @SuppressWarnings("unchecked")
        private void loop(int firstItem, Supplier<?> first) {
            CURRENT.set(this);
            item = firstItem;
            int i;
            boolean going = first == null || compute(() -> (R) first.get());
            while (going && !lost && !run.stopped && (i = run.next.getAndIncrement()) < run.items.size()) {
                item = i;
                int at = i;
                going = compute(() -> apply(at));
            }
            CURRENT.remove();
        }

        private <T> R apply(int at) {
            @SuppressWarnings("unchecked")
            Run<T, R> typed = (Run<T, R>) run;
            return typed.work.apply(typed.items.get(at));
        }

        /** Computes the current item's result; false when this thread was given up (its work is another's now). */
        private boolean compute(Supplier<R> result) {
            int at = item;
            try {
                R r = result.get();
                if (!lost) {
                    run.results.get(at).complete(r);
                }
            } catch (LoadedPack.Abandoned e) {
                return false;
            } catch (RuntimeException | Error e) {
                if (!lost) {
                    run.results.get(at).completeExceptionally(e);
                }
            }
            return !lost;
        }
    }
}
