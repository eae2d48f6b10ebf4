package dev.sagelint.rules.support;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.Source;
import dev.sagelint.model.StepAdjustment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the step-scaling rules (SL104, SL106, SL107, SL108, SL109, SL111) ask of a step policy, kept out of DRL so
 * the checks are unit-tested. The bound rules are those of the Application Auto Scaling API (StepAdjustment and
 * StepScalingPolicyConfiguration docs, and the 20-step quota).
 */
public final class StepScaling {

    /** The most step adjustments one policy may have (Application Auto Scaling quota, not adjustable). */
    public static final int MAX_STEPS = 20;
    public static final Set<String> ADJUSTMENT_TYPES = Set.of("ChangeInCapacity", "PercentChangeInCapacity",
            "ExactCapacity");
    /** Alarm metrics of the documented scale-from-zero step policies (async and inference components). */
    public static final Set<String> SCALE_FROM_ZERO_METRICS = Set.of("HasBacklogWithoutCapacity",
            "NoCapacityInvocationFailures");

    private StepScaling() {
    }

    /**
     * True for a step policy written as one: its type is StepScaling and it carries no target-tracking settings.
     * Terraform's policy_type defaults to StepScaling, so a target-tracking block without policy_type reads as a
     * step policy; that mistake is SL704's, and the step rules stay silent about it.
     */
    public static boolean writtenAsStep(ScalingPolicy p) {
        return p != null && p.step() && p.targetValue() == null && p.predefinedMetric() == null
                && p.customMetric() == null && !p.source().isSet(ScalingPolicy.Field.TARGET_VALUE);
    }

    /** Every problem SL108 reports for the policy; empty when it is not a step policy or its steps are unknown. */
    public static List<Problem> problems(ScalingPolicy p) {
        List<Problem> out = new ArrayList<>();
        if (!writtenAsStep(p)) {
            return out;
        }
        Source src = p.source();
        String type = p.adjustmentType();
        if (type == null && !src.isUnknown(ScalingPolicy.Field.ADJUSTMENT_TYPE)) {
            out.add(new Problem(p.location(), "step policy" + named(p) + " has no AdjustmentType; PutScalingPolicy"
                    + " requires it when the policy is created. Set ChangeInCapacity, PercentChangeInCapacity or"
                    + " ExactCapacity"));
        } else if (type != null && !ADJUSTMENT_TYPES.contains(type)) {
            out.add(new Problem(src.at(ScalingPolicy.Field.ADJUSTMENT_TYPE), "AdjustmentType is '" + type + "'; expected"
                    + " ChangeInCapacity, PercentChangeInCapacity or ExactCapacity"));
        }
        if (p.minAdjustmentMagnitude() != null && !"PercentChangeInCapacity".equals(type) && type != null) {
            out.add(new Problem(src.at(ScalingPolicy.Field.MIN_ADJUSTMENT_MAGNITUDE), "MinAdjustmentMagnitude is set while AdjustmentType"
                    + " is " + type + "; it applies only to PercentChangeInCapacity. Remove it or switch the type"));
        }
        if (src.isUnknown(ScalingPolicy.Field.STEP_ADJUSTMENTS)) {
            return out;
        }
        List<StepAdjustment> steps = p.stepAdjustments();
        if (steps.isEmpty()) {
            out.add(new Problem(src.at(ScalingPolicy.Field.STEP_ADJUSTMENTS), "step policy" + named(p) + " has no StepAdjustments; it needs at"
                    + " least 1 (at most " + MAX_STEPS + "). Add a step such as {MetricIntervalLowerBound: 0,"
                    + " ScalingAdjustment: 1}"));
            return out;
        }
        if (steps.size() > MAX_STEPS) {
            out.add(new Problem(src.at(ScalingPolicy.Field.STEP_ADJUSTMENTS), "step policy" + named(p) + " has " + steps.size()
                    + " StepAdjustments; Application Auto Scaling allows at most " + MAX_STEPS
                    + " per policy. Merge steps or split the policy"));
        }
        int nullLower = 0;
        int nullUpper = 0;
        boolean negativeLower = false;
        boolean positiveUpper = false;
        for (StepAdjustment s : steps) {
            if (s.lowerBound() == null) {
                nullLower++;
            } else if (s.lowerBound() < 0) {
                negativeLower = true;
            }
            if (s.upperBound() == null) {
                nullUpper++;
            } else if (s.upperBound() > 0) {
                positiveUpper = true;
            }
            if (s.lowerBound() == null && s.upperBound() == null) {
                out.add(new Problem(s.location(), "this step has neither MetricIntervalLowerBound nor"
                        + " MetricIntervalUpperBound; a step may leave only one of them open. Set the bound that"
                        + " separates it from the alarm threshold (0 for a step starting at the threshold)"));
            } else if (s.lowerBound() != null && s.upperBound() != null && s.upperBound() <= s.lowerBound()) {
                out.add(new Problem(s.location(), "this step's MetricIntervalUpperBound " + num(s.upperBound())
                        + " is not greater than its MetricIntervalLowerBound " + num(s.lowerBound())
                        + "; the upper bound must be greater. Swap or fix the bounds"));
            }
            if ("ExactCapacity".equals(type) && s.scalingAdjustment() != null && s.scalingAdjustment() < 0) {
                out.add(new Problem(s.location(), "ScalingAdjustment " + s.scalingAdjustment() + " with AdjustmentType"
                        + " ExactCapacity; an exact capacity cannot be negative. Use a value >= 0, or"
                        + " ChangeInCapacity to remove instances"));
            }
        }
        if (nullLower > 1) {
            out.add(new Problem(src.at(ScalingPolicy.Field.STEP_ADJUSTMENTS), nullLower + " steps have no MetricIntervalLowerBound; at most one"
                    + " may leave it open (the lowest range). Give the others a lower bound"));
        }
        if (nullUpper > 1) {
            out.add(new Problem(src.at(ScalingPolicy.Field.STEP_ADJUSTMENTS), nullUpper + " steps have no MetricIntervalUpperBound; at most one"
                    + " may leave it open (the highest range). Give the others an upper bound"));
        }
        if (negativeLower && nullLower == 0) {
            out.add(new Problem(src.at(ScalingPolicy.Field.STEP_ADJUSTMENTS), "a step has a negative MetricIntervalLowerBound but no step leaves"
                    + " the lower bound open; with a negative bound one step must have no lower bound. Add it"));
        }
        if (positiveUpper && nullUpper == 0) {
            out.add(new Problem(src.at(ScalingPolicy.Field.STEP_ADJUSTMENTS), "a step has a positive MetricIntervalUpperBound but no step leaves"
                    + " the upper bound open; with a positive bound one step must have no upper bound, or metric"
                    + " values above it match no step. Add it"));
        }
        out.addAll(rangeProblems(steps));
        return out;
    }

    /** Overlaps and gaps between consecutive ranges, ordered by their lower bounds (open = minus infinity). */
    private static List<Problem> rangeProblems(List<StepAdjustment> steps) {
        List<Problem> out = new ArrayList<>();
        List<StepAdjustment> sorted = steps.stream()
                .filter(s -> s.lowerBound() != null || s.upperBound() != null)
                .filter(s -> s.lowerBound() == null || s.upperBound() == null || s.upperBound() > s.lowerBound())
                .sorted(Comparator.comparingDouble(s -> s.lowerBound() == null ? Double.NEGATIVE_INFINITY
                        : s.lowerBound()))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            StepAdjustment prev = sorted.get(i - 1);
            StepAdjustment next = sorted.get(i);
            double end = prev.upperBound() == null ? Double.POSITIVE_INFINITY : prev.upperBound();
            double start = next.lowerBound() == null ? Double.NEGATIVE_INFINITY : next.lowerBound();
            if (end > start) {
                out.add(new Problem(next.location(), "this step's range starts at " + bound(next.lowerBound(), "-inf")
                        + " but the previous range runs to " + bound(prev.upperBound(), "+inf")
                        + ": the ranges overlap. Make each lower bound equal the previous upper bound"));
            } else if (end < start) {
                out.add(new Problem(next.location(), "this step's range starts at " + num(start)
                        + " but the previous range ends at " + num(end) + ": metric values in between match no"
                        + " step. Make each lower bound equal the previous upper bound"));
            }
        }
        return out;
    }

    /** True when an alarm on a scale-from-zero metric (HasBacklogWithoutCapacity, NoCapacityInvocationFailures) fires the policy. */
    public static boolean scaleFromZero(ScalingPolicy p, List<?> alarms) {
        if (p == null || alarms == null) {
            return false;
        }
        for (Object o : alarms) {
            if (o instanceof Alarm a && a.policyKeys().contains(p.key()) && a.metric() != null
                    && a.metric().name() != null && SCALE_FROM_ZERO_METRICS.contains(a.metric().name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the policy is known not to be a scale-from-zero policy: at least one alarm in scope fires it,
     * every such alarm names its metric (a metric-math alarm does not), and none is a scale-from-zero metric.
     */
    public static boolean knownNotScaleFromZero(ScalingPolicy p, List<?> alarms) {
        if (p == null || alarms == null) {
            return false;
        }
        boolean any = false;
        for (Object o : alarms) {
            if (o instanceof Alarm a && a.policyKeys().contains(p.key())) {
                if (a.metric() == null || a.metric().name() == null || a.metric().source().isUnknown(MetricSpec.Field.NAME)) {
                    return false;
                }
                any = true;
            }
        }
        return any && !scaleFromZero(p, alarms);
    }

    /** The first step that removes capacity (ScalingAdjustment &lt; 0, not ExactCapacity), or null. */
    public static StepAdjustment firstNegative(ScalingPolicy p) {
        if (p == null || !p.step() || "ExactCapacity".equals(p.adjustmentType())) {
            return null;
        }
        return p.stepAdjustments().stream()
                .filter(s -> s.scalingAdjustment() != null && s.scalingAdjustment() < 0)
                .findFirst().orElse(null);
    }

    /**
     * True when the step policy may lower capacity: a negative adjustment, ExactCapacity, or steps or an
     * adjustment sagelint cannot read. Used by SL111, where a possible path is enough to stay silent.
     */
    public static boolean mayScaleIn(ScalingPolicy p) {
        if (p == null || !p.step()) {
            return false;
        }
        if (p.source().isUnknown(ScalingPolicy.Field.STEP_ADJUSTMENTS)
                || p.source().isUnknown(ScalingPolicy.Field.ADJUSTMENT_TYPE) || "ExactCapacity".equals(p.adjustmentType())) {
            return true;
        }
        return p.stepAdjustments().stream().anyMatch(s -> s.scalingAdjustment() == null || s.scalingAdjustment() < 0);
    }

    /**
     * True when the step policy may add capacity: a positive or unknown adjustment (with ExactCapacity a positive
     * value may lie above the current count; ExactCapacity 0 only scales in), or steps sagelint cannot read.
     */
    public static boolean mayScaleOut(ScalingPolicy p) {
        if (p == null || !p.step()) {
            return false;
        }
        if (p.stepAdjustments().isEmpty()) {
            return true;
        }
        return p.stepAdjustments().stream().anyMatch(s -> s.scalingAdjustment() == null || s.scalingAdjustment() > 0);
    }

    private static String named(ScalingPolicy p) {
        return p.name() == null ? "" : " " + p.name();
    }

    private static String bound(Double value, String open) {
        return value == null ? open : num(value);
    }

    static String num(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "+inf" : "-inf";
        }
        return SpikeShortfall.number(value);
    }
}
