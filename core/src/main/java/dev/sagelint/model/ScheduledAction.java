package dev.sagelint.model;

/**
 * A scheduled action on a scalable target.
 *
 * @param targetKey key of the {@link ScalableTarget} it belongs to, null when not in scope
 */
public record ScheduledAction(String key, String targetKey, String name, String schedule, String timezone,
                              Integer minCapacity, Integer maxCapacity, Source source) implements Fact {

    /** The fields of {@link ScheduledAction} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        NAME("name", "ScheduledActionName"),
        SCHEDULE("schedule"),
        TIMEZONE("timezone"),
        MIN_CAPACITY("minCapacity"),
        MAX_CAPACITY("maxCapacity"),
        SCALABLE_TARGET_ACTION("scalableTargetAction");

        private final Names names;

        Field(String key) {
            this.names = Names.of(key);
        }

        Field(String key, String awsName) {
            this.names = new Names(key, awsName);
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
