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
}
