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
import java.util.function.Predicate;

/**
 * Searches minimum capacity, a business-hours floor (two scheduled actions) and the target value for
 * the cheapest configuration whose share of requests above capacity stays within the SLO in the
 * worst of the perturbed cases (traffic scaled by +/- the margin, per-instance capacity reduced by
 * it). Exhaustive over a bounded grid, so the result is the grid's optimum and deterministic: ties go
 * to fewer short minutes, then to the configuration closest to the current one. A candidate the
 * caller rejects (its patched input would gain a lint finding) is skipped for the next one.
 */
public final class Advisor {

    /** Scale-in cooldowns below this are raised (SL101's threshold: 300 s, the AWS default for variants). */
    static final int MIN_SCALE_IN_COOLDOWN = 300;
    /**
     * The most minutes of simulation one advise run may spend (configurations x perturbed cases x
     * traffic minutes): 30 million, a few seconds on one core. A larger search uses a coarser grid of
     * floors, never more time.
     */
    public static final long MAX_SIMULATED_MINUTES = 30_000_000L;
    /** Candidates tried against the caller's check (the lint of the patched input) before giving up. */
    static final int MAX_CHECKED = 25;
    /** The default robustness margin: traffic +/-10 %, instance capacity -10 %. */
    public static final double DEFAULT_MARGIN = 0.10;

    private Advisor() {
    }

    /**
     * What the search may change, how robust the answer must be, and the check a candidate must pass.
     *
     * @param margin     the perturbation (0.1 = traffic x0.9 and x1.1, capacity x0.9); 0 judges the nominal case only
     * @param editable   which settings can be written back into the input
     * @param acceptable true when the candidate may be recommended (advise: its patched input lints clean)
     */
    public record Options(double slo, double margin, SourcePatch.Editable editable,
                          Predicate<ScalingSetup> acceptable) {

        public Options {
            if (!(slo >= 0 && slo <= 1) || !(margin >= 0 && margin <= 0.5)) {
                throw new SimulationException("the SLO must be 0-100% and the margin 0-50%, got " + slo + " and "
                        + margin);
            }
        }

        /** Every setting may change, default margin, no extra check. */
        public static Options of(double slo) {
            return new Options(slo, DEFAULT_MARGIN, new SourcePatch.Editable(true, true, true, true, true,
                    List.of()), s -> true);
        }
    }

    /** One perturbed case: the traffic and assumptions it runs with, and its name in reports. */
    record Case(String name, Traffic traffic, Assumptions assumptions) {
    }

    public static Advice advise(ScalingSetup current, Traffic traffic, Assumptions a, double slo) {
        return advise(current, traffic, a, Options.of(slo));
    }

    public static Advice advise(ScalingSetup current, Traffic traffic, Assumptions a, Options o) {
        List<Case> cases = cases(traffic, a, o.margin());
        SourcePatch.Editable e = o.editable();
        double worstPeak = traffic.peak() * (1 + o.margin());
        double worstCapacity = a.capacityRps() * (1 - o.margin());
        int needed = (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(worstPeak / worstCapacity - 1e-9));
        int max = e.maxCapacity() ? Math.max(current.maxCapacity(), Math.max(1, needed)) : current.maxCapacity();
        int[] window = e.schedule() ? businessWindow(traffic) : null;
        List<List<TrackingPolicy>> policies = policyOptions(current, a, e);
        // Never below 2 when the current floor has two: one instance has no AZ redundancy (SL204).
        int lowest = Math.min(max, current.minCapacity() >= 2 ? 2 : 1);
        int upper = Math.max(lowest, Math.min(max, needed));
        long perCandidate = (long) traffic.minutes() * cases.size();
        long combos = Math.max(1, MAX_SIMULATED_MINUTES / perCandidate / policies.size());
        int gridSize = (int) Math.max(2, Math.min(Integer.MAX_VALUE, (long) Math.sqrt(combos)));
        List<Integer> mins = e.minCapacity() ? grid(lowest, upper, window == null ? (int) Math.min(combos,
                Integer.MAX_VALUE) : gridSize) : List.of(Math.min(current.minCapacity(), max));
        Schedule[] times = window == null ? null : times(window, traffic);
        List<Candidate> all = new ArrayList<>();
        for (int min : mins) {
            List<Integer> floors = new ArrayList<>();
            floors.add(null);
            if (window != null && min < upper) {
                floors.addAll(grid(min + 1, upper, gridSize));
            }
            for (Integer floor : floors) {
                List<ScheduledChange> schedule = floor == null ? current.scheduled() : schedule(times, floor, min);
                for (List<TrackingPolicy> tracking : policies) {
                    ScalingSetup setup = new ScalingSetup(current.endpoint(), current.variant(),
                            current.instanceType(), Math.max(min, Math.min(max, current.initialInstances())), min, max,
                            tracking, current.steps(), schedule, current.scaleInSuspended(),
                            current.scaleOutSuspended(), current.scheduledSuspended(), List.of());
                    all.add(evaluate(setup, cases, distance(current, setup)));
                }
            }
        }
        all.sort(order(o.slo()));
        Candidate chosen = null;
        int rejected = 0;
        for (Candidate c : all.subList(0, Math.min(all.size(), MAX_CHECKED))) {
            if (o.acceptable().test(c.setup)) {
                chosen = c;
                break;
            }
            rejected++;
        }
        List<String> notes = new ArrayList<>(e.notes());
        if (chosen == null) {
            notes.add("every one of the " + rejected + " best configurations would add a lint finding at warning or"
                    + " above to the input; the current configuration is kept");
            chosen = evaluate(current, cases, 0);
        } else if (rejected > 0) {
            notes.add(rejected + " cheaper configuration(s) skipped: their patched input gains a lint finding at"
                    + " warning or above");
        }
        if (mins.size() > 1 && mins.get(1) - mins.get(0) > 1) {
            notes.add("the search stepped MinCapacity by " + (mins.get(1) - mins.get(0)) + " to stay within "
                    + MAX_SIMULATED_MINUTES + " simulated minutes");
        }
        boolean met = chosen.worst.shareAboveCapacity() <= o.slo() + 1e-12;
        ScalingSetup recommended = withNotes(chosen.setup, current, window, notes);
        SimulationResult before = Simulator.run(current, traffic, a);
        SimulationResult after = Simulator.run(recommended, traffic, a);
        Candidate was = evaluate(current, cases, 0);
        return new Advice(o.slo(), o.margin(), met, recommended, before, after, was.worstCase, was.worst,
                chosen.worstCase, chosen.worst, changes(current, recommended), all.size());
    }

    /** The nominal case, then traffic scaled by 1 +/- margin and capacity by 1 - margin. */
    static List<Case> cases(Traffic traffic, Assumptions a, double margin) {
        List<Case> out = new ArrayList<>();
        out.add(new Case("nominal", traffic, a));
        if (margin > 0) {
            String pct = Traffic.fmt(ResultText.round(margin * 100)) + "%";
            out.add(new Case("traffic +" + pct, scaled(traffic, 1 + margin), a));
            out.add(new Case("traffic -" + pct, scaled(traffic, 1 - margin), a));
            out.add(new Case("capacity -" + pct, traffic, a.withCapacity(a.capacityRps() * (1 - margin),
                    a.capacitySource() + ", less " + pct)));
        }
        return out;
    }

    private static Traffic scaled(Traffic t, double factor) {
        return new Traffic(t.rps().stream().map(v -> Math.min(Traffic.MAX_RPS, v * factor)).toList(),
                t.description() + " x" + Traffic.fmt(factor));
    }

    private record Candidate(ScalingSetup setup, SimulationResult.Totals nominal, SimulationResult.Totals worst,
                             String worstCase, int distance) {
    }

    private static Candidate evaluate(ScalingSetup setup, List<Case> cases, int distance) {
        SimulationResult.Totals nominal = null;
        SimulationResult.Totals worst = null;
        String worstCase = null;
        for (Case c : cases) {
            SimulationResult.Totals t = Simulator.run(setup, c.traffic(), c.assumptions()).totals();
            if (nominal == null) {
                nominal = t;
            }
            if (worst == null || t.shareAboveCapacity() > worst.shareAboveCapacity() + 1e-12) {
                worst = t;
                worstCase = c.name();
            }
        }
        return new Candidate(setup, nominal, worst, worstCase, distance);
    }

    private static Comparator<Candidate> order(double slo) {
        Comparator<Candidate> feasibleFirst = Comparator.comparing(c -> c.worst.shareAboveCapacity() > slo + 1e-12);
        Comparator<Candidate> feasible = Comparator.comparingDouble((Candidate x) -> round(x.nominal.instanceHours()))
                .thenComparingInt(x -> x.worst.minutesUnderProvisioned())
                .thenComparingInt(Candidate::distance);
        Comparator<Candidate> infeasible = Comparator.comparingDouble((Candidate x) -> round(x.worst.shareAboveCapacity()))
                .thenComparingDouble(x -> round(x.nominal.instanceHours()))
                .thenComparingInt(Candidate::distance);
        return feasibleFirst.thenComparing((x, y) -> x.worst.shareAboveCapacity() <= slo + 1e-12
                ? feasible.compare(x, y) : infeasible.compare(x, y));
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** At most {@code size} values from lo to hi, evenly stepped, always with both ends. */
    static List<Integer> grid(int lo, int hi, int size) {
        List<Integer> out = new ArrayList<>();
        long step = Math.max(1, ((long) hi - lo + size - 1) / Math.max(1, size - 1));
        for (long v = lo; v < hi; v += step) {
            out.add((int) v);
        }
        out.add(hi);
        return out.stream().distinct().toList();
    }

    /**
     * The target value follows AWS's load-test guidance as sagelint's rules and docs state it:
     * target = requests one instance serves x {@link Setups#SAFETY_FACTOR}; the current target stays
     * a candidate when it is at least that safe. A short ScaleInCooldown is raised to
     * {@link #MIN_SCALE_IN_COOLDOWN} (SL101). The scale-out cooldown is kept: target tracking scales out
     * during it whenever it computes more capacity (docs/simulate.md), so it does not change the result.
     */
    private static List<List<TrackingPolicy>> policyOptions(ScalingSetup current, Assumptions a,
                                                            SourcePatch.Editable e) {
        TrackingPolicy base = SourcePatch.base(current);
        if (base == null) {
            return List.of(current.tracking());
        }
        Set<Double> targets = new LinkedHashSet<>();
        double safe = (double) Math.round(a.capacityRps() * 60 * Setups.SAFETY_FACTOR);
        if (!e.targetValue() || base.targetValue() <= safe) {
            targets.add(base.targetValue());
        }
        if (e.targetValue() && safe > 0) {
            targets.add(safe);
        }
        int scaleIn = base.scaleInCooldown() < MIN_SCALE_IN_COOLDOWN && !base.disableScaleIn() && e.scaleInCooldown()
                ? MIN_SCALE_IN_COOLDOWN : base.scaleInCooldown();
        List<List<TrackingPolicy>> out = new ArrayList<>();
        for (double t : targets) {
            List<TrackingPolicy> list = new ArrayList<>();
            for (TrackingPolicy p : current.tracking()) {
                list.add(p == base ? new TrackingPolicy(p.name(), p.metric(), t, p.scaleOutCooldown(), scaleIn,
                        p.disableScaleIn()) : p);
            }
            out.add(list);
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

    /**
     * Two actions that set MinCapacity only: the target's MaxCapacity stays the one place the maximum
     * is written (it may be a parameter or a condition), and AWS keeps a bound an action leaves out
     * (AASUG:application-auto-scaling-scheduled-scaling).
     */
    private static List<ScheduledChange> schedule(Schedule[] times, int floor, int min) {
        return List.of(
                new ScheduledChange("business-hours", times[0].expression(), times[0], floor, null),
                new ScheduledChange("after-hours", times[1].expression(), times[1], min, null));
    }

    private static ScalingSetup withNotes(ScalingSetup s, ScalingSetup current, int[] window, List<String> extra) {
        List<String> notes = new ArrayList<>(extra);
        if (!s.scheduled().isEmpty() && current.scheduled().isEmpty()) {
            notes.add("business hours detected from the traffic: " + Clock.hhmm(window[0]) + "-" + Clock.hhmm(window[1])
                    + " UTC; the floor is raised 30 minutes before");
        }
        return new ScalingSetup(s.endpoint(), s.variant(), s.instanceType(), s.initialInstances(), s.minCapacity(),
                s.maxCapacity(), s.tracking(), s.steps(), s.scheduled(), s.scaleInSuspended(), s.scaleOutSuspended(),
                s.scheduledSuspended(), notes);
    }

    private static int distance(ScalingSetup current, ScalingSetup s) {
        int d = Math.abs(current.minCapacity() - s.minCapacity())
                + (s.scheduled().equals(current.scheduled()) ? 0 : 1);
        TrackingPolicy a = SourcePatch.base(current);
        TrackingPolicy b = SourcePatch.base(s);
        if (a != null && b != null) {
            d += a.targetValue() == b.targetValue() ? 0 : 1;
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
        TrackingPolicy a = SourcePatch.base(current);
        TrackingPolicy b = SourcePatch.base(s);
        if (a != null && b != null) {
            if (a.targetValue() != b.targetValue()) {
                out.add("TargetValue " + Traffic.fmt(a.targetValue()) + " -> " + Traffic.fmt(b.targetValue())
                        + " (requests one instance serves x 60 x " + Setups.SAFETY_FACTOR + ")");
            }
            if (a.scaleInCooldown() != b.scaleInCooldown()) {
                out.add("ScaleInCooldown " + a.scaleInCooldown() + " -> " + b.scaleInCooldown() + " (SL101)");
            }
        }
        if (!s.scheduled().equals(current.scheduled())) {
            for (ScheduledChange c : s.scheduled()) {
                out.add("scheduled action " + c.name() + ": " + c.expression() + " sets MinCapacity " + c.minCapacity());
            }
        }
        if (out.isEmpty()) {
            out.add("keep the current configuration: it is already the cheapest that meets the SLO in the search");
        }
        return out;
    }
}
