package dev.sagelint.simulate;

import dev.sagelint.simulate.ScalingSetup.Metric;
import dev.sagelint.simulate.ScalingSetup.TrackingPolicy;

import java.util.ArrayList;
import java.util.List;

/** Small builders for hand-worked simulator cases. */
final class Fixtures {

    private Fixtures() {
    }

    /** rps by minute: {@code level(10, 40, 20, 100)} is 10 minutes at 40 then 20 at 100. */
    static Traffic levels(double... pairs) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (int m = 0; m < (int) pairs[i]; m++) {
                out.add(pairs[i + 1]);
            }
        }
        return new Traffic(out, "test");
    }

    /** A linear ramp from {@code from} to {@code to} rps over {@code minutes}, then held for {@code hold}. */
    static Traffic ramp(double from, double to, int minutes, int hold) {
        List<Double> out = new ArrayList<>();
        for (int m = 0; m < minutes; m++) {
            out.add(from + (to - from) * m / minutes);
        }
        for (int m = 0; m < hold; m++) {
            out.add(to);
        }
        return new Traffic(out, "ramp");
    }

    static TrackingPolicy invocations(double target, int scaleOut, int scaleIn) {
        return new TrackingPolicy("tt", Metric.INVOCATIONS_PER_INSTANCE, target, scaleOut, scaleIn, false);
    }

    static ScalingSetup setup(int initial, int min, int max, List<TrackingPolicy> tracking) {
        return new ScalingSetup("ep", "AllTraffic", "ml.m5.xlarge", initial, min, max, tracking, List.of(), List.of(),
                false, false, false, List.of());
    }

    static Assumptions assume(double capacityRps, int warmup) {
        return new Assumptions(capacityRps, "test", warmup, "test", 1.0, "test", 1.0);
    }
}
