package dev.sagelint.rules.support;

import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;

/** What a transition rule reports: where, how severe, and the message ({@link Changes}). */
public record ChangeReport(Severity severity, Location at, String message) {
}
