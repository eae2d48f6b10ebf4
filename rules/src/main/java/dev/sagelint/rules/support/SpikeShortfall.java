package dev.sagelint.rules.support;

import dev.sagelint.model.Location;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.simulate.Shortfall;

import java.util.List;
import java.util.Locale;

/**
 * What SL116 reports: the capacity floor in force at the peak serves fewer requests per second than the
 * traffic profile declares for its spike. The arithmetic (which capacity, which floor, how many instances
 * would cover the peak) is here so it is unit-tested; {@link #replay} quotes what the simulator makes of the
 * same spike ({@link Shortfall#clause}), so the rule reads one result. Numbers are as the message shows them.
 *
 * @param floor             the MinCapacity in force at the peak
 * @param floorNote         " (scheduled action NAME)" when a scheduled action raises the floor, else ""
 * @param location          where that MinCapacity is written
 * @param perInstanceRps    requests per second one instance serves
 * @param capacityBasis     where perInstanceRps comes from, in words
 * @param peakRps           the declared peak
 * @param neededMinCapacity the smallest floor that covers the peak
 * @param replay            "; the simulated spike ..." to append, or "" when the simulator cannot replay it
 */
public record SpikeShortfall(int floor, String floorNote, Location location, double perInstanceRps,
                             String capacityBasis, double peakRps, int neededMinCapacity, String replay) {

    /**
     * AWS's load-test guidance: TargetValue = MAX_RPS x 0.5 x 60 (invocations per instance per minute
     * at half of saturation), so one instance serves TargetValue / 30 requests per second at most.
     */
    public static final double TARGET_VALUE_PER_RPS = 0.5 * 60;

    /** Requests per second one instance serves, derived from an InvocationsPerInstance target; null when unknown. */
    public static Double rpsFromInvocationsTarget(Double targetValue) {
        if (targetValue == null || !(targetValue > 0) || targetValue.isInfinite()) {
            return null;
        }
        return targetValue / TARGET_VALUE_PER_RPS;
    }

    /** The smallest instance count whose capacity reaches the peak. */
    public static int instancesFor(double peakRps, double perInstanceRps) {
        if (!(perInstanceRps > 0)) {
            throw new IllegalArgumentException("per-instance capacity must be positive, was " + perInstanceRps);
        }
        double needed = Math.ceil(peakRps / perInstanceRps - 1e-9);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, needed));
    }

    /**
     * The shortfall of the floor at the declared spike; null when the floor covers it or when a number is unknown.
     *
     * <p>The floor is the target's MinCapacity; for a predictable profile (the peak comes at known
     * hours) a scheduled action that raises MinCapacity is in force at the peak, so the highest
     * scheduled MinCapacity counts too. The per-instance capacity is the declared
     * instanceCapacityRps, else derived from the highest InvocationsPerInstance target value.
     *
     * @param traffic            the endpoint's declared profile
     * @param target             the scalable target
     * @param invocationPolicies ScalingPolicy facts on the target (others in the list are ignored)
     * @param scheduledActions   ScheduledAction facts on the target (others are ignored)
     */
    public static SpikeShortfall of(TrafficProfile traffic, ScalableTarget target, List<?> invocationPolicies,
                                    List<?> scheduledActions) {
        if (traffic == null || target == null || traffic.peakRps() == null || !traffic.hasBursts()
                || target.minCapacity() == null || !(traffic.peakRps() > 0)) {
            return null;
        }
        List<?> policies = invocationPolicies == null ? List.of() : invocationPolicies;
        Double perInstance = traffic.instanceCapacityRps();
        String basis = "instanceCapacityRps in the traffic profile";
        if (perInstance == null || !(perInstance > 0)) {
            perInstance = null;
            Double highest = null;
            for (Object o : policies) {
                if (o instanceof ScalingPolicy p && p.targetTracking()
                        && PredefinedMetrics.INVOCATIONS_PER_INSTANCE.equals(p.predefinedMetric())) {
                    Double rps = rpsFromInvocationsTarget(p.targetValue());
                    if (rps != null && (highest == null || rps > highest)) {
                        highest = rps;
                        basis = "derived from the InvocationsPerInstance target " + number(p.targetValue())
                                + " / 30, as AWS guidance sets TargetValue = MAX_RPS x 0.5 x 60";
                    }
                }
            }
            perInstance = highest;
        }
        if (perInstance == null) {
            return null;
        }
        int floor = target.minCapacity();
        Location at = target.source().at(ScalableTarget.Field.MIN_CAPACITY);
        String floorNote = "";
        if (traffic.isPredictable()) {
            for (Object o : scheduledActions == null ? List.of() : scheduledActions) {
                if (o instanceof ScheduledAction a && a.minCapacity() != null && a.minCapacity() > floor) {
                    floor = a.minCapacity();
                    at = a.source().at(ScheduledAction.Field.MIN_CAPACITY);
                    floorNote = a.name() == null ? " (scheduled action)" : " (scheduled action " + a.name() + ")";
                }
            }
        }
        if (floor * perInstance >= traffic.peakRps()) {
            return null;
        }
        return new SpikeShortfall(floor, floorNote, at, perInstance, basis, traffic.peakRps(),
                instancesFor(traffic.peakRps(), perInstance), Shortfall.clause(traffic, target, policies));
    }

    public double servedRps() {
        return floor * perInstanceRps;
    }

    /** The finding's message: the arithmetic, the floor that would cover the peak, then the replay. */
    public String message() {
        return "MinCapacity " + floor + floorNote + " x " + number(perInstanceRps) + " req/s per instance ("
                + capacityBasis + ") = " + number(servedRps()) + " req/s, below the declared peak of "
                + number(peakRps) + " req/s; the policy cannot add instances before the spike lands. "
                + "MinCapacity " + neededMinCapacity + " would cover it (raise it as a warm floor, "
                + "or with a scheduled action before known peaks)" + replay;
    }

    /** 40 rather than 40.0; 2.5 stays 2.5; 10/3 is 3.33. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }
}
