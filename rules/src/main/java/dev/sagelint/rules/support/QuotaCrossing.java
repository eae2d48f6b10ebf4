package dev.sagelint.rules.support;

import dev.sagelint.model.Location;

/**
 * Where a running total of allocated concurrency first exceeds a declared quota (SL211).
 *
 * @param at      where the variant that crosses the quota writes its concurrency
 * @param total   the sum over every variant with a known value
 * @param summary "chat 8 + search 5" for the message
 */
public record QuotaCrossing(Location at, int total, String summary) {
}
