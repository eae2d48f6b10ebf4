package dev.sagelint.rules.support;

import dev.sagelint.model.Location;

/**
 * One thing a rule found wrong, and where: what a helper that bundles several checks behind one DRL {@code from}
 * returns (SL108's {@link StepScaling#problems}, SL112's {@link Schedules#problems}), one finding each.
 */
public record Problem(Location location, String message) {
}
