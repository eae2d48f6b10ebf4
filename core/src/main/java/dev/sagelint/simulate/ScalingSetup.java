package dev.sagelint.simulate;

import java.util.List;

/**
 * One variant's declared scaling configuration, reduced to what the simulator replays. Built from
 * the model by {@link Setups}, or directly in tests and by the advisor.
 *
 * @param initialInstances InitialInstanceCount (moved inside [min, max] at registration, BOTO-AAS
 *                         RegisterScalableTarget)
 * @param notes            what was ignored or assumed while reading the configuration, quoted in reports
 */
public record ScalingSetup(String endpoint, String variant, String instanceType, int initialInstances,
                           int minCapacity, int maxCapacity, List<TrackingPolicy> tracking, List<StepPolicy> steps,
                           List<ScheduledChange> scheduled, boolean scaleInSuspended, boolean scaleOutSuspended,
                           boolean scheduledSuspended, List<String> notes) {

    public ScalingSetup {
        tracking = List.copyOf(tracking);
        steps = List.copyOf(steps);
        scheduled = List.copyOf(scheduled);
        notes = List.copyOf(notes);
        if (minCapacity < 0 || maxCapacity < minCapacity) {
            throw new SimulationException("capacity bounds must satisfy 0 <= min <= max, got min " + minCapacity
                    + " and max " + maxCapacity);
        }
    }

    /** The metrics the simulator can compute from request traffic alone. */
    public enum Metric {
        /** AWS/SageMaker InvocationsPerInstance, Sum per 1-minute period. */
        INVOCATIONS_PER_INSTANCE("SageMakerVariantInvocationsPerInstance", 60),
        /** ConcurrentRequestsPerModel, published every 10 seconds (high resolution). */
        CONCURRENT_REQUESTS_PER_MODEL("SageMakerVariantConcurrentRequestsPerModelHighResolution", 10),
        /** AWS/SageMaker Invocations, Sum per 1-minute period (step-scaling alarms). */
        INVOCATIONS("Invocations", 60);

        private final String awsName;
        private final int periodSeconds;

        Metric(String awsName, int periodSeconds) {
            this.awsName = awsName;
            this.periodSeconds = periodSeconds;
        }

        public String awsName() {
            return awsName;
        }

        public int periodSeconds() {
            return periodSeconds;
        }

        public boolean highResolution() {
            return periodSeconds < 60;
        }
    }

    /** A target-tracking policy; cooldowns in seconds (defaults already applied). */
    public record TrackingPolicy(String name, Metric metric, double targetValue, int scaleOutCooldown,
                                 int scaleInCooldown, boolean disableScaleIn) {
        public TrackingPolicy {
            if (!(targetValue > 0)) {
                throw new SimulationException("target value of policy " + name + " must be > 0, got " + targetValue);
            }
        }

        public TrackingPolicy withTarget(double newTarget) {
            return new TrackingPolicy(name, metric, newTarget, scaleOutCooldown, scaleInCooldown, disableScaleIn);
        }

        public TrackingPolicy withScaleOutCooldown(int seconds) {
            return new TrackingPolicy(name, metric, targetValue, seconds, scaleInCooldown, disableScaleIn);
        }
    }

    /** One step: bounds relative to the alarm threshold, null when open. */
    public record Step(Double lowerBound, Double upperBound, int adjustment) {
    }

    /** A step-scaling policy and the alarm that invokes it. */
    public record StepPolicy(String name, Metric metric, double threshold, String adjustmentType, List<Step> steps,
                             int cooldown, Integer minAdjustmentMagnitude) {
        public StepPolicy {
            steps = List.copyOf(steps);
        }

        /** A policy whose steps add capacity is driven by a high alarm, otherwise by a low alarm. */
        public boolean scalesOut() {
            if ("ExactCapacity".equals(adjustmentType)) {
                return steps.stream().anyMatch(s -> s.lowerBound() != null && s.lowerBound() >= 0);
            }
            return steps.stream().anyMatch(s -> s.adjustment() > 0);
        }
    }

    /** A scheduled action; min and max null when the action does not set them. */
    public record ScheduledChange(String name, String expression, Schedule schedule, Integer minCapacity,
                                  Integer maxCapacity) {
    }

    public ScalingSetup withBounds(int min, int max) {
        return new ScalingSetup(endpoint, variant, instanceType, initialInstances, min, max, tracking, steps,
                scheduled, scaleInSuspended, scaleOutSuspended, scheduledSuspended, notes);
    }

    public ScalingSetup withTracking(List<TrackingPolicy> policies) {
        return new ScalingSetup(endpoint, variant, instanceType, initialInstances, minCapacity, maxCapacity,
                policies, steps, scheduled, scaleInSuspended, scaleOutSuspended, scheduledSuspended, notes);
    }

    public ScalingSetup withScheduled(List<ScheduledChange> changes) {
        return new ScalingSetup(endpoint, variant, instanceType, initialInstances, minCapacity, maxCapacity,
                tracking, steps, changes, scaleInSuspended, scaleOutSuspended, scheduledSuspended, notes);
    }
}
