package dev.sagelint.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The watchdog's clock charges work, not the machine's load: outcomes only, no timings are asserted. */
class WorkClockTest {

    private static <T> FutureTask<T> started(WorkClock clock, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(() -> {
            clock.enter();
            return work.call();
        });
        Thread t = new Thread(task, "work-clock-test");
        t.setDaemon(true);
        t.start();
        return task;
    }

    @Test
    void aTaskThatFinishesGivesItsValue() throws Exception {
        WorkClock clock = new WorkClock();
        assertThat(clock.await(started(clock, () -> "done"), 10_000)).isEqualTo("done");
    }

    @Test
    void aTaskThatComputesForeverIsChargedItsProcessorTime() {
        WorkClock clock = new WorkClock();
        FutureTask<Long> task = started(clock, () -> {
            long n = 0;
            while (!Thread.currentThread().isInterrupted()) {
                n++;
            }
            return n;
        });
        assertThatThrownBy(() -> clock.await(task, 100)).isInstanceOf(TimeoutException.class);
        task.cancel(true);
    }

    @Test
    void aTaskThatSleepsIsChargedTheTimeItWaitsOnItselfAndStopped() {
        WorkClock clock = new WorkClock();
        FutureTask<String> task = started(clock, () -> {
            Thread.sleep(Long.MAX_VALUE);
            return "never";
        });
        assertThatThrownBy(() -> clock.await(task, 100)).isInstanceOf(TimeoutException.class);
        task.cancel(true);
    }

    @Test
    void aTaskThatFailsGivesItsFailure() {
        WorkClock clock = new WorkClock();
        FutureTask<String> task = started(clock, () -> {
            throw new IllegalStateException("bug");
        });
        assertThatThrownBy(() -> clock.await(task, 10_000)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("bug");
    }
}
