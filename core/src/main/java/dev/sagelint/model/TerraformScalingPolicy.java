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
}
