package dev.sagelint.model;

/** ProductionVariant.ServerlessConfig; each value null when not written. */
public record ServerlessConfig(Integer memorySizeInMb, Integer maxConcurrency, Integer provisionedConcurrency,
                               Source source) {

    /** The fields of {@link ServerlessConfig} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        MEMORY_SIZE_IN_MB("memorySizeInMB"),
        MAX_CONCURRENCY("maxConcurrency"),
        PROVISIONED_CONCURRENCY("provisionedConcurrency");

        private final String key;
        private final String awsName;

        Field(String key) {
            this(key, FactField.pascal(key));
        }

        Field(String key, String awsName) {
            this.key = key;
            this.awsName = awsName;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String awsName() {
            return awsName;
        }
    }
}
