package dev.sagelint.simulate;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.Fact;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.StepAdjustment;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.model.Variant;
import dev.sagelint.simulate.ScalingSetup.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a variant's scaling configuration out of the model, whatever format it came from. */
public final class Setups {

    /** AWS's load-test guidance: target = max requests per instance x safety factor, starting at 0.5 (DG:endpoint-scaling-loadtest). */
    public static final double SAFETY_FACTOR = 0.5;

    private Setups() {
    }

    /** The endpoint, the variant and its deployment, found by name across deployments. */
    public record Selected(Deployment deployment, Endpoint endpoint, Variant variant) {
    }

    /**
     * The endpoint named {@code endpoint}: its EndpointName first, else its key in the input (a
     * CloudFormation logical id, a Terraform resource address such as {@code aws_sagemaker_endpoint.this}).
     */
    public static Selected select(List<Deployment> deployments, String endpointName, String variantName) {
        List<String> seen = new ArrayList<>();
        for (boolean byKey : new boolean[] {false, true}) {
            for (Deployment d : deployments) {
                for (Endpoint e : only(d, Endpoint.class)) {
                    if (!byKey) {
                        seen.add(e.name() != null ? e.name() : e.key());
                    }
                    if (endpointName.equals(byKey ? e.key() : e.name())) {
                        return new Selected(d, e, variant(d, e, variantName));
                    }
                }
            }
        }
        throw new SimulationException("no endpoint named '" + endpointName + "' in the inputs (give an EndpointName,"
                + " a CloudFormation logical id or a Terraform resource address)"
                + (seen.isEmpty() ? "; they declare no endpoint" : "; found: " + String.join(", ", seen)));
    }

    /** The variant's scalable target on DesiredInstanceCount, if it has one. */
    public static Optional<ScalableTarget> target(Selected s) {
        return only(s.deployment(), ScalableTarget.class).stream()
                .filter(t -> s.variant().key().equals(t.variantKey()) && ScalableTarget.INSTANCE_COUNT.equals(t.dimension()))
                .findFirst();
    }

    private static Variant variant(Deployment d, Endpoint e, String name) {
        List<Variant> variants = only(d, Variant.class).stream()
                .filter(v -> !v.shadow() && v.configKey().equals(e.configKey())).toList();
        if (name != null) {
            return variants.stream().filter(v -> name.equals(v.name())).findFirst()
                    .orElseThrow(() -> new SimulationException("endpoint " + e.name() + " has no variant '" + name
                            + "'; found: " + String.join(", ", variants.stream().map(Variant::name).toList())));
        }
        if (variants.size() != 1) {
            throw new SimulationException("endpoint " + e.name() + " has " + variants.size() + " variants; pick one"
                    + " with --variant (" + String.join(", ", variants.stream().map(Variant::name).toList()) + ")");
        }
        return variants.get(0);
    }

    /** The scaling configuration of the selected variant; what cannot be simulated is listed in the notes. */
    public static ScalingSetup of(Selected s) {
        Deployment d = s.deployment();
        Variant v = s.variant();
        List<String> notes = new ArrayList<>();
        Optional<ScalableTarget> target = target(s);
        int initial = v.initialInstanceCount() == null ? 1 : v.initialInstanceCount();
        if (v.initialInstanceCount() == null) {
            notes.add("InitialInstanceCount unknown; starting from 1 instance");
        }
        if (target.isEmpty()) {
            notes.add("no scalable target on sagemaker:variant:DesiredInstanceCount: capacity fixed at " + initial);
            return new ScalingSetup(s.endpoint().name(), v.name(), v.instanceType(), initial, initial, initial,
                    List.of(), List.of(), List.of(), false, false, false, notes);
        }
        ScalableTarget t = target.get();
        int min = t.minCapacity() != null ? t.minCapacity() : initial;
        int max = t.maxCapacity() != null ? t.maxCapacity() : Math.max(min, initial);
        if (t.minCapacity() == null || t.maxCapacity() == null) {
            notes.add("MinCapacity or MaxCapacity unknown; using " + min + " and " + max);
        }
        List<ScalingSetup.TrackingPolicy> tracking = new ArrayList<>();
        List<ScalingSetup.StepPolicy> steps = new ArrayList<>();
        for (ScalingPolicy p : only(d, ScalingPolicy.class)) {
            if (!t.key().equals(p.targetKey())) {
                continue;
            }
            String name = p.name() == null ? (p.targetTracking() ? "target-tracking" : "step-scaling") : p.name();
            if (p.targetTracking()) {
                tracking(p, name, notes).ifPresent(tracking::add);
            } else if (p.step()) {
                step(d, p, name, notes).ifPresent(steps::add);
            } else {
                notes.add("policy " + name + " of type " + p.policyType() + " is not simulated");
            }
        }
        List<ScalingSetup.ScheduledChange> scheduled = new ArrayList<>();
        for (ScheduledAction a : only(d, ScheduledAction.class)) {
            if (!t.key().equals(a.targetKey())) {
                continue;
            }
            String name = a.name() == null ? a.key() : a.name();
            try {
                scheduled.add(new ScalingSetup.ScheduledChange(name, a.schedule(),
                        Schedule.parse(a.schedule(), a.timezone()), a.minCapacity(), a.maxCapacity()));
            } catch (SimulationException e) {
                notes.add("scheduled action " + name + " ignored: " + e.getMessage());
            }
        }
        return new ScalingSetup(s.endpoint().name(), v.name(), v.instanceType(), initial, min, Math.max(min, max),
                tracking, steps, scheduled, Boolean.TRUE.equals(t.scaleInSuspended()),
                Boolean.TRUE.equals(t.scaleOutSuspended()), Boolean.TRUE.equals(t.scheduledSuspended()), notes);
    }

    private static Optional<ScalingSetup.TrackingPolicy> tracking(ScalingPolicy p, String name, List<String> notes) {
        Metric metric = switch (p.predefinedMetric() == null ? "" : p.predefinedMetric()) {
            case "SageMakerVariantInvocationsPerInstance" -> Metric.INVOCATIONS_PER_INSTANCE;
            case "SageMakerVariantConcurrentRequestsPerModelHighResolution" -> Metric.CONCURRENT_REQUESTS_PER_MODEL;
            default -> null;
        };
        if (metric == null) {
            notes.add("policy " + name + " tracks " + (p.metricName() == null ? "an unknown metric" : p.metricName())
                    + ", which the simulator cannot derive from request traffic; it is left out");
            return Optional.empty();
        }
        if (p.targetValue() == null || p.targetValue() <= 0) {
            notes.add("policy " + name + " has no usable TargetValue; it is left out");
            return Optional.empty();
        }
        int out = p.scaleOutCooldown() != null ? p.scaleOutCooldown() : Simulator.DEFAULT_COOLDOWN_SECONDS;
        int in = p.scaleInCooldown() != null ? p.scaleInCooldown() : Simulator.DEFAULT_COOLDOWN_SECONDS;
        if (p.scaleOutCooldown() == null || p.scaleInCooldown() == null) {
            notes.add("policy " + name + ": unset cooldowns default to " + Simulator.DEFAULT_COOLDOWN_SECONDS + " s");
        }
        return Optional.of(new ScalingSetup.TrackingPolicy(name, metric, p.targetValue(), out, in,
                Boolean.TRUE.equals(p.disableScaleIn())));
    }

    private static Optional<ScalingSetup.StepPolicy> step(Deployment d, ScalingPolicy p, String name,
                                                           List<String> notes) {
        Optional<Alarm> alarm = only(d, Alarm.class).stream().filter(a -> a.policyKeys().contains(p.key()))
                .findFirst();
        if (alarm.isEmpty() || alarm.get().threshold() == null || alarm.get().metric() == null) {
            notes.add("step policy " + name + " has no alarm with a metric and threshold in the inputs; left out");
            return Optional.empty();
        }
        String metricName = alarm.get().metric().name();
        Metric metric = "InvocationsPerInstance".equals(metricName) ? Metric.INVOCATIONS_PER_INSTANCE
                : "Invocations".equals(metricName) ? Metric.INVOCATIONS : null;
        if (metric == null) {
            notes.add("step policy " + name + " is driven by " + metricName
                    + ", which the simulator cannot derive from request traffic; left out");
            return Optional.empty();
        }
        List<ScalingSetup.Step> steps = new ArrayList<>();
        for (StepAdjustment s : p.stepAdjustments()) {
            if (s.scalingAdjustment() != null) {
                steps.add(new ScalingSetup.Step(s.lowerBound(), s.upperBound(), s.scalingAdjustment()));
            }
        }
        int cooldown = p.cooldown() != null ? p.cooldown() : Simulator.DEFAULT_STEP_COOLDOWN_SECONDS;
        return Optional.of(new ScalingSetup.StepPolicy(name, metric, alarm.get().threshold(),
                p.adjustmentType() == null ? "ChangeInCapacity" : p.adjustmentType(), steps, cooldown,
                p.minAdjustmentMagnitude()));
    }

    /**
     * Resolves the figures AWS does not record: per-instance capacity (the user's load-test figure,
     * else the declared profile's, else derived from the target value), the warm-up delay and the price.
     */
    public static Assumptions assumptions(ScalingSetup setup, TrafficProfile profile, Double capacityRps,
                                          Integer warmupMinutes, PriceTable prices, double latencySeconds) {
        double capacity;
        String capacitySource;
        if (capacityRps != null) {
            capacity = capacityRps;
            capacitySource = "given (load test)";
        } else if (profile != null && profile.instanceCapacityRps() != null) {
            capacity = profile.instanceCapacityRps();
            if (!(capacity >= Assumptions.MIN_CAPACITY_RPS && capacity <= Traffic.MAX_RPS)) {
                // the parsers let any number through; the place is where the user wrote it
                throw new SimulationException(profile.source().location() + ": the declared traffic profile has"
                        + " instanceCapacityRps " + capacity + "; simulate needs a finite number between "
                        + Assumptions.MIN_CAPACITY_RPS + " and " + Traffic.fmt(Traffic.MAX_RPS) + " req/s");
            }
            capacitySource = "declared traffic profile instanceCapacityRps (load test)";
        } else {
            capacity = fromTarget(setup, latencySeconds);
            capacitySource = capacity > 0 ? "derived from the target value: target = max requests per instance x "
                    + SAFETY_FACTOR + " (DG:endpoint-scaling-loadtest), so capacity = target / 60 / " + SAFETY_FACTOR
                    : "unknown";
        }
        if (!(capacity > 0)) {
            throw new SimulationException("per-instance capacity unknown: no load-test figure (--capacity or"
                    + " traffic.instanceCapacityRps) and no target-tracking policy to derive it from");
        }
        int warmup = warmupMinutes != null ? warmupMinutes : InstanceFamilies.warmupMinutes(setup.instanceType());
        String warmupSource = warmupMinutes != null ? "given" : "estimate for the "
                + (setup.instanceType() == null ? "unknown" : InstanceFamilies.family(setup.instanceType()))
                + " family (AWS publishes no figure)";
        Optional<Double> price = prices.priceOf(setup.instanceType());
        return new Assumptions(capacity, capacitySource, warmup, warmupSource, price.orElse(null),
                price.isPresent() ? prices.source() : "no price for " + setup.instanceType() + " in " + prices.source(),
                latencySeconds);
    }

    private static double fromTarget(ScalingSetup setup, double latencySeconds) {
        for (ScalingSetup.TrackingPolicy p : setup.tracking()) {
            if (p.metric() == Metric.INVOCATIONS_PER_INSTANCE) {
                return p.targetValue() / 60 / SAFETY_FACTOR;
            }
            if (p.metric() == Metric.CONCURRENT_REQUESTS_PER_MODEL) {
                return p.targetValue() / latencySeconds / SAFETY_FACTOR;
            }
        }
        return 0;
    }

    static <T> List<T> only(Deployment d, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Fact f : d.facts()) {
            if (type.isInstance(f)) {
                out.add(type.cast(f));
            }
        }
        return out;
    }
}
