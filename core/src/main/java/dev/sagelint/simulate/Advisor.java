package dev.sagelint.simulate;

import dev.sagelint.simulate.ScalingSetup.Metric;
import dev.sagelint.simulate.ScalingSetup.ScheduledChange;
import dev.sagelint.simulate.ScalingSetup.TrackingPolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Searches minimum capacity, target value, scale-out cooldown and a business-hours floor (two
 * scheduled actions) for the cheapest configuration whose share of requests above capacity stays
 * within the SLO. Exhaustive over a small grid, so the result is the grid's optimum and is
 * deterministic: ties go to fewer short minutes, then to the configuration closest to the current one.
 */
public final class Advisor {

    /** Fractions of the per-instance capacity tried as the target (AWS starts at 0.5, DG:endpoint-scaling-loadtest). */
    static final double[] TARGET_FRACTIONS = {0.4, 0.5, 0.6, 0.7, 0.8};
    static final int[] SCALE_OUT_COOLDOWNS = {60, 120, 300};
    static final int DEFAULT_SCALE_IN_COOLDOWN = 300;

    private Advisor() {
    }

    public static Advice advise(ScalingSetup current, Traffic traffic, Assumptions a, double slo) {
        SimulationResult before = Simulator.run(current, traffic, a);
        int needed = (int) Math.ceil(traffic.peak() / a.capacityRps() - 1e-9);
        int max = Math.max(current.maxCapacity(), Math.max(1, needed));
        int[] window = businessWindow(traffic);
        List<List<TrackingPolicy>> policies = policyOptions(current, a);
        Candidate best = null;
        int searched = 0;
        // Never below 2 when the current floor has two: one instance has no AZ redundancy (SL204).
        int lowest = Math.min(max, current.minCapacity() >= 2 ? 2 : 1);
        Schedule[] times = window == null ? null : times(window, traffic);
        for (int min = lowest; min <= max; min++) {
            for (Integer floor : floors(window, min, max)) {
                List<ScheduledChange> schedule = floor == null ? List.of() : schedule(times, floor, min, max);
                for (List<TrackingPolicy> tracking : policies) {
                    ScalingSetup setup = new ScalingSetup(current.endpoint(), current.variant(),
                            current.instanceType(), Math.max(min, Math.min(max, current.initialInstances())), min, max,
                            tracking, current.steps(), schedule, false, false, false, List.of());
                    boolean haveFeasible = best != null && best.result.totals().shareAboveCapacity() <= slo + 1e-12;
                    SimulationResult r = haveFeasible
                            ? Simulator.runWithin(setup, traffic, a, best.result.totals().instanceHours())
                            : Simulator.run(setup, traffic, a);
                    searched++;
                    if (r == null) {
                        continue;
                    }
                    Candidate c = new Candidate(setup, r, distance(current, setup));
                    if (best == null || better(c, best, slo)) {
                        best = c;
                    }
                }
            }
        }
        boolean met = best.result.totals().shareAboveCapacity() <= slo + 1e-12;
        ScalingSetup recommended = withNotes(best.setup, current, window);
        SimulationResult after = Simulator.run(recommended, traffic, a);
        return new Advice(slo, met, recommended, before, after, changes(current, recommended), searched);
    }

    private record Candidate(ScalingSetup setup, SimulationResult result, int distance) {
    }

    private static boolean better(Candidate c, Candidate best, double slo) {
        boolean cOk = c.result.totals().shareAboveCapacity() <= slo + 1e-12;
        boolean bOk = best.result.totals().shareAboveCapacity() <= slo + 1e-12;
        if (cOk != bOk) {
            return cOk;
        }
        Comparator<Candidate> order = cOk
                ? Comparator.comparingDouble((Candidate x) -> round(x.result.totals().instanceHours()))
                .thenComparingInt(x -> x.result.totals().minutesUnderProvisioned())
                .thenComparingInt(Candidate::distance)
                : Comparator.comparingDouble((Candidate x) -> round(x.result.totals().shareAboveCapacity()))
                .thenComparingDouble(x -> round(x.result.totals().instanceHours()))
                .thenComparingInt(Candidate::distance);
        return order.compare(c, best) < 0;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static List<List<TrackingPolicy>> policyOptions(ScalingSetup current, Assumptions a) {
        TrackingPolicy base = current.tracking().stream()
                .filter(p -> p.metric() == Metric.INVOCATIONS_PER_INSTANCE).findFirst()
                .orElse(new TrackingPolicy("invocations", Metric.INVOCATIONS_PER_INSTANCE,
                        a.capacityRps() * 60 * Setups.SAFETY_FACTOR, 300, DEFAULT_SCALE_IN_COOLDOWN, false));
        Set<Double> targets = new LinkedHashSet<>();
        targets.add(base.targetValue());
        for (double f : TARGET_FRACTIONS) {
            targets.add((double) Math.round(a.capacityRps() * 60 * f));
        }
        Set<Integer> cooldowns = new LinkedHashSet<>();
        cooldowns.add(base.scaleOutCooldown());
        for (int c : SCALE_OUT_COOLDOWNS) {
            cooldowns.add(c);
        }
        List<List<TrackingPolicy>> out = new ArrayList<>();
        for (double t : targets) {
            for (int c : cooldowns) {
                List<TrackingPolicy> list = new ArrayList<>();
                list.add(base.withTarget(t).withScaleOutCooldown(c));
                current.tracking().stream().filter(p -> p != base && !p.name().equals(base.name())).forEach(list::add);
                out.add(list);
            }
        }
        return out;
    }

    private static List<Integer> floors(int[] window, int min, int max) {
        List<Integer> out = new ArrayList<>();
        out.add(null);
        if (window != null) {
            for (int f = min + 1; f <= max; f++) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The daily stretch when demand is well above its quiet level (over 3x the lowest minute's and
     * over a quarter of the peak), as [start, end) minutes of the day; null when there is none.
     */
    static int[] businessWindow(Traffic traffic) {
        double low = traffic.rps().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double peak = traffic.peak();
        int day = Math.min(1440, traffic.minutes());
        int start = -1;
        int end = -1;
        for (int m = 0; m < day; m++) {
            double v = traffic.at(m);
            if (v > 3 * low && v > peak / 4) {
                if (start < 0) {
                    start = m;
                }
                end = m + 1;
            }
        }
        if (start < 0 || end - start >= day - 60 || end - start < 60) {
            return null;
        }
        return new int[] {start, end};
    }

    /**
     * Raise the floor 30 minutes ahead of the window (covers the warm-up estimates) and lower it at
     * the end; weekdays only when the traffic covers no weekend.
     */
    private static Schedule[] times(int[] window, Traffic traffic) {
        int open = Math.floorMod(window[0] - 30, 1440);
        int close = window[1] % 1440;
        String days = traffic.minutes() <= 5 * 1440 ? "MON-FRI" : "*";
        return new Schedule[] {
            Schedule.parse(String.format(Locale.ROOT, "cron(%d %d ? * %s *)", open % 60, open / 60, days), null),
            Schedule.parse(String.format(Locale.ROOT, "cron(%d %d ? * %s *)", close % 60, close / 60, days), null)};
    }

    private static List<ScheduledChange> schedule(Schedule[] times, int floor, int min, int max) {
        return List.of(
                new ScheduledChange("business-hours", times[0].expression(), times[0], floor, max),
                new ScheduledChange("after-hours", times[1].expression(), times[1], min, max));
    }

    private static ScalingSetup withNotes(ScalingSetup s, ScalingSetup current, int[] window) {
        List<String> notes = new ArrayList<>();
        if (!s.scheduled().isEmpty()) {
            notes.add("business hours detected from the traffic: " + Clock.hhmm(window[0]) + "-" + Clock.hhmm(window[1])
                    + " UTC; the floor is raised 30 minutes before");
        }
        return new ScalingSetup(s.endpoint(), s.variant(), s.instanceType(), s.initialInstances(), s.minCapacity(),
                s.maxCapacity(), s.tracking(), s.steps(), s.scheduled(), false, false, false, notes);
    }

    private static int distance(ScalingSetup current, ScalingSetup s) {
        int d = Math.abs(current.minCapacity() - s.minCapacity()) + (s.scheduled().isEmpty() ? 0 : 1);
        if (!current.tracking().isEmpty() && !s.tracking().isEmpty()) {
            TrackingPolicy a = current.tracking().get(0);
            TrackingPolicy b = s.tracking().get(0);
            d += a.targetValue() == b.targetValue() ? 0 : 1;
            d += a.scaleOutCooldown() == b.scaleOutCooldown() ? 0 : 1;
        }
        return d;
    }

    static List<String> changes(ScalingSetup current, ScalingSetup s) {
        List<String> out = new ArrayList<>();
        if (current.minCapacity() != s.minCapacity()) {
            out.add("MinCapacity " + current.minCapacity() + " -> " + s.minCapacity());
        }
        if (current.maxCapacity() != s.maxCapacity()) {
            out.add("MaxCapacity " + current.maxCapacity() + " -> " + s.maxCapacity() + " (the peak needs it)");
        }
        TrackingPolicy b = s.tracking().isEmpty() ? null : s.tracking().get(0);
        TrackingPolicy a = current.tracking().stream().filter(p -> b != null && p.name().equals(b.name()))
                .findFirst().orElse(null);
        if (b != null && a == null) {
            out.add("add target tracking on " + b.metric().awsName() + ", TargetValue " + Traffic.fmt(b.targetValue())
                    + ", ScaleOutCooldown " + b.scaleOutCooldown() + ", ScaleInCooldown " + b.scaleInCooldown());
        } else if (b != null) {
            if (a.targetValue() != b.targetValue()) {
                out.add("TargetValue " + Traffic.fmt(a.targetValue()) + " -> " + Traffic.fmt(b.targetValue()));
            }
            if (a.scaleOutCooldown() != b.scaleOutCooldown()) {
                out.add("ScaleOutCooldown " + a.scaleOutCooldown() + " -> " + b.scaleOutCooldown());
            }
        }
        if (!s.scheduled().isEmpty()) {
            for (ScheduledChange c : s.scheduled()) {
                out.add("scheduled action " + c.name() + ": " + c.expression() + " sets MinCapacity " + c.minCapacity());
            }
            if (!current.scheduled().isEmpty()) {
                out.add("replace the existing scheduled actions (" + String.join(", ",
                        current.scheduled().stream().map(ScheduledChange::name).toList()) + ")");
            }
        } else if (!current.scheduled().isEmpty()) {
            out.add("remove the scheduled actions (" + String.join(", ",
                    current.scheduled().stream().map(ScheduledChange::name).toList()) + "): they cost more than they save");
        }
        if (out.isEmpty()) {
            out.add("keep the current configuration: it is already the cheapest that meets the SLO in the search");
        }
        return out;
    }
}
