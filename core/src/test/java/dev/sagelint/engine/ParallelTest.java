package dev.sagelint.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParallelTest {

    @Test
    void mapKeepsTheItemsOrderWhateverOrderTheThreadsFinishIn() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> out = Parallel.map(items, 3, i -> {
            threads.add(Thread.currentThread().getName());
            if (i % 7 == 0) {
                Thread.yield();
            }
            return i * 2;
        });
        assertThat(out).containsExactlyElementsOf(items.stream().map(i -> i * 2).toList());
        assertThat(threads).containsOnly("sagelint-worker");
    }

    @Test
    void mapRethrowsAnItemsExceptionAsItWasThrownAndWrapsAnError() {
        IllegalArgumentException boom = new IllegalArgumentException("item 3");
        assertThatThrownBy(() -> Parallel.map(List.of(1, 2, 3, 4), 2, i -> {
            if (i == 3) {
                throw boom;
            }
            return i;
        })).isSameAs(boom);
        assertThatThrownBy(() -> Parallel.map(List.of(1, 2), 2, i -> {
            throw new StackOverflowError();
        })).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(StackOverflowError.class);
    }

    @Test
    void mapRunsWithTheCallersContextClassLoader() {
        ClassLoader mine = new ClassLoader(getClass().getClassLoader()) { };
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(mine);
        try {
            assertThat(Parallel.map(List.of(1, 2, 3), 2, i -> Thread.currentThread().getContextClassLoader()))
                    .containsOnly(mine);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
