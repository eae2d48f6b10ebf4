package dev.sagelint.simulate;

import dev.sagelint.simulate.ScalingSetup.TrackingPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.sagelint.simulate.Fixtures.assume;
import static dev.sagelint.simulate.Fixtures.invocations;
import static dev.sagelint.simulate.Fixtures.levels;
import static dev.sagelint.simulate.Fixtures.setup;
import static org.assertj.core.api.Assertions.assertThat;

class AdvisorTest {

    /**
     * Steady 60 req/s, 25 req/s per instance, no warm-up trouble: the cheapest fleet that keeps under
     * 1% above capacity holds 3 instances (75 req/s) from the start; 2 instances plus a scale-out
     * leave 10 req/s unserved for 3 alarm minutes + 6 warm-up minutes of a 120-minute day, over 1%.
     */
    @Test
    void findsTheKnownOptimumOnASteadyLoad() {
        Traffic steady = levels(120, 60);
        Advice a = Advisor.advise(setup(2, 2, 6, List.of(invocations(750, 300, 300))), steady, assume(25, 6), 0.01);
        assertThat(a.met()).isTrue();
        assertThat(a.recommended().minCapacity()).isEqualTo(3);
        assertThat(a.recommended().scheduled()).isEmpty();
        assertThat(a.after().totals().shareAboveCapacity()).isZero();
        assertThat(a.after().totals().instanceHours()).isEqualTo(6.0);
        assertThat(a.changes()).contains("MinCapacity 2 -> 3");
    }

    /** The search returns what an exhaustive loop over the same grid finds. */
    @Test
    void matchesABruteForceSearchOverTheSameGrid() {
        Traffic day = TrafficShapes.parse("business:day=40,night=4,hours=09:00-17:00");
        ScalingSetup current = setup(2, 2, 6, List.of(invocations(600, 300, 300)));
        Assumptions assume = assume(20, 6);
        Advice a = Advisor.advise(current, day, assume, 0.01);
        double best = Double.MAX_VALUE;
        int[] window = Advisor.businessWindow(day);
        assertThat(window).containsExactly(540, 1020);
        for (int min = 2; min <= 6; min++) {
            for (int floor = min; floor <= 6; floor++) {
                for (double f : new double[] {600, 480, 600, 720, 840, 960}) {
                    for (int cooldown : new int[] {300, 60, 120}) {
                        List<TrackingPolicy> tt = List.of(invocations(f, cooldown, 300));
                        ScalingSetup s = setup(Math.max(min, 2), min, 6, tt);
                        if (floor > min) {
                            s = s.withScheduled(List.of(
                                    new ScalingSetup.ScheduledChange("up", "cron(30 8 ? * MON-FRI *)",
                                            Schedule.parse("cron(30 8 ? * MON-FRI *)", null), floor, 6),
                                    new ScalingSetup.ScheduledChange("down", "cron(0 17 ? * MON-FRI *)",
                                            Schedule.parse("cron(0 17 ? * MON-FRI *)", null), min, 6)));
                        }
                        SimulationResult r = Simulator.run(s, day, assume);
                        if (r.totals().shareAboveCapacity() <= 0.01) {
                            best = Math.min(best, r.totals().instanceHours());
                        }
                    }
                }
            }
        }
        assertThat(a.met()).isTrue();
        assertThat(a.after().totals().instanceHours()).isEqualTo(best);
    }

    /**
     * The reflection question (50 req/s by day, 2 at night, unannounced 2x promotions; 20 req/s per
     * instance from a load test, a floor of 2 and target tracking): the advice raises the floor for
     * business hours with scheduled actions and keeps target tracking for the bursts, with numbers.
     */
    @Test
    void reflectionQuestionGetsScheduledScalingPlusTargetTracking() {
        Scenario s = ScenarioTest.scenario("reflection.yaml", "recommender", TrafficTest.REFLECTION, null);
        Advice a = s.advise(0.001);
        assertThat(a.met()).isTrue();
        assertThat(a.recommended().scheduled()).extracting(ScalingSetup.ScheduledChange::expression)
                .containsExactly("cron(30 7 ? * MON-FRI *)", "cron(0 18 ? * MON-FRI *)");
        assertThat(a.recommended().scheduled().get(0).minCapacity()).isGreaterThanOrEqualTo(3);
        assertThat(a.recommended().tracking()).singleElement()
                .satisfies(p -> assertThat(p.metric()).isEqualTo(ScalingSetup.Metric.INVOCATIONS_PER_INSTANCE));
        assertThat(a.recommended().minCapacity()).isEqualTo(2);
        assertThat(a.after().totals().shareAboveCapacity()).isLessThanOrEqualTo(0.001);
        assertThat(a.before().totals().shareAboveCapacity()).isGreaterThan(0.001);
        Golden.check("reflection-advice.txt", AdviceReport.text(a, PatchWriter.write(s.format(), a, s.targetName())));
    }

    @Test
    void raisesMaxCapacityWhenThePeakNeedsIt() {
        Advice a = Advisor.advise(setup(2, 2, 6, List.of(invocations(600, 300, 300))), levels(30, 200),
                assume(20, 0), 0.01);
        assertThat(a.met()).isTrue();
        assertThat(a.recommended().maxCapacity()).isEqualTo(10);
        assertThat(a.changes()).contains("MaxCapacity 6 -> 10 (the peak needs it)");
    }
}
