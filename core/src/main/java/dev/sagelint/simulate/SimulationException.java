package dev.sagelint.simulate;

/** A user error in simulator input (traffic, endpoint name, price file): the message says what to fix. */
public final class SimulationException extends RuntimeException {

    public SimulationException(String message) {
        super(message);
    }
}
