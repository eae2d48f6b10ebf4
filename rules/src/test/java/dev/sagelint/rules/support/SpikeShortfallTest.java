package dev.sagelint.rules.support;

import dev.sagelint.model.Location;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.Source;
import dev.sagelint.model.TrafficProfile;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpikeShortfallTest {

    private static final Location TARGET_AT = new Location("spec.yaml", 10, 3);
    private static final Location MIN_AT = new Location("spec.yaml", 11, 20);
    private static final Location SCHEDULED_MIN_AT = new Location("spec.yaml", 30, 25);

    @Test
    void derivesPerInstanceRateFromTheInvocationsTarget() {
        // AWS: TargetValue = MAX_RPS x 0.5 x 60, so 1200 invocations per minute means 40 req/s
        assertEquals(40.0, SpikeShortfall.rpsFromInvocationsTarget(1200.0));
        assertEquals(2.5, SpikeShortfall.rpsFromInvocationsTarget(75.0));
        assertNull(SpikeShortfall.rpsFromInvocationsTarget(null));
        assertNull(SpikeShortfall.rpsFromInvocationsTarget(0.0));
        assertNull(SpikeShortfall.rpsFromInvocationsTarget(-5.0));
    }

    @Test
    void instancesForRoundsUp() {
        assertEquals(3, SpikeShortfall.instancesFor(100, 40));
        assertEquals(2, SpikeShortfall.instancesFor(80, 40));
        assertEquals(1, SpikeShortfall.instancesFor(0.5, 40));
        assertThrows(IllegalArgumentException.class, () -> SpikeShortfall.instancesFor(100, 0));
    }

    @Test
    void floorBelowSpikeWithDeclaredCapacity() {
        var gap = SpikeShortfall.of(traffic(TrafficProfile.Pattern.SPIKY, 100.0, null, null, 40.0),
                target(1), List.of(), List.of());
        assertNotNull(gap);
        assertEquals(1, gap.floor());
        assertEquals(40.0, gap.perInstanceRps());
        assertEquals(3, gap.neededMinCapacity());
        assertEquals(MIN_AT, gap.location());
        assertEquals("MinCapacity 1 x 40 req/s per instance (instanceCapacityRps in the traffic profile) = 40 req/s,"
                + " below the declared peak of 100 req/s; the policy cannot add instances before the spike lands."
                + " MinCapacity 3 would cover it (raise it as a warm floor, or with a scheduled action before"
                + " known peaks)" + gap.replay(), gap.message());
        // the simulator replays the declared spike through the floor; its sentence closes the message
        assertTrue(gap.replay().startsWith("; the simulated spike from 25 to 100 req/s leaves "), gap.replay());
    }

    @Test
    void floorThatCoversTheSpikeIsFine() {
        assertNull(SpikeShortfall.of(traffic(TrafficProfile.Pattern.SPIKY, 100.0, null, null, 40.0),
                target(3), List.of(), List.of()));
        // exactly at the peak is enough
        assertNull(SpikeShortfall.of(traffic(TrafficProfile.Pattern.SPIKY, 80.0, null, null, 40.0),
                target(2), List.of(), List.of()));
    }

    @Test
    void derivesCapacityFromTheInvocationsPolicyAndSaysSo() {
        var gap = SpikeShortfall.of(traffic(TrafficProfile.Pattern.SPIKY, 100.0, null, null, null),
                target(2), List.of(policy(ScalingPolicy.TARGET_TRACKING, PredefinedMetrics.INVOCATIONS_PER_INSTANCE, 600.0)),
                List.of());
        assertNotNull(gap);
        assertEquals(20.0, gap.perInstanceRps());
        assertEquals(5, gap.neededMinCapacity());
        assertTrue(gap.message().contains("derived from the InvocationsPerInstance target 600 / 30"), gap.message());
    }

    @Test
    void ignoresPoliciesOnOtherMetrics() {
        assertNull(SpikeShortfall.of(traffic(TrafficProfile.Pattern.SPIKY, 100.0, null, null, null),
                target(1), List.of(policy(ScalingPolicy.TARGET_TRACKING, "SageMakerVariantConcurrentRequestsPerModel",
                        5.0)), List.of()));
    }

    @Test
    void needsADeclaredSpike() {
        // steady traffic without bursts: no spike to cover
        assertNull(SpikeShortfall.of(traffic(TrafficProfile.Pattern.STEADY, 100.0, null, null, 40.0),
                target(1), List.of(), List.of()));
        // bursts declared but no peak rate
        assertNull(SpikeShortfall.of(traffic(TrafficProfile.Pattern.SPIKY, null, null, null, 40.0),
                target(1), List.of(), List.of()));
        // predictable with bursts counts
        assertNotNull(SpikeShortfall.of(traffic(TrafficProfile.Pattern.PREDICTABLE, 100.0, true, null, 40.0),
                target(1), List.of(), List.of()));
    }

    @Test
    void neverDecidesOnUnknowns() {
        assertNull(SpikeShortfall.of(traffic(TrafficProfile.Pattern.SPIKY, 100.0, null, null, 40.0),
                target(null), List.of(), List.of()));
        assertNull(SpikeShortfall.of(null, target(1), List.of(), List.of()));
        assertNull(SpikeShortfall.of(traffic(TrafficProfile.Pattern.SPIKY, 100.0, null, null, null),
                target(1), List.of(policy(ScalingPolicy.TARGET_TRACKING, PredefinedMetrics.INVOCATIONS_PER_INSTANCE, null)),
                List.of()));
    }

    @Test
    void scheduledRaiseCountsForPredictablePeaks() {
        var profile = traffic(TrafficProfile.Pattern.PREDICTABLE, 100.0, true, "08:00-18:00", 40.0);
        assertNull(SpikeShortfall.of(profile, target(1), List.of(), List.of(scheduled(3), scheduled(1))));
        var gap = SpikeShortfall.of(profile, target(1), List.of(), List.of(scheduled(2)));
        assertNotNull(gap);
        assertEquals(2, gap.floor());
        assertEquals(SCHEDULED_MIN_AT, gap.location());
        assertTrue(gap.message().startsWith("MinCapacity 2 (scheduled action business-hours) x 40"), gap.message());
    }

    @Test
    void scheduledRaiseDoesNotCoverSpikesAtAnyTime() {
        var profile = traffic(TrafficProfile.Pattern.SPIKY, 100.0, true, null, 40.0);
        var gap = SpikeShortfall.of(profile, target(1), List.of(), List.of(scheduled(3)));
        assertNotNull(gap);
        assertEquals(1, gap.floor());
    }

    @Test
    void numbersPrintWithoutNoise() {
        assertEquals("40", SpikeShortfall.number(40.0));
        assertEquals("2.5", SpikeShortfall.number(2.5));
        assertEquals("3.33", SpikeShortfall.number(10.0 / 3));
    }

    private static TrafficProfile traffic(TrafficProfile.Pattern pattern, Double peak, Boolean bursts, String hours,
                                          Double capacity) {
        return new TrafficProfile(pattern, peak, null, bursts, hours, capacity, Source.at(TARGET_AT));
    }

    private static ScalableTarget target(Integer min) {
        return new ScalableTarget("t", "endpoint/e/variant/v", ScalableTarget.INSTANCE_COUNT, "sagemaker", min, 10,
                null, null, null, "e", "v", null, true, null, null, null,
                new Source(TARGET_AT, Map.of("minCapacity", MIN_AT), Set.of()));
    }

    private static ScalingPolicy policy(String type, String metric, Double targetValue) {
        return new ScalingPolicy("p", "t", "p", type, targetValue, metric, null, 600, 60, null, null, null, null,
                null, List.of(), false, null, Source.at(TARGET_AT));
    }

    private static ScheduledAction scheduled(int min) {
        return new ScheduledAction("s" + min, "t", "business-hours", "cron(0 7 ? * MON-FRI *)", null, min, 10,
                new Source(TARGET_AT, Map.of("minCapacity", SCHEDULED_MIN_AT), Set.of()));
    }
}
