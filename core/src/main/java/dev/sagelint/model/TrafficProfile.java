package dev.sagelint.model;

import java.util.Locale;

/**
 * How an endpoint's traffic behaves, as declared by its owner (no AWS resource records it).
 *
 * @param pattern              steady, spiky or predictable (a known daily or weekly shape)
 * @param peakRps              requests per second at the peak, or null
 * @param baselineRps          requests per second off-peak, or null
 * @param unpredictableBursts  whether bursts arrive without warning (promotions), or null
 * @param peakHours            when the predictable peak happens, free text such as "08:00-18:00 MON-FRI"
 * @param instanceCapacityRps  requests per second one instance serves at saturation (load test), or null
 * @param maxPayloadMb         the largest request body the owner expects, in MB (10^6 bytes), or null
 */
public record TrafficProfile(Pattern pattern, Double peakRps, Double baselineRps, Boolean unpredictableBursts,
                             String peakHours, Double instanceCapacityRps, Source source, Double maxPayloadMb) {

    /** The constructor from before {@code maxPayloadMb}. */
    public TrafficProfile(Pattern pattern, Double peakRps, Double baselineRps, Boolean unpredictableBursts,
                          String peakHours, Double instanceCapacityRps, Source source) {
        this(pattern, peakRps, baselineRps, unpredictableBursts, peakHours, instanceCapacityRps, source, null);
    }

    public enum Pattern {
        STEADY, SPIKY, PREDICTABLE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isSpiky() {
        return pattern == Pattern.SPIKY || Boolean.TRUE.equals(unpredictableBursts);
    }

    public boolean isPredictable() {
        return pattern == Pattern.PREDICTABLE || peakHours != null;
    }

    public boolean hasBursts() {
        return pattern == Pattern.SPIKY || Boolean.TRUE.equals(unpredictableBursts);
    }

    /** The fields of {@link TrafficProfile} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        MAX_PAYLOAD_MB("maxPayloadMB"),
        PATTERN("pattern"),
        PEAK_RPS("peakRps"),
        BASELINE_RPS("baselineRps"),
        UNPREDICTABLE_BURSTS("unpredictableBursts"),
        PEAK_HOURS("peakHours"),
        INSTANCE_CAPACITY_RPS("instanceCapacityRps");

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
