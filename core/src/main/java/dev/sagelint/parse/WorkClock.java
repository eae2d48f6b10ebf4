package dev.sagelint.parse;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The clock of a watchdog: it bounds the time a task <em>works</em>, not the time the machine takes. A task's thread
 * is charged its processor time while it runs, and wall-clock time while it waits on something of its own (a sleep,
 * a lock, a monitor); time it spends ready but waiting for a processor is not charged. So a large, honest input on a
 * loaded CI runner (two cores, eight builds) is not mistaken for a hostile one, while a loop or a sleep still ends at
 * the bound. However the task behaves, the wait ends after {@value #BACKSTOP_FACTOR} times the budget of wall-clock
 * time. On a JVM without per-thread processor time every millisecond is charged (the plain wall-clock bound).
 *
 * <p>Use: the task calls {@link #enter()} first, on its own thread; the watchdog calls {@link #await}.
 */
public final class WorkClock {

    /** The wall-clock backstop, in budgets: a task starved of processors for this long is given up too. */
    public static final int BACKSTOP_FACTOR = 10;

    private static final long POLL_MILLIS = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isThreadCpuTimeSupported();

    private volatile Thread thread;
    private volatile long cpuAtEnter;

    /** Called by the task on its thread before it starts working. */
    public void enter() {
        cpuAtEnter = cpuTime(Thread.currentThread());
        thread = Thread.currentThread();
    }

    /**
     * Waits for the task until it is done or has worked for {@code budgetMillis}.
     *
     * @throws TimeoutException when the budget (or the backstop) ran out; the task is left running, for the caller
     *                          to stop
     */
    public <T> T await(Future<T> task, long budgetMillis) throws InterruptedException, ExecutionException,
            TimeoutException {
        long budget = TimeUnit.MILLISECONDS.toNanos(budgetMillis);
        long start = System.nanoTime();
        long last = start;
        long lastCpu = -1;
        long worked = 0;
        while (true) {
            long waitMillis = Math.max(1, Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(budget - worked)));
            try {
                return task.get(waitMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                // charge the interval below
            }
            long now = System.nanoTime();
            Thread t = thread;
            if (t != null) {
                long cpu = cpuTime(t);
                if (cpu < 0) {
                    worked += now - last;
                } else {
                    long ran = cpu - (lastCpu < 0 ? cpuAtEnter : lastCpu);
                    Thread.State state = t.getState();
                    boolean waitingOnItself = state == Thread.State.BLOCKED || state == Thread.State.WAITING
                            || state == Thread.State.TIMED_WAITING;
                    worked += waitingOnItself ? Math.max(ran, now - last) : ran;
                    lastCpu = cpu;
                }
            }
            last = now;
            if (worked >= budget || now - start >= budget * BACKSTOP_FACTOR) {
                throw new TimeoutException();
            }
        }
    }

    /** The thread's processor time in nanoseconds, or -1 where the JVM does not measure it. */
    public static long cpuTime(Thread t) {
        if (!CPU_TIME) {
            return -1;
        }
        try {
            return THREADS.getThreadCpuTime(t.getId());
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }
}
