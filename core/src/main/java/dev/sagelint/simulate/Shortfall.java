package dev.sagelint.simulate;

import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.model.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a declared spike costs a scaling configuration, in one sentence a rule message can quote
 * (SL116): the spike from the profile's baseline to its peak is replayed through the target's floor
 * and its InvocationsPerInstance policy.
 */
public final class Shortfall {

    static final int BEFORE = 30;
    static final int SPIKE = 60;
    static final int AFTER = 30;

    private Shortfall() {
    }

    /**
     * A short text such as "the simulated spike from 10 to 200 req/s leaves 7 minutes under-provisioned
     * and 31% of its requests above capacity"; "" when the facts do not say enough to simulate
     * (no peak, no capacity figure, no bounds). {@code policy} and {@code variant} may be null.
     */
    public static String forSpike(TrafficProfile profile, ScalableTarget target, ScalingPolicy policy,
                                  Variant variant) {
        SimulationResult r = simulate(profile, target, policy, variant);
        if (r == null) {
            return "";
        }
        var t = r.totals();
        double peak = profile.peakRps();
        double base = baseline(profile);
        return String.format(Locale.ROOT, "the simulated spike from %s to %s req/s leaves %d minute%s"
                        + " under-provisioned and %s%% of its requests above capacity",
                Traffic.fmt(base), Traffic.fmt(peak), t.minutesUnderProvisioned(),
                t.minutesUnderProvisioned() == 1 ? "" : "s",
                Traffic.fmt(Math.round(t.shareAboveCapacity() * 100)));
    }

    /**
     * For a DRL consequence that has collected the target's policies: the sentence for the one
     * InvocationsPerInstance target-tracking policy (or none), "" when another kind of policy is
     * present (it would scale in ways this replay does not model, so quoting it would mislead).
     */
    public static String forSpike(TrafficProfile profile, ScalableTarget target, List<?> policies) {
        ScalingPolicy modelled = null;
        for (Object o : policies) {
            if (!(o instanceof ScalingPolicy p)) {
                continue;
            }
            if (modelled != null || !modelledPolicy(p)) {
                return "";
            }
            modelled = p;
        }
        return forSpike(profile, target, modelled, null);
    }

    /** {@link #forSpike(TrafficProfile, ScalableTarget, List)} as a clause to append: "; the simulated ..." or "". */
    public static String clause(TrafficProfile profile, ScalableTarget target, List<?> policies) {
        String text = forSpike(profile, target, policies);
        return text.isEmpty() ? "" : "; " + text;
    }

    private static boolean modelledPolicy(ScalingPolicy p) {
        return p.targetTracking() && p.targetValue() != null && p.targetValue() > 0
                && "SageMakerVariantInvocationsPerInstance".equals(p.predefinedMetric());
    }

    /** The replay behind {@link #forSpike}, or null when the facts do not say enough. */
    public static SimulationResult simulate(TrafficProfile profile, ScalableTarget target, ScalingPolicy policy,
                                            Variant variant) {
        if (profile == null || profile.peakRps() == null || profile.peakRps() <= 0 || target == null
                || target.minCapacity() == null) {
            return null;
        }
        int min = target.minCapacity();
        int max = target.maxCapacity() == null ? Math.max(min, 1) : Math.max(min, target.maxCapacity());
        List<ScalingSetup.TrackingPolicy> tracking = new ArrayList<>();
        if (policy != null && modelledPolicy(policy)) {
            tracking.add(new ScalingSetup.TrackingPolicy(policy.name() == null ? "target-tracking" : policy.name(),
                    ScalingSetup.Metric.INVOCATIONS_PER_INSTANCE, policy.targetValue(),
                    policy.scaleOutCooldown() == null ? Simulator.DEFAULT_COOLDOWN_SECONDS : policy.scaleOutCooldown(),
                    policy.scaleInCooldown() == null ? Simulator.DEFAULT_COOLDOWN_SECONDS : policy.scaleInCooldown(),
                    Boolean.TRUE.equals(policy.disableScaleIn())));
        }
        double capacity = profile.instanceCapacityRps() != null ? profile.instanceCapacityRps()
                : tracking.isEmpty() ? 0 : tracking.get(0).targetValue() / 60 / Setups.SAFETY_FACTOR;
        if (!(capacity > 0)) {
            return null;
        }
        String type = variant == null ? null : variant.instanceType();
        ScalingSetup setup = new ScalingSetup(target.endpointName(), target.variantName(), type, min, min, max,
                tracking, List.of(), List.of(), Boolean.TRUE.equals(target.scaleInSuspended()),
                Boolean.TRUE.equals(target.scaleOutSuspended()), false, List.of());
        double base = baseline(profile);
        List<Double> rps = new ArrayList<>();
        for (int m = 0; m < BEFORE + SPIKE + AFTER; m++) {
            rps.add(m >= BEFORE && m < BEFORE + SPIKE ? profile.peakRps() : base);
        }
        Assumptions a = new Assumptions(capacity, profile.instanceCapacityRps() != null ? "declared" : "from target",
                InstanceFamilies.warmupMinutes(type), "estimate", null, "none", 1.0);
        return Simulator.run(setup, new Traffic(rps, "spike"), a);
    }

    private static double baseline(TrafficProfile p) {
        return p.baselineRps() != null ? Math.min(p.baselineRps(), p.peakRps()) : p.peakRps() / 4;
    }
}
