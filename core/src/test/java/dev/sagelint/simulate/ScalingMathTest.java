package dev.sagelint.simulate;

import dev.sagelint.simulate.ScalingSetup.Metric;
import dev.sagelint.simulate.ScalingSetup.ScheduledChange;
import dev.sagelint.simulate.ScalingSetup.Step;
import dev.sagelint.simulate.ScalingSetup.StepPolicy;
import dev.sagelint.simulate.ScalingSetup.TrackingPolicy;
import dev.sagelint.simulate.SimulationResult.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.sagelint.simulate.Fixtures.assume;
import static dev.sagelint.simulate.Fixtures.invocations;
import static dev.sagelint.simulate.Fixtures.levels;
import static dev.sagelint.simulate.Fixtures.setup;
import static org.assertj.core.api.Assertions.assertThat;

/** Hand-worked cases; each names the AWS text it follows. */
class ScalingMathTest {

    /**
     * AASUG:target-tracking-scaling-policy-overview: capacity is added in proportion to the metric.
     * 4 instances, target 750 invocations per instance per minute; demand steps from 40 to 100 req/s at
     * minute 10, i.e. 6000 / 4 = 1500 per instance. The managed high alarm needs 3 one-minute
     * datapoints above the target (re:Post QUf450Wsd9RROGGOIwaolN9w), so the scale-out happens at the
     * end of minute 12, to ceil(4 x 1500 / 750) = 8; the new instances serve after the 6-minute warm-up.
     * The 600 s scale-out cooldown outlasts the warm-up, so nothing scales out again.
     */
    @Test
    void targetTrackingScalesOutProportionallyAfterThreeDatapoints() {
        SimulationResult r = Simulator.run(setup(4, 4, 20, List.of(invocations(750, 600, 300))),
                levels(10, 40, 30, 100), assume(25, 6));
        assertThat(r.events()).extracting(Event::minute, Event::kind, Event::from, Event::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(12, "scale-out", 4, 8));
        assertThat(r.minutes().get(12).desired()).isEqualTo(8);
        assertThat(r.minutes().get(17).inService()).isEqualTo(4);
        assertThat(r.minutes().get(18).inService()).isEqualTo(8);
        // 100 req/s against 4 x 25 = 100 req/s: exactly at capacity, never above it
        assertThat(r.totals().minutesUnderProvisioned()).isZero();
    }

    /**
     * Same step with capacity 20 req/s per instance: 4 instances serve 80 of the 100 req/s from minute 10
     * until the 8 instances serve at minute 18 (scale-out at the end of minute 12 + 6 minutes warm-up,
     * counted from the tick the activity happened): minutes 10..18 are short, 9 minutes with 20 req/s over.
     */
    @Test
    void shortfallLastsFromTheStepUntilTheNewInstancesServe() {
        SimulationResult r = Simulator.run(setup(4, 4, 20, List.of(invocations(750, 600, 300))),
                levels(10, 40, 30, 100), assume(20, 6));
        assertThat(r.minutes()).filteredOn(SimulationResult.Minute::underProvisioned)
                .extracting(SimulationResult.Minute::minute).containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18);
        // 20 req/s over for minutes 10-17 and the first 50 s of minute 18 (the scale-out came 50 s into minute 12)
        assertThat(r.totals().requestsAboveCapacity()).isEqualTo(20 * 60 * 8 + 20 * 50);
    }

    /**
     * AASUG:target-tracking-scaling-policy-overview: scale-in waits until the metric is well below the
     * target; the managed low alarm is 15 datapoints under 90% of the target. At 95% of the target the
     * policy never scales in; at 50% it scales in after 15 minutes, to ceil(8 x 375 / 750) = 4.
     */
    @Test
    void scaleInNeedsFifteenMinutesBelowNinetyPercentOfTarget() {
        // 8 instances x 750 x 0.95 / 60 = 95 req/s
        SimulationResult near = Simulator.run(setup(8, 2, 20, List.of(invocations(750, 300, 300))),
                levels(60, 95), assume(100, 0));
        assertThat(near.events()).isEmpty();
        SimulationResult half = Simulator.run(setup(8, 2, 20, List.of(invocations(750, 300, 300))),
                levels(60, 50), assume(100, 0));
        assertThat(half.events()).extracting(Event::minute, Event::kind, Event::to)
                .first().isEqualTo(org.assertj.core.groups.Tuple.tuple(14, "scale-in", 4));
    }

    /**
     * BOTO-AAS ScaleInCooldown: scale-in activities are blocked until the cooldown expires. 16
     * instances, target 600; 60 req/s is 225 per instance: scale-in at minute 14 to ceil(16 x 225 /
     * 600) = 6. Demand then drops to 20 req/s (200 per instance at 6 instances): 15 new datapoints are
     * there at minute 29, when a 900 s cooldown has just ended (scale-in to 2); a 1800 s cooldown holds
     * it until minute 44.
     */
    @Test
    void scaleInCooldownBlocksTheNextScaleIn() {
        SimulationResult r = Simulator.run(setup(16, 1, 20, List.of(invocations(600, 300, 900))),
                levels(15, 60, 45, 20), assume(100, 0));
        assertThat(r.events()).extracting(Event::minute, Event::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(14, 6), org.assertj.core.groups.Tuple.tuple(29, 2));
        SimulationResult longer = Simulator.run(setup(16, 1, 20, List.of(invocations(600, 300, 1800))),
                levels(15, 60, 45, 20), assume(100, 0));
        assertThat(longer.events()).extracting(Event::minute).containsExactly(14, 44);
    }

    /**
     * BOTO-AAS ScaleOutCooldown: "the scaling policy won't increase the desired capacity again unless
     * either a larger scale out is triggered or the cooldown period ends" (audit a.1 #3: a load that
     * keeps rising computes a larger capacity and scales out during the cooldown). 4 instances, target
     * 750, 2-minute warm-up. Demand doubles at minute 5 (1500 per instance): scale-out at minute 7 to
     * 8. It doubles again at minute 15 (200 req/s = 1500 per instance on 8): the alarm fires at minute
     * 17 and the policy computes 8 x 1500 / 750 = 16, larger than 8, so it scales out at once with a
     * 60 s cooldown and with a 900 s one (which runs until minute 22).
     */
    @Test
    void scaleOutCooldownDoesNotHoldBackARisingLoad() {
        Traffic traffic = levels(5, 50, 10, 100, 30, 200);
        for (int cooldown : new int[] {60, 900}) {
            SimulationResult r = Simulator.run(setup(4, 4, 40, List.of(invocations(750, cooldown, 300))), traffic,
                    assume(20, 2));
            assertThat(r.events()).as("ScaleOutCooldown %d", cooldown).extracting(Event::minute, Event::to)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(7, 8), org.assertj.core.groups.Tuple.tuple(17, 16));
        }
    }

    /**
     * Audit a.1 #2: scale-in needs a sustained drop (15 one-minute datapoints under 90% of the target),
     * so a short ScaleInCooldown cannot make target tracking react to a brief lull. 10 instances at
     * their target (100 req/s, 600 per instance) with 10-minute lulls at 10 req/s between the spikes:
     * no scale-in with a ScaleInCooldown of 0, 60 or 600 s. A 20-minute lull scales in after its 15th
     * minute (minute 34), whatever the cooldown.
     */
    @Test
    void briefLullNeverScalesInWhateverTheScaleInCooldown() {
        for (int cooldown : new int[] {0, 60, 600}) {
            SimulationResult brief = Simulator.run(setup(10, 2, 20, List.of(invocations(600, 300, cooldown))),
                    levels(20, 100, 10, 10, 20, 100, 10, 10, 20, 100), assume(20, 0));
            assertThat(brief.events()).as("ScaleInCooldown %d", cooldown).isEmpty();
            SimulationResult sustained = Simulator.run(setup(10, 2, 20, List.of(invocations(600, 300, cooldown))),
                    levels(20, 100, 20, 10, 20, 100), assume(20, 0));
            assertThat(sustained.events()).as("ScaleInCooldown %d", cooldown)
                    .extracting(Event::minute, Event::kind).first()
                    .isEqualTo(org.assertj.core.groups.Tuple.tuple(34, "scale-in"));
        }
    }

    /**
     * BOTO-AAS ScaleInCooldown: "if another alarm triggers a scale-out activity during the scale-in
     * cooldown period, Application Auto Scaling scales out the target immediately", and the scale-in
     * cooldown stops. 10 instances, target 600, ScaleInCooldown 3600 s. 30 req/s scales in at minute 14
     * to ceil(10 x 180 / 600) = 3; 100 req/s from minute 20 (2000 per instance) scales out at minute 22
     * to 10, inside the cooldown; back at 30 req/s from minute 40, the next scale-in comes after 15
     * datapoints (minute 54), not at the end of the hour-long cooldown (minute 74).
     */
    @Test
    void scaleOutDuringTheScaleInCooldownIsImmediateAndEndsIt() {
        SimulationResult r = Simulator.run(setup(10, 2, 20, List.of(invocations(600, 300, 3600))),
                levels(20, 30, 20, 100, 30, 30), assume(20, 0));
        assertThat(r.events()).extracting(Event::minute, Event::kind, Event::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(14, "scale-in", 3),
                org.assertj.core.groups.Tuple.tuple(22, "scale-out", 10),
                org.assertj.core.groups.Tuple.tuple(54, "scale-in", 3));
    }

    /**
     * While the endpoint is Updating (new instances starting) no further change is made
     * (BOTO-SM UpdateEndpointWeightsAndCapacities); the policy acts again once they serve.
     */
    @Test
    void noSecondScaleOutWhileInstancesStart() {
        SimulationResult r = Simulator.run(setup(4, 4, 40, List.of(invocations(750, 60, 300))),
                levels(5, 50, 30, 100), assume(25, 10));
        assertThat(r.events()).extracting(Event::minute, Event::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7, 8));
    }

    /** BOTO-AAS RegisterScalableTarget / ScalableTargetAction: capacity stays within [min, max]. */
    @Test
    void desiredCapacityIsClampedToMax() {
        SimulationResult r = Simulator.run(setup(2, 2, 5, List.of(invocations(600, 60, 300))),
                levels(5, 10, 30, 500), assume(20, 1));
        assertThat(r.totals().peakDesired()).isEqualTo(5);
        assertThat(r.minutes()).allMatch(m -> m.desired() <= 5);
    }

    /**
     * AASUG:application-auto-scaling-step-scaling-policies: "if the alarm triggers again during the
     * cooldown period but at a more aggressive step adjustment of 3, the previous increase of 2 is
     * considered part of the current capacity. Therefore, only 1 is added." Capacity 4; the alarm is on
     * Invocations (a total, so added capacity does not move it) with threshold 4000 per minute; +2 for
     * a breach of 0-1000, +3 above. 80 req/s (4800) at minute 5: +2 to 6. 120 req/s (7200) from minute
     * 6: 4 + 3 = 7, so 1 is added; again 7 until the 300 s cooldown ends at minute 10: 7 + 3 = 10.
     */
    @Test
    void stepScalingCountsTheEarlierIncreaseDuringTheCooldown() {
        StepPolicy step = new StepPolicy("steps", Metric.INVOCATIONS, 4000, "ChangeInCapacity",
                List.of(new Step(0.0, 1000.0, 2), new Step(1000.0, null, 3)), 300, null);
        ScalingSetup s = new ScalingSetup("ep", "v", "ml.m5.xlarge", 4, 1, 20, List.of(), List.of(step), List.of(),
                false, false, false, List.of());
        SimulationResult r = Simulator.run(s, levels(5, 10, 1, 80, 30, 120), assume(100, 0));
        assertThat(r.events()).extracting(Event::minute, Event::from, Event::to).startsWith(
                org.assertj.core.groups.Tuple.tuple(5, 4, 6),
                org.assertj.core.groups.Tuple.tuple(6, 6, 7),
                org.assertj.core.groups.Tuple.tuple(10, 7, 10));
    }

    /**
     * AASUG:application-auto-scaling-step-scaling-policies, PercentChangeInCapacity: a change between
     * 0 and 1 becomes 1, larger ones are truncated, MinAdjustmentMagnitude is the least change.
     */
    @Test
    void percentChangeRoundsAndRespectsMinimumMagnitude() {
        StepPolicy percent = new StepPolicy("pct", Metric.INVOCATIONS, 1000, "PercentChangeInCapacity",
                List.of(new Step(0.0, null, 25)), 300, null);
        StepPolicy magnitude = new StepPolicy("pct", Metric.INVOCATIONS, 1000, "PercentChangeInCapacity",
                List.of(new Step(0.0, null, 25)), 300, 3);
        Traffic over = levels(3, 100);
        assertThat(Simulator.run(stepOnly(3, percent), over, assume(100, 0)).events().get(0).to()).isEqualTo(4);
        assertThat(Simulator.run(stepOnly(10, percent), over, assume(100, 0)).events().get(0).to()).isEqualTo(12);
        assertThat(Simulator.run(stepOnly(3, magnitude), over, assume(100, 0)).events().get(0).to()).isEqualTo(6);
    }

    private static ScalingSetup stepOnly(int initial, StepPolicy p) {
        return new ScalingSetup("ep", "v", "ml.m5.xlarge", initial, 1, 50, List.of(), List.of(p), List.of(),
                false, false, false, List.of());
    }

    /**
     * AASUG:application-auto-scaling-scheduled-scaling: a scheduled action sets the bounds, and the
     * capacity moves into them at once, whatever the cooldowns. cron(30 7 ? * MON-FRI *) in
     * Europe/London fires at 07:30 on Monday 2026-01-05 (London is on UTC in January): minute 450.
     */
    @Test
    void scheduledActionsMoveCapacityIntoTheNewBounds() {
        var up = new ScheduledChange("business-hours", "cron(30 7 ? * MON-FRI *)",
                Schedule.parse("cron(30 7 ? * MON-FRI *)", "Europe/London"), 4, 10);
        var down = new ScheduledChange("night", "cron(0 19 ? * MON-FRI *)",
                Schedule.parse("cron(0 19 ? * MON-FRI *)", "Europe/London"), 2, 3);
        ScalingSetup s = setup(2, 2, 10, List.of()).withScheduled(List.of(up, down));
        SimulationResult r = Simulator.run(s, levels(1440, 1), assume(100, 0));
        assertThat(r.events()).extracting(Event::minute, Event::kind, Event::from, Event::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(450, "scheduled", 2, 4),
                org.assertj.core.groups.Tuple.tuple(1140, "scheduled", 4, 3));
        assertThat(r.minutes().get(1200).maxCapacity()).isEqualTo(3);
    }

    /** The bounds in force at minute 0 are those the actions of the week before left. */
    @Test
    void boundsAtTheStartComeFromTheActionsBefore() {
        var night = new ScheduledChange("night", "cron(0 19 * * ? *)", Schedule.parse("cron(0 19 * * ? *)", null), 1, 3);
        ScalingSetup s = setup(6, 5, 10, List.of()).withScheduled(List.of(night));
        SimulationResult r = Simulator.run(s, levels(10, 1), assume(100, 0));
        assertThat(r.minutes().get(0).desired()).isEqualTo(3);
        assertThat(r.minutes().get(0).minCapacity()).isEqualTo(1);
    }

    /**
     * DG:endpoint-auto-scaling-add-code-define: the high-resolution concurrency metrics publish every
     * 10 seconds, so the policy scales out much sooner. 3 datapoints of 10 s: a step at minute 5
     * triggers within that minute, where InvocationsPerInstance needs until minute 7.
     */
    @Test
    void highResolutionMetricScalesOutWithinTheMinute() {
        TrackingPolicy concurrency = new TrackingPolicy("c", Metric.CONCURRENT_REQUESTS_PER_MODEL, 5, 300, 300, false);
        // latency 1 s: 40 req/s over 4 instances = 10 concurrent per instance, target 5
        SimulationResult fast = Simulator.run(setup(4, 4, 20, List.of(concurrency)), levels(5, 16, 20, 40),
                assume(100, 0));
        assertThat(fast.events().get(0).minute()).isEqualTo(5);
        assertThat(fast.events().get(0).to()).isEqualTo(8);
        SimulationResult slow = Simulator.run(setup(4, 4, 20, List.of(invocations(300, 300, 300))),
                levels(5, 16, 20, 40), assume(100, 0));
        assertThat(slow.events().get(0).minute()).isEqualTo(7);
    }

    /** A variant without a scalable target keeps its initial count; cost is instance-hours x price. */
    @Test
    void fixedCapacityCostsInstanceHoursTimesPrice() {
        SimulationResult r = Simulator.run(setup(3, 3, 3, List.of()), levels(120, 10),
                new Assumptions(50, "test", 0, "test", 0.5, "test", 1.0));
        assertThat(r.totals().instanceHours()).isEqualTo(6.0);
        assertThat(r.totals().cost()).isEqualTo(3.0);
        assertThat(r.totals().idleInstanceHours()).isEqualTo(4.0);
    }
}
