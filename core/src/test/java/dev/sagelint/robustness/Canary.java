package dev.sagelint.robustness;

/** A class a YAML global tag names: if any parser ever loads or constructs it, {@link #TRIPPED} says so. */
public final class Canary {

    static {
        Tripwire.TRIPPED.set(true);
    }

    public Canary() {
        Tripwire.TRIPPED.set(true);
    }

    /** Held apart from {@link Canary} so that checking it does not load the canary. */
    static final class Tripwire {
        static final java.util.concurrent.atomic.AtomicBoolean TRIPPED = new java.util.concurrent.atomic.AtomicBoolean();

        private Tripwire() {
        }
    }
}
