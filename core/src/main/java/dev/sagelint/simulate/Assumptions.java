package dev.sagelint.simulate;

/**
 * The figures a simulation needs that no AWS resource records, each with where it came from, so a
 * report can say which numbers are the user's and which are estimates.
 *
 * @param capacityRps    requests per second one instance serves before it saturates
 * @param capacitySource how capacityRps was obtained
 * @param warmupMinutes  minutes from a scale-out until the new instance serves traffic
 * @param warmupSource   how warmupMinutes was obtained
 * @param pricePerHour   on-demand price of one instance-hour, USD; null when unknown
 * @param priceSource    where the price comes from
 * @param latencySeconds average time a request spends in the container, used only to derive
 *                       ConcurrentRequestsPerModel from the request rate (Little's law)
 */
public record Assumptions(double capacityRps, String capacitySource, int warmupMinutes, String warmupSource,
                          Double pricePerHour, String priceSource, double latencySeconds) {

    public Assumptions {
        if (!(capacityRps > 0)) {
            throw new SimulationException("per-instance capacity must be > 0 requests/s, got " + capacityRps);
        }
        if (warmupMinutes < 0) {
            throw new SimulationException("the warm-up delay must be >= 0 minutes, got " + warmupMinutes);
        }
    }

    public Assumptions withCapacity(double rps, String source) {
        return new Assumptions(rps, source, warmupMinutes, warmupSource, pricePerHour, priceSource, latencySeconds);
    }
}
