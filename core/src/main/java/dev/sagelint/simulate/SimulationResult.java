package dev.sagelint.simulate;

import java.util.List;

/**
 * What a replay produced: one row per minute, the scaling events, the totals, and everything the
 * numbers rest on.
 */
public record SimulationResult(ScalingSetup setup, Assumptions assumptions, String traffic, List<Minute> minutes,
                               List<Event> events, Totals totals) {

    public SimulationResult {
        minutes = List.copyOf(minutes);
        events = List.copyOf(events);
    }

    /**
     * One minute. {@code metric} is the first target-tracking policy's metric as its alarm saw it at
     * the end of the minute (null without such a policy).
     */
    public record Minute(int minute, String time, double demandRps, int desired, int inService, int minCapacity,
                         int maxCapacity, double capacityRps, Double metric, Double target,
                         double requestsAboveCapacity, boolean underProvisioned) {
    }

    /** A change of desired capacity: scale-out, scale-in or scheduled (with the action's name). */
    public record Event(int minute, String time, String kind, int from, int to, String cause) {
    }

    /**
     * @param shareAboveCapacity  requests arriving while in-service capacity was exceeded, over all requests
     * @param instanceHours       billed instance-hours (an instance bills from launch, before it serves)
     * @param idleInstanceHours   instance-hours above what the demand of each minute needed
     * @param cost                instanceHours x price, null when the price is unknown
     */
    public record Totals(int minutes, double requests, double requestsAboveCapacity, double shareAboveCapacity,
                         int minutesUnderProvisioned, double instanceHours, double idleInstanceHours, Double cost,
                         int peakDesired, int scaleOuts, int scaleIns) {
    }
}
