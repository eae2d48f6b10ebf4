package dev.sagelint.model;

/**
 * A SageMaker training job definition.
 *
 * @param managedSpot        EnableManagedSpotTraining, null when not written
 * @param maxRuntimeSeconds  StoppingCondition.MaxRuntimeInSeconds, null when not written
 * @param maxWaitSeconds     StoppingCondition.MaxWaitTimeInSeconds, null when not written
 * @param checkpointS3Uri    CheckpointConfig.S3Uri, null when not written
 */
public record TrainingJob(String key, String name, Boolean managedSpot, Integer maxRuntimeSeconds,
                          Integer maxWaitSeconds, String checkpointS3Uri, Source source) implements Fact {

    /** The fields of {@link TrainingJob} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        MANAGED_SPOT("managedSpot", "EnableManagedSpotTraining"),
        MAX_WAIT_SECONDS("maxWaitSeconds", "MaxWaitTimeInSeconds"),
        NAME(Names.ownName("name", "TrainingJobName")),
        MAX_RUNTIME_SECONDS("maxRuntimeSeconds", "MaxRuntimeInSeconds"),
        CHECKPOINT_S3_URI("checkpointS3Uri", "CheckpointConfig.S3Uri");

        private final Names names;

        Field(String key) {
            this.names = Names.of(key);
        }

        Field(String key, String awsName) {
            this.names = new Names(key, awsName);
        }

        Field(Names names) {
            this.names = names;
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
