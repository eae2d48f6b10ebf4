package dev.sagelint.model;

import java.util.List;

/**
 * An Application Auto Scaling policy, target tracking or step.
 *
 * @param targetKey        key of the {@link ScalableTarget} it scales, null when not in scope
 * @param policyType       TargetTrackingScaling or StepScaling (as written or as the format defaults)
 * @param predefinedMetric PredefinedMetricType, null when a custom metric or not written
 * @param customMetric     CustomizedMetricSpecification, null when absent
 * @param scaleInCooldown  seconds, null when not written
 * @param scaleOutCooldown seconds, null when not written
 * @param cooldown         step scaling Cooldown in seconds, null when not written
 * @param declaresResourceId true when the policy writes its own ResourceId (instead of inheriting the target's)
 * @param resourceId       the ResourceId it writes, null when it reaches its target by reference
 */
public record ScalingPolicy(String key, String targetKey, String name, String policyType, Double targetValue,
                            String predefinedMetric, MetricSpec customMetric, Integer scaleInCooldown,
                            Integer scaleOutCooldown, Boolean disableScaleIn, String adjustmentType,
                            Integer cooldown, String metricAggregationType, Integer minAdjustmentMagnitude,
                            List<StepAdjustment> stepAdjustments, boolean declaresResourceId, String resourceId,
                            Source source) implements Fact {

    public static final String TARGET_TRACKING = "TargetTrackingScaling";
    public static final String STEP = "StepScaling";

    public ScalingPolicy {
        stepAdjustments = List.copyOf(stepAdjustments);
    }

    public boolean targetTracking() {
        return TARGET_TRACKING.equals(policyType);
    }

    public boolean step() {
        return STEP.equals(policyType);
    }

    /** The metric name the policy tracks: the predefined type or the custom metric name. */
    public String metricName() {
        if (predefinedMetric != null) {
            return predefinedMetric;
        }
        return customMetric == null ? null : customMetric.name();
    }

    public ScalingPolicy withTargetKey(String newTargetKey) {
        return new ScalingPolicy(key, newTargetKey, name, policyType, targetValue, predefinedMetric, customMetric,
                scaleInCooldown, scaleOutCooldown, disableScaleIn, adjustmentType, cooldown, metricAggregationType,
                minAdjustmentMagnitude, stepAdjustments, declaresResourceId, resourceId, source);
    }

    /** The fields of {@link ScalingPolicy} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        NAME("name", "PolicyName"),
        POLICY_TYPE("policyType"),
        RESOURCE_ID("resourceId"),
        TARGET_VALUE("targetValue"),
        PREDEFINED_METRIC("predefinedMetric", "PredefinedMetricType"),
        SCALE_IN_COOLDOWN("scaleInCooldown"),
        SCALE_OUT_COOLDOWN("scaleOutCooldown"),
        DISABLE_SCALE_IN("disableScaleIn"),
        ADJUSTMENT_TYPE("adjustmentType"),
        COOLDOWN("cooldown"),
        MIN_ADJUSTMENT_MAGNITUDE("minAdjustmentMagnitude"),
        STEP_ADJUSTMENTS("stepAdjustments", "StepAdjustments"),
        TARGET_KEY("targetKey", "ScalingTargetId"),
        TARGET_TRACKING("targetTracking", "TargetTrackingScalingPolicyConfiguration"),
        STEP_SCALING("stepScaling", "StepScalingPolicyConfiguration"),
        CUSTOM_METRIC("customMetric", "CustomizedMetricSpecification"),
        METRIC_AGGREGATION_TYPE("metricAggregationType"),
        ALARM("alarm");

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
