package dev.sagelint.engine;

import dev.sagelint.parse.WorkClock;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Bounds rule runs that fire on the thread that asked for them, and reads on the worker that lints their unit
 * ({@link #interrupting}). One daemon thread looks at every run in progress each
 * {@value #TICK_MILLIS} ms and charges it as {@link WorkClock} charges a task: the run's processor time while it runs,
 * wall-clock time while it waits on something of its own, and at most {@value WorkClock#BACKSTOP_FACTOR} budgets of
 * wall-clock time in all. A run past its budget is halted; a run that has not stopped {@value #HALT_GRACE_MILLIS} ms
 * later is abandoned: its thread is left to the rule, and whoever watches that thread is told to carry on without it.
 *
 * <p>Rules used to fire on a thread of their own, with the caller waiting on it: two thread switches per pack and
 * deployment, about 75 us of processor time each time on the project's machine (a fifth of the rule time of a small
 * template). Watching costs a map insertion and removal.
 */
public final class Watchdog {

    /** How long a halted run may take to stop before its thread is abandoned. */
    static final long HALT_GRACE_MILLIS = 1_000;
    private static final long TICK_MILLIS = 20;
    private static final int IDLE_TICKS = 50;

    private final Set<Watch> running = ConcurrentHashMap.newKeySet();
    private volatile Thread thread;

    /** How a watched run ended. */
    enum Outcome { FINISHED, HALTED, ABANDONED }

    /** One run in progress on the thread that started it. */
    final class Watch implements AutoCloseable {
        private final Thread owner = Thread.currentThread();
        private final long budget;
        private final Runnable halt;
        private final Runnable abandon;
        private final long start = System.nanoTime();
        private long last = start;
        private long lastCpu = -1;
        private long worked;
        private volatile long haltedAt;
        private volatile Outcome outcome;

        private Watch(long budgetMillis, Runnable halt, Runnable abandon) {
            this.budget = TimeUnit.MILLISECONDS.toNanos(budgetMillis);
            this.halt = halt;
            this.abandon = abandon;
        }

        /** Called by the watchdog thread only. */
        private void check(long now) {
            if (haltedAt != 0) {
                if (now - haltedAt >= TimeUnit.MILLISECONDS.toNanos(HALT_GRACE_MILLIS) && settle(Outcome.ABANDONED)) {
                    running.remove(this);
                    abandon.run();
                }
                return;
            }
            long cpu = WorkClock.cpuTime(owner);
            if (cpu < 0) {
                worked += now - last;
            } else if (lastCpu >= 0) { // the first look only sets the baseline: at most one tick goes uncharged
                Thread.State state = owner.getState();
                boolean waitingOnItself = state == Thread.State.BLOCKED || state == Thread.State.WAITING
                        || state == Thread.State.TIMED_WAITING;
                long ran = cpu - lastCpu;
                worked += waitingOnItself ? Math.max(ran, now - last) : ran;
            }
            lastCpu = cpu;
            last = now;
            if (worked >= budget || now - start >= budget * WorkClock.BACKSTOP_FACTOR) {
                haltedAt = now;
                halt.run();
            }
        }

        private synchronized boolean settle(Outcome how) {
            if (outcome != null) {
                return false;
            }
            outcome = how;
            return true;
        }

        /** Ends the watch on the run's own thread: how it ended, as far as the watchdog is concerned. */
        Outcome end() {
            running.remove(this);
            settle(haltedAt != 0 ? Outcome.HALTED : Outcome.FINISHED);
            return outcome;
        }

        @Override
        public void close() {
            end();
        }
    }

    /**
     * Watches a run on the calling thread until {@link Watch#end()}.
     *
     * @param halt    asks the run to stop (called on the watchdog's thread, once, past the budget)
     * @param abandon tells the caller's owner that the thread is lost (called on the watchdog's thread, at most once,
     *                when the run did not stop within the grace after the halt; the run's own {@code end()} then
     *                reports {@link Outcome#ABANDONED})
     */
    Watch watch(long budgetMillis, Runnable halt, Runnable abandon) {
        Watch w = new Watch(budgetMillis, halt, abandon);
        running.add(w); // before looking at the thread: a watchdog that stops for want of work sees this run, or is gone
        if (thread == null) {
            start();
        }
        return w;
    }

    /**
     * Watches work on the calling thread that stops once its thread is interrupted (a read: the parsers check
     * {@link dev.sagelint.parse.Cancellation}): past the budget the thread is interrupted, and if the work has not
     * stopped {@value #HALT_GRACE_MILLIS} ms later, {@code abandon} is told (on the watchdog's thread) that the thread
     * is lost.
     */
    public Interrupting interrupting(long budgetMillis, Runnable abandon) {
        Interrupting i = new Interrupting(Thread.currentThread());
        i.watch = watch(budgetMillis, i::interrupt, abandon);
        return i;
    }

    /** Work watched by {@link #interrupting}, on the thread that does it. */
    public static final class Interrupting {
        private final Thread owner;
        private Watch watch;
        private boolean done;
        private boolean interrupted;

        private Interrupting(Thread owner) {
            this.owner = owner;
        }

        private synchronized void interrupt() {
            if (!done) {
                interrupted = true;
                owner.interrupt();
            }
        }

        /**
         * Ends the watch, on the watched thread, and clears the interrupt the watchdog may have made (none comes
         * after this): true when the time ran out.
         *
         * @throws LoadedPack.Abandoned when the thread was given up meanwhile: its work was handed on
         */
        public boolean end() {
            synchronized (this) {
                done = true;
                if (interrupted) {
                    Thread.interrupted();
                }
            }
            Outcome outcome = watch.end();
            if (outcome == Outcome.ABANDONED) {
                throw new LoadedPack.Abandoned();
            }
            return outcome == Outcome.HALTED;
        }
    }

    private synchronized void start() {
        if (thread != null) {
            return;
        }
        Thread t = new Thread(this::loop, "sagelint-rule-watchdog");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /**
     * Looks every tick, never woken by a new run (waking it for each run was a thread switch per run again), and stops
     * after {@value #IDLE_TICKS} ticks without a run, so an idle linter keeps no thread.
     */
    private void loop() {
        int idle = 0;
        while (true) {
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
            if (running.isEmpty()) {
                if (++idle >= IDLE_TICKS) {
                    synchronized (this) {
                        if (running.isEmpty()) {
                            thread = null;
                            return;
                        }
                    }
                }
                continue;
            }
            idle = 0;
            long now = System.nanoTime();
            for (Watch w : running) {
                try {
                    w.check(now);
                } catch (RuntimeException | Error e) {
                    // a halt or an abandonment that failed must not end the watching of the other runs
                }
            }
        }
    }
}
