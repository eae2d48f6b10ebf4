package dev.sagelint.model;

/** ProductionVariant.ServerlessConfig; each value null when not written. */
public record ServerlessConfig(Integer memorySizeInMb, Integer maxConcurrency, Integer provisionedConcurrency,
                               Source source) {

    /** The fields of {@link ServerlessConfig} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        MEMORY_SIZE_IN_MB("memorySizeInMB"),
        MAX_CONCURRENCY("maxConcurrency"),
        PROVISIONED_CONCURRENCY("provisionedConcurrency");

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
