package dev.sagelint.config;

import dev.sagelint.model.Location;

/**
 * A usage or configuration error: an unknown key or rule id in {@code .sagelint.yaml}, a bad value,
 * a missing input or baseline. Front ends print {@link #getMessage()} (which starts with
 * {@code file:line:column:} when there is a location) and exit with code 2; never a stack trace.
 */
public final class ConfigException extends RuntimeException {

    private final transient Location location;

    public ConfigException(String message) {
        super(message);
        this.location = null;
    }

    public ConfigException(Location location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.location = null;
    }

    /** Where the problem is, or null for a problem without a place (a missing file). */
    public Location location() {
        return location;
    }
}
