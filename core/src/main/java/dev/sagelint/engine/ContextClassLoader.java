package dev.sagelint.engine;

import java.util.function.Supplier;

/**
 * Runs Drools calls with the thread context class loader set. KIE service discovery reads the
 * context loader; on a worker thread or under a Maven plugin realm it is otherwise wrong and
 * sessions fail with "Missing runtime".
 */
final class ContextClassLoader {

    private ContextClassLoader() {
    }

    static <T> T with(ClassLoader loader, Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
