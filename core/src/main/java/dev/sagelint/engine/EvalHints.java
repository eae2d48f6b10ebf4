package dev.sagelint.engine;

import java.lang.reflect.Field;

/**
 * Drools logs a performance hint ("Consider placing the constraint in the pattern") for each of the
 * first ten {@code eval}s that use an earlier pattern's bindings, every time a KieBase is built. Our
 * evals are deliberate (collection predicates the executable model cannot compile inside a pattern),
 * and under Maven the hints land in the user's build log as warnings about sagelint's own rules.
 * Drools stops after its counter reaches ten; starting the counter there silences the hint without
 * touching any other Drools logging. Harmless when the field is not there (another Drools version).
 */
final class EvalHints {

    private static final long DROOLS_LIMIT = 11;

    private EvalHints() {
    }

    static void silence() {
        try {
            Field counter = Class.forName("org.drools.base.rule.EvalCondition").getDeclaredField("warnLogCounter");
            counter.setAccessible(true);
            synchronized (EvalHints.class) {
                if (counter.getLong(null) < DROOLS_LIMIT) {
                    counter.setLong(null, DROOLS_LIMIT);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a different Drools build: the hints are noise, not an error
        }
    }
}
