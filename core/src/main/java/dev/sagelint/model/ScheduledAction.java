package dev.sagelint.model;

/**
 * A scheduled action on a scalable target.
 *
 * @param targetKey key of the {@link ScalableTarget} it belongs to, null when not in scope
 */
public record ScheduledAction(String key, String targetKey, String name, String schedule, String timezone,
                              Integer minCapacity, Integer maxCapacity, Source source) implements Fact {
}
