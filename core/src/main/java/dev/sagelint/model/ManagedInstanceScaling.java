package dev.sagelint.model;

/** ProductionVariant.ManagedInstanceScaling; each value null when not written. */
public record ManagedInstanceScaling(String status, Integer minInstanceCount, Integer maxInstanceCount,
                                     Source source) {

    public boolean enabled() {
        return "ENABLED".equals(status);
    }

    /** The fields of {@link ManagedInstanceScaling} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        STATUS("status"),
        MIN_INSTANCE_COUNT("minInstanceCount"),
        MAX_INSTANCE_COUNT("maxInstanceCount");

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
