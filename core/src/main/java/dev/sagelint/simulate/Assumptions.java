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

    /** Smallest per-instance capacity accepted (req/s); below it instance counts stop being meaningful. */
    public static final double MIN_CAPACITY_RPS = 0.001;
    /** Longest warm-up accepted, in minutes (a day; AWS's slowest start-ups are well under an hour). */
    public static final int MAX_WARMUP_MINUTES = 1440;
    /** Longest request latency accepted, in seconds (an hour, SageMaker async's own limit). */
    public static final double MAX_LATENCY_SECONDS = 3600;

    public Assumptions {
        if (!(capacityRps >= MIN_CAPACITY_RPS && capacityRps <= Traffic.MAX_RPS)) {
            throw new SimulationException("per-instance capacity (" + capacitySource + ") is " + capacityRps
                    + " requests/s; expected a finite number between " + MIN_CAPACITY_RPS + " and "
                    + Traffic.fmt(Traffic.MAX_RPS));
        }
        if (warmupMinutes < 0 || warmupMinutes > MAX_WARMUP_MINUTES) {
            throw new SimulationException("the warm-up delay is " + warmupMinutes + " minutes; expected 0 to "
                    + MAX_WARMUP_MINUTES);
        }
        if (!(latencySeconds > 0 && latencySeconds <= MAX_LATENCY_SECONDS)) {
            throw new SimulationException("the request latency is " + latencySeconds + " s; expected more than 0"
                    + " and at most " + Traffic.fmt(MAX_LATENCY_SECONDS));
        }
        if (pricePerHour != null && !(pricePerHour >= 0 && pricePerHour < 1e6)) {
            throw new SimulationException("the price per instance-hour is " + pricePerHour + "; expected 0 to 1000000");
        }
    }

    public Assumptions withCapacity(double rps, String source) {
        return new Assumptions(rps, source, warmupMinutes, warmupSource, pricePerHour, priceSource, latencySeconds);
    }
}
