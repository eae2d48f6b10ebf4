package dev.sagelint.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Demand per minute in requests per second. Minute 0 is {@link Clock#START} (a Monday, 00:00 UTC),
 * so shapes that follow office hours and scheduled actions line up.
 *
 * @param rps         requests per second, one value per minute
 * @param description how the series was made, quoted in reports
 */
public record Traffic(List<Double> rps, String description) {

    /** Longest series simulate and advise replay: 31 days of minutes (the same bound as a shape's days). */
    public static final int MAX_MINUTES = 31 * 1440;
    /**
     * Largest demand accepted, in requests per second. Far above any single endpoint; it keeps every
     * derived figure (requests per minute, per instance, instance counts) finite.
     */
    public static final double MAX_RPS = 1_000_000;
    /** Largest CSV file read, in bytes (a 31-day series with generous formatting fits many times). */
    public static final long MAX_CSV_BYTES = 4L * 1024 * 1024;

    public Traffic {
        rps = List.copyOf(rps);
        if (rps.isEmpty()) {
            throw new SimulationException("the traffic series is empty; give at least one minute");
        }
        if (rps.size() > MAX_MINUTES) {
            throw new SimulationException(description + ": " + rps.size() + " minutes; simulate and advise replay"
                    + " at most " + MAX_MINUTES + " (31 days)");
        }
        for (int m = 0; m < rps.size(); m++) {
            Double r = rps.get(m);
            if (r == null || !(r >= 0 && r <= MAX_RPS)) {
                throw new SimulationException(description + ": minute " + m + " has " + r + " req/s; expected a"
                        + " finite number between 0 and " + fmt(MAX_RPS));
            }
        }
    }

    public int minutes() {
        return rps.size();
    }

    public double at(int minute) {
        return rps.get(minute);
    }

    public double peak() {
        return rps.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /**
     * Reads {@code minute,rps} lines; a first line that is not numeric is a header. Minutes start at
     * 0 and increase by one; errors name the line.
     */
    public static Traffic fromCsv(String name, String text) {
        List<Double> values = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(",");
            if (parts.length != 2) {
                throw new SimulationException(name + ":" + (i + 1) + ": expected 'minute,rps', got '" + line + "'");
            }
            int minute;
            double rps;
            try {
                minute = Integer.parseInt(parts[0].trim());
                rps = Double.parseDouble(parts[1].trim());
            } catch (NumberFormatException e) {
                if (values.isEmpty() && i == firstContentLine(lines)) {
                    continue;
                }
                throw new SimulationException(name + ":" + (i + 1) + ": expected numbers 'minute,rps', got '"
                        + line + "'");
            }
            if (minute != values.size()) {
                throw new SimulationException(name + ":" + (i + 1) + ": expected minute " + values.size()
                        + " (minutes start at 0 and go up by one), got " + minute);
            }
            if (!(rps >= 0 && rps <= MAX_RPS)) {
                throw new SimulationException(name + ":" + (i + 1) + ":" + (lines[i].indexOf(',') + 2) + ": rps is "
                        + parts[1].trim() + "; expected a finite number between 0 and " + fmt(MAX_RPS) + " req/s");
            }
            if (values.size() == MAX_MINUTES) {
                throw new SimulationException(name + ":" + (i + 1) + ": more than " + MAX_MINUTES
                        + " minutes; simulate and advise replay at most 31 days");
            }
            values.add(rps);
        }
        if (values.isEmpty()) {
            throw new SimulationException(name + ": no 'minute,rps' rows found");
        }
        return new Traffic(values, "CSV " + name + " (" + values.size() + " minutes)");
    }

    private static int firstContentLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].trim();
            if (!l.isEmpty() && !l.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    static String fmt(double v) {
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
