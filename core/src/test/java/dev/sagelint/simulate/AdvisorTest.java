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
     * Steady 60 req/s, 25 req/s per instance: the floor must hold the worst case (66 req/s on 22.5
     * req/s instances) from the start, so 3 instances; the target stays at 25 x 60 x 0.5 = 750, so
     * target tracking adds 2 more at the end of minute 2 (1200 per instance > 750: ceil(3 x 1200 /
     * 750) = 5). Billed: 18 ticks of 3 instances and 702 of 5, 9.9 instance-hours.
     */
    @Test
    void findsTheKnownOptimumOnASteadyLoad() {
        Traffic steady = levels(120, 60);
        Advice a = Advisor.advise(setup(2, 2, 6, List.of(invocations(750, 300, 300))), steady, assume(25, 6), 0.01);
        assertThat(a.met()).isTrue();
        assertThat(a.recommended().minCapacity()).isEqualTo(3);
        assertThat(a.recommended().tracking().get(0).targetValue()).isEqualTo(750);
        assertThat(a.recommended().scheduled()).isEmpty();
        assertThat(a.after().totals().shareAboveCapacity()).isZero();
        assertThat(a.afterWorst().shareAboveCapacity()).isZero();
        assertThat(a.after().totals().instanceHours()).isEqualTo(9.9);
        assertThat(a.changes()).contains("MinCapacity 2 -> 3");
    }

    /** The search returns what an exhaustive loop over the same grid finds. */
    @Test
    void matchesABruteForceSearchOverTheSameGrid() {
        Traffic day = TrafficShapes.parse("business:day=40,night=4,hours=09:00-17:00");
        ScalingSetup current = setup(2, 2, 6, List.of(invocations(600, 300, 300)));
        Assumptions assume = assume(20, 6);
        Advice a = Advisor.advise(current, day, assume, new Advisor.Options(0.01, 0,
                new SourcePatch.Editable(true, true, true, true, true, List.of()), x -> true));
        double best = Double.MAX_VALUE;
        int[] window = Advisor.businessWindow(day);
        assertThat(window).containsExactly(540, 1020);
        for (int min = 2; min <= 6; min++) {
            for (int floor = min; floor <= 6; floor++) {
                for (double f : new double[] {600}) {
                    for (int cooldown : new int[] {300}) {
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
        Scenario.Recommendation rec = s.advise(0.001, Advisor.DEFAULT_MARGIN, files -> List.of());
        assertThat(rec.advice().afterWorst().shareAboveCapacity()).isLessThanOrEqualTo(0.001);
        Golden.check("reflection-advice.txt", AdviceReport.text(rec.advice(), rec.diff(), false));
    }

    @Test
    void raisesMaxCapacityWhenThePeakNeedsIt() {
        Advice a = Advisor.advise(setup(2, 2, 6, List.of(invocations(600, 300, 300))), levels(30, 200),
                assume(20, 0), 0.01);
        assertThat(a.met()).isTrue();
        // 200 req/s x 1.1 on instances serving 20 x 0.9 req/s in the worst case: 13 instances
        assertThat(a.recommended().maxCapacity()).isEqualTo(13);
        assertThat(a.changes()).contains("MaxCapacity 6 -> 13 (the peak needs it)");
    }

    /**
     * A candidate the caller rejects (advise: its patched input would gain a lint finding) is skipped
     * for the next cheapest, and the report says so.
     */
    @Test
    void rejectedCandidatesGiveWayToTheNextCheapest() {
        Traffic day = TrafficShapes.parse("business:day=40,night=4,hours=09:00-17:00");
        ScalingSetup current = setup(2, 2, 6, List.of(invocations(600, 300, 300)));
        var all = new SourcePatch.Editable(true, true, true, true, true, List.of());
        Advice free = Advisor.advise(current, day, assume(20, 6), new Advisor.Options(0.01, 0.1, all, x -> true));
        ScalingSetup best = free.recommended();
        Advice strict = Advisor.advise(current, day, assume(20, 6), new Advisor.Options(0.01, 0.1, all,
                x -> !(x.minCapacity() == best.minCapacity() && x.scheduled().equals(best.scheduled())
                        && x.tracking().equals(best.tracking()))));
        assertThat(strict.recommended().minCapacity() != best.minCapacity()
                || !strict.recommended().scheduled().equals(best.scheduled())).isTrue();
        assertThat(strict.after().totals().instanceHours()).isGreaterThanOrEqualTo(free.after().totals().instanceHours());
        assertThat(strict.recommended().notes()).contains("1 cheaper configuration(s) skipped: their patched input"
                + " gains a lint finding at warning or above");
    }

    /** Huge declared capacities neither hang the search nor exhaust memory: instances start in batches. */
    @Test
    void hugeCapacitiesStayBounded() {
        ScalingSetup huge = setup(2, 2, Integer.MAX_VALUE, List.of(invocations(600, 300, 300)));
        Advice a = Advisor.advise(huge, levels(60, 200), assume(20, 6), 0.01);
        assertThat(a.recommended().maxCapacity()).isEqualTo(Integer.MAX_VALUE);
        assertThat(a.searched()).isLessThan(100);
        SimulationResult r = Simulator.run(setup(1_000_000, 1_000_000, Integer.MAX_VALUE,
                List.of(invocations(1e-6, 60, 300))), levels(10, 1_000_000), assume(0.001, 1));
        assertThat(r.totals().peakDesired()).isEqualTo(Integer.MAX_VALUE);
    }

    /** The last time label of a multi-day chart ends at its tick instead of running past the canvas. */
    @Test
    void chartsNeverClipTheLastTickLabel() {
        SimulationResult r = Simulator.run(setup(2, 2, 6, List.of(invocations(600, 300, 300))),
                TrafficShapes.parse("steady:rps=10,days=3"), assume(20, 6));
        String svg = SvgChart.render(r);
        assertThat(svg).contains("<text x=\"980.0\" y=\"418.0\" text-anchor=\"end\">Thu 00:00</text>");
        assertThat(svg).contains("<text x=\"70.0\" y=\"418.0\" text-anchor=\"middle\">Mon 00:00</text>");
    }
}
