package dev.sagelint.simulate;

import dev.sagelint.model.TrafficProfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Named traffic shapes written on one line, {@code NAME:key=value,key=value}:
 * <ul>
 * <li>{@code steady:rps=20}</li>
 * <li>{@code business:day=50,night=2,hours=08:00-18:00} (weekdays only with {@code weekdays=true})</li>
 * <li>{@code spikes:base=10,burst=3,every=2h,for=15m}</li>
 * </ul>
 * Any shape takes {@code days=N} (default 1) and unannounced bursts: {@code burst=2} multiplies
 * demand for {@code for} minutes once in every {@code every} window, at a start drawn from a
 * {@link SplittableRandom} seeded with {@code seed} (default 1), so runs are reproducible. For
 * {@code business} the bursts fall inside the open hours.
 */
public final class TrafficShapes {

    private static final Set<String> COMMON = Set.of("days", "burst", "every", "for", "seed");
    private static final Map<String, Set<String>> KEYS = Map.of(
            "steady", Set.of("rps"),
            "business", Set.of("day", "night", "hours", "weekdays"),
            "spikes", Set.of("base"));

    private TrafficShapes() {
    }

    /** True when the text names a shape rather than a file. */
    public static boolean isShape(String text) {
        String name = text.contains(":") ? text.substring(0, text.indexOf(':')) : text;
        return KEYS.containsKey(name.trim().toLowerCase(Locale.ROOT));
    }

    public static Traffic parse(String spec) {
        String name = (spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec).trim()
                .toLowerCase(Locale.ROOT);
        if (!KEYS.containsKey(name)) {
            throw new SimulationException("unknown traffic shape '" + name + "'; expected steady, business or"
                    + " spikes (e.g. business:day=50,night=2,hours=08:00-18:00,burst=2,every=3h,for=30m)");
        }
        Map<String, String> p = params(spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : "");
        for (String key : p.keySet()) {
            if (!KEYS.get(name).contains(key) && !COMMON.contains(key)) {
                throw new SimulationException("traffic shape " + name + " has no parameter '" + key + "'; it takes "
                        + String.join(", ", new java.util.TreeSet<>(union(KEYS.get(name), COMMON))));
            }
        }
        double daysValue = number(p, "days", 1);
        if (daysValue < 1 || daysValue > 31 || daysValue != Math.rint(daysValue)) {
            throw new SimulationException("traffic parameter days=" + p.get("days") + ": expected a whole number"
                    + " between 1 and 31");
        }
        int days = (int) daysValue;
        int minutes = days * 1440;
        double[] rps = new double[minutes];
        int[] window = {0, 1440};
        boolean weekdaysOnly = false;
        switch (name) {
            case "steady" -> java.util.Arrays.fill(rps, number(p, "rps", 10));
            case "spikes" -> java.util.Arrays.fill(rps, number(p, "base", 10));
            default -> {
                window = hours(p.getOrDefault("hours", "08:00-18:00"));
                weekdaysOnly = Boolean.parseBoolean(p.getOrDefault("weekdays", "false"));
                double day = number(p, "day", 50);
                double night = number(p, "night", 2);
                for (int m = 0; m < minutes; m++) {
                    rps[m] = open(m, window, weekdaysOnly) ? day : night;
                }
            }
        }
        if (p.containsKey("burst")) {
            double factor = number(p, "burst", 2);
            int every = duration(p.getOrDefault("every", "3h"), "every");
            int length = duration(p.getOrDefault("for", "20m"), "for");
            if (every < 2 || every > minutes) {
                throw new SimulationException("traffic shape " + name + ": every=" + p.getOrDefault("every", "3h")
                        + " must be between 2 minutes and the series length (" + minutes + " minutes)");
            }
            if (length < 1) {
                throw new SimulationException("traffic shape " + name + ": for=" + p.get("for")
                        + " must be at least 1 minute");
            }
            if (length >= every) {
                throw new SimulationException("a burst ('for' " + length + " minutes) must be shorter than its"
                        + " window ('every' " + every + " minutes)");
            }
            long seed = (long) number(p, "seed", 1);
            addBursts(rps, factor, every, length, seed, name.equals("business") ? window : null, weekdaysOnly);
        }
        List<Double> out = new ArrayList<>(minutes);
        for (int m = 0; m < minutes; m++) {
            if (!(rps[m] <= Traffic.MAX_RPS)) {
                throw new SimulationException("traffic shape " + name + ": demand reaches " + rps[m] + " req/s at minute "
                        + m + "; the levels times burst must stay within " + Traffic.fmt(Traffic.MAX_RPS) + " req/s");
            }
            out.add(rps[m]);
        }
        return new Traffic(out, "shape " + spec.trim());
    }

    /**
     * A series for a declared traffic profile (what sagelint reads from the input). The mapping is
     * ours, not AWS's, and is stated in docs/simulate.md: predictable traffic follows its peak hours;
     * declared unpredictable bursts double the day level (so the day level is half the declared peak);
     * spiky traffic sits at the baseline with bursts to the peak.
     */
    public static Traffic fromProfile(TrafficProfile t) {
        if (t == null) {
            throw new SimulationException("the endpoint declares no traffic profile; pass --traffic with a CSV"
                    + " file or a shape such as business:day=50,night=2,hours=08:00-18:00");
        }
        double peak = t.peakRps() != null ? t.peakRps() : t.baselineRps() != null ? t.baselineRps() : 0;
        double base = t.baselineRps() != null ? t.baselineRps() : peak / 10;
        if (!(peak >= 0 && peak <= Traffic.MAX_RPS && base >= 0 && base <= Traffic.MAX_RPS)) {
            throw new SimulationException(t.source().location() + ": the declared traffic profile has peakRps "
                    + t.peakRps() + " and baselineRps " + t.baselineRps() + "; simulate needs finite numbers between 0"
                    + " and " + Traffic.fmt(Traffic.MAX_RPS) + " req/s");
        }
        boolean bursts = t.hasBursts();
        String spec;
        if (t.isPredictable()) {
            String hours = t.peakHours() == null ? "08:00-18:00" : t.peakHours().trim().split("\\s+")[0];
            double day = bursts ? peak / 2 : peak;
            spec = "business:day=" + Traffic.fmt(day) + ",night=" + Traffic.fmt(base) + ",hours=" + hours
                    + (bursts ? ",burst=2,every=3h,for=30m,seed=1" : "");
        } else if (bursts && peak > 0 && base > 0 && peak > base) {
            spec = "spikes:base=" + Traffic.fmt(base) + ",burst=" + Traffic.fmt(peak / base)
                    + ",every=4h,for=20m,seed=1";
        } else {
            spec = "steady:rps=" + Traffic.fmt(peak);
        }
        Traffic shape = parse(spec);
        return new Traffic(shape.rps(), "declared traffic profile, as " + spec);
    }

    private static void addBursts(double[] rps, double factor, int every, int length, long seed, int[] window,
                                  boolean weekdaysOnly) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int start = 0; start < rps.length; start += every) {
            int room = Math.min(every, rps.length - start) - length;
            if (room <= 0) {
                break;
            }
            int at = start + random.nextInt(room);
            if (window != null && !(open(at, window, weekdaysOnly) && open(at + length - 1, window, weekdaysOnly))) {
                continue;
            }
            for (int m = at; m < at + length && m < rps.length; m++) {
                rps[m] *= factor;
            }
        }
    }

    private static boolean open(int minute, int[] window, boolean weekdaysOnly) {
        int ofDay = minute % 1440;
        return ofDay >= window[0] && ofDay < window[1] && (!weekdaysOnly || Clock.weekday(minute));
    }

    static int[] hours(String text) {
        String[] parts = text.split("-");
        if (parts.length != 2) {
            throw new SimulationException("hours must look like 08:00-18:00, got '" + text + "'");
        }
        int from = clock(parts[0]);
        int to = clock(parts[1]);
        if (to <= from) {
            throw new SimulationException("hours must end after they start, got '" + text + "'");
        }
        return new int[] {from, to};
    }

    private static int clock(String hhmm) {
        String[] p = hhmm.trim().split(":");
        try {
            int h = Integer.parseInt(p[0]);
            int m = p.length > 1 ? Integer.parseInt(p[1]) : 0;
            if (h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m > 0)) {
                throw new NumberFormatException();
            }
            return h * 60 + m;
        } catch (NumberFormatException e) {
            throw new SimulationException("'" + hhmm.trim() + "' is not a time of day like 08:00");
        }
    }

    static int duration(String text, String key) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            double minutes = t.endsWith("h") ? Double.parseDouble(t.substring(0, t.length() - 1)) * 60
                    : Integer.parseInt(t.endsWith("m") ? t.substring(0, t.length() - 1) : t);
            if (!(minutes >= 0 && minutes <= Traffic.MAX_MINUTES)) {
                throw new NumberFormatException();
            }
            return (int) Math.round(minutes);
        } catch (NumberFormatException e) {
            throw new SimulationException("traffic parameter " + key + "=" + text + ": expected a duration like 30m or 3h,"
                    + " at most 31 days");
        }
    }

    private static double number(Map<String, String> p, String key, double fallback) {
        String v = p.get(key);
        if (v == null) {
            return fallback;
        }
        String t = v.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("x")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            double d = Double.parseDouble(t);
            if (!(d >= 0 && d <= Traffic.MAX_RPS)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new SimulationException("traffic parameter " + key + "=" + v + ": expected a finite number between 0"
                    + " and " + Traffic.fmt(Traffic.MAX_RPS));
        }
    }

    private static Map<String, String> params(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new SimulationException("traffic parameters are key=value, got '" + part.trim() + "'");
            }
            out.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
