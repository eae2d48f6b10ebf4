package dev.sagelint.model;

import java.util.List;

/**
 * A SageMaker batch transform job.
 *
 * @param spotSettings every spot-like setting written on the job or its TransformResources
 */
public record TransformJob(String key, String name, String instanceType, List<Setting> spotSettings,
                           Source source) implements Fact {

    public TransformJob {
        spotSettings = List.copyOf(spotSettings);
    }
}
