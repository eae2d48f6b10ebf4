package dev.sagelint.model;

/**
 * What a Terraform {@code aws_appautoscaling_policy} writes beyond the common {@link ScalingPolicy}:
 * which configuration blocks it has and the {@code policy_type} as written, because the provider
 * defaults a missing policy_type to StepScaling.
 *
 * @param policyKey           key of the {@link ScalingPolicy} fact of the same resource
 * @param targetTrackingBlock true when it has target_tracking_scaling_policy_configuration
 * @param stepBlock           true when it has step_scaling_policy_configuration
 * @param policyType          policy_type as written, null when absent or unknown (see source)
 */
public record TerraformScalingPolicy(String key, String policyKey, boolean targetTrackingBlock, boolean stepBlock,
                                     String policyType, Source source) implements Fact {

    /** The fields of {@link TerraformScalingPolicy} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        POLICY_TYPE("policyType"),
        TARGET_TRACKING("targetTracking", "TargetTrackingScalingPolicyConfiguration"),
        STEP("step", "StepScalingPolicyConfiguration");

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
