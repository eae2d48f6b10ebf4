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

    /** The fields of {@link TransformJob} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        NAME(Names.ownName("name", "TransformJobName")),
        INSTANCE_TYPE("instanceType", "TransformResources.InstanceType"),
        PURCHASE_OPTION("purchaseOption"),
        SPOT_SETTINGS("spotSettings");

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
