package dev.sagelint.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A chart a person reads at a glance: demand against serving capacity over time, the shortfall
 * shaded red, scheduled actions as labelled vertical lines, scale-outs and scale-ins as marks on the
 * time axis, with a legend and labelled axes. Hand-written SVG with fixed number formatting, so the
 * same simulation always gives the same bytes.
 */
public final class SvgChart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 460;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 80;
    private static final int BOTTOM = 60;
    /** A generous width of one 12-px sans-serif character, to keep labels inside the canvas. */
    static final double CHAR_WIDTH = 7.5;

    private SvgChart() {
    }

    public static void write(SimulationResult r, Writer out) {
        try {
            out.write(render(r));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String render(SimulationResult r) {
        return render(r, top(r));
    }

    /** The charts of several runs (advise's before and after) on one y scale, so they compare at a glance. */
    public static List<String> renderAll(List<SimulationResult> runs) {
        double top = runs.stream().mapToDouble(SvgChart::top).max().orElse(0);
        return runs.stream().map(r -> render(r, top)).toList();
    }

    /** The largest value the chart of a run shows: demand or desired capacity. */
    private static double top(SimulationResult r) {
        double top = 0;
        for (var m : r.minutes()) {
            top = Math.max(top, Math.max(m.demandRps(), m.desired() * r.assumptions().capacityRps()));
        }
        return top;
    }

    private static String render(SimulationResult r, double top) {
        List<SimulationResult.Minute> rows = r.minutes();
        int n = rows.size();
        double yMax = niceCeiling(top * 1.1);
        Plot p = new Plot(n, yMax);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        title(b, r);
        grid(b, p, n, yMax);
        shortfall(b, p, rows);
        b.append(path(p, rows, true, r.assumptions().capacityRps(), "#9e9e9e", "stroke-dasharray=\"5 3\""));
        b.append(path(p, rows, false, r.assumptions().capacityRps(), "#2e7d32", "stroke-width=\"2\""));
        b.append(demand(p, rows));
        events(b, p, r);
        legend(b);
        b.append("</svg>\n");
        return b.toString();
    }

    private record Plot(int minutes, double yMax) {
        double x(double minute) {
            return LEFT + (WIDTH - LEFT - RIGHT) * minute / Math.max(1, minutes);
        }

        double y(double rps) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - rps / yMax);
        }
    }

    private static void title(StringBuilder b, SimulationResult r) {
        var t = r.totals();
        b.append(text(LEFT, 22, "font-size=\"16\" font-weight=\"bold\"",
                "Endpoint " + r.setup().endpoint() + " / " + r.setup().variant() + ": demand vs. serving capacity"));
        b.append(text(LEFT, 42, "fill=\"#444\"", String.format(Locale.ROOT,
                "%d of %d minutes short, %s%% of requests above capacity, %s instance-hours%s; capacity %s req/s"
                        + " per instance (%s)",
                t.minutesUnderProvisioned(), t.minutes(), Traffic.fmt(ResultText.round(t.shareAboveCapacity() * 100)),
                Traffic.fmt(ResultText.round(t.instanceHours())),
                t.cost() == null ? "" : ", $" + ResultText.money(t.cost()),
                Traffic.fmt(ResultText.round(r.assumptions().capacityRps())),
                r.assumptions().capacitySource().startsWith("derived") ? "derived from the target" : "load test")));
    }

    private static void grid(StringBuilder b, Plot p, int n, double yMax) {
        double step = yMax / 5;
        for (int i = 0; i <= 5; i++) {
            double v = step * i;
            b.append(line(LEFT, p.y(v), WIDTH - RIGHT, p.y(v), "#e0e0e0", ""));
            b.append(text(LEFT - 8, p.y(v) + 4, "text-anchor=\"end\"", Traffic.fmt(ResultText.round(v))));
        }
        int every = n <= 1440 ? 120 : n <= 4320 ? 360 : 1440;
        for (int m = 0; m <= n; m += every) {
            b.append(line(p.x(m), TOP, p.x(m), HEIGHT - BOTTOM, "#eeeeee", ""));
            String label = n <= 1440 ? Clock.hhmm(m) : Clock.label(m);
            // a label centred on the right edge would run past the canvas: the last one ends at its tick
            boolean fits = p.x(m) + label.length() * CHAR_WIDTH / 2 <= WIDTH;
            b.append(text(p.x(m), HEIGHT - BOTTOM + 18, fits ? "text-anchor=\"middle\"" : "text-anchor=\"end\"",
                    label));
        }
        b.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#333", ""));
        b.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#333", ""));
        b.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 12, "text-anchor=\"middle\"",
                "time (UTC, from Monday 00:00)"));
        b.append(String.format(Locale.ROOT, "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90"
                + " 18 %.1f)\">requests per second</text>%n", (TOP + HEIGHT - BOTTOM) / 2.0,
                (TOP + HEIGHT - BOTTOM) / 2.0));
    }

    /** Red areas where demand exceeds the capacity of the instances serving. */
    private static void shortfall(StringBuilder b, Plot p, List<SimulationResult.Minute> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).underProvisioned()) {
                continue;
            }
            int start = i;
            while (i < rows.size() && rows.get(i).underProvisioned()) {
                i++;
            }
            StringBuilder d = new StringBuilder();
            for (int m = start; m < i; m++) {
                d.append(m == start ? "M" : "L").append(xy(p.x(m), p.y(rows.get(m).demandRps())));
                d.append("L").append(xy(p.x(m + 1), p.y(rows.get(m).demandRps())));
            }
            for (int m = i - 1; m >= start; m--) {
                d.append("L").append(xy(p.x(m + 1), p.y(Math.min(rows.get(m).capacityRps(), rows.get(m).demandRps()))));
                d.append("L").append(xy(p.x(m), p.y(Math.min(rows.get(m).capacityRps(), rows.get(m).demandRps()))));
            }
            b.append("<path d=\"").append(d).append("Z\" fill=\"#e53935\" fill-opacity=\"0.45\" stroke=\"none\"/>\n");
        }
    }

    private static String path(Plot p, List<SimulationResult.Minute> rows, boolean desired, double capacity,
                               String color, String extra) {
        StringBuilder d = new StringBuilder();
        for (int m = 0; m < rows.size(); m++) {
            double v = (desired ? rows.get(m).desired() : rows.get(m).inService()) * capacity;
            d.append(m == 0 ? "M" : "L").append(xy(p.x(m), p.y(v))).append("L").append(xy(p.x(m + 1), p.y(v)));
        }
        return "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + color + "\" " + extra + "/>\n";
    }

    private static String demand(Plot p, List<SimulationResult.Minute> rows) {
        StringBuilder d = new StringBuilder();
        for (int m = 0; m < rows.size(); m++) {
            d.append(m == 0 ? "M" : "L").append(xy(p.x(m), p.y(rows.get(m).demandRps())))
                    .append("L").append(xy(p.x(m + 1), p.y(rows.get(m).demandRps())));
        }
        return "<path d=\"" + d + "\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"1.5\"/>\n";
    }

    private static void events(StringBuilder b, Plot p, SimulationResult r) {
        int labelRow = 0;
        for (var e : r.events()) {
            double x = p.x(e.minute());
            double base = HEIGHT - BOTTOM;
            switch (e.kind()) {
                case "scale-out" -> b.append(String.format(Locale.ROOT,
                        "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"#ef6c00\"><title>%s scale-out %d to %d</title></path>%n",
                        x, base - 2, x - 4, base + 6, x + 4, base + 6, esc(e.time()), e.from(), e.to()));
                case "scale-in" -> b.append(String.format(Locale.ROOT,
                        "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"#00897b\"><title>%s scale-in %d to %d</title></path>%n",
                        x, base + 6, x - 4, base - 2, x + 4, base - 2, esc(e.time()), e.from(), e.to()));
                default -> {
                    b.append(line(x, TOP, x, base, "#7b1fa2", "stroke-dasharray=\"2 3\""));
                    b.append(text(x + 3, TOP + 12 + 13 * (labelRow++ % 3), "fill=\"#7b1fa2\" font-size=\"11\"",
                            e.cause().replace("scheduled action ", "")));
                }
            }
        }
    }

    private static void legend(StringBuilder b) {
        int y = 62;
        int x = LEFT;
        b.append(line(x, y - 4, x + 24, y - 4, "#1565c0", "stroke-width=\"1.5\""));
        b.append(text(x + 30, y, "", "demand"));
        x += 90;
        b.append(line(x, y - 4, x + 24, y - 4, "#2e7d32", "stroke-width=\"2\""));
        b.append(text(x + 30, y, "", "serving capacity"));
        x += 140;
        b.append(line(x, y - 4, x + 24, y - 4, "#9e9e9e", "stroke-dasharray=\"5 3\""));
        b.append(text(x + 30, y, "", "desired capacity (incl. starting)"));
        x += 230;
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"24\" height=\"10\" fill=\"#e53935\""
                + " fill-opacity=\"0.45\"/>%n", x, y - 9));
        b.append(text(x + 30, y, "", "shortfall"));
        x += 90;
        b.append(line(x + 12, y - 10, x + 12, y + 2, "#7b1fa2", "stroke-dasharray=\"2 3\""));
        b.append(text(x + 30, y, "", "scheduled action"));
        x += 150;
        b.append(String.format(Locale.ROOT, "<path d=\"M%d %dL%d %dL%d %dZ\" fill=\"#ef6c00\"/>%n", x + 6, y - 10,
                x + 1, y, x + 11, y));
        b.append(String.format(Locale.ROOT, "<path d=\"M%d %dL%d %dL%d %dZ\" fill=\"#00897b\"/>%n", x + 20, y,
                x + 15, y - 10, x + 25, y - 10));
        b.append(text(x + 30, y, "", "scale-out / in"));
    }

    private static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double f : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (f * magnitude >= v) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String xy(double x, double y) {
        return String.format(Locale.ROOT, "%.1f %.1f", x, y);
    }

    private static String line(double x1, double y1, double x2, double y2, String color, String extra) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" %s/>%n",
                x1, y1, x2, y2, color, extra);
    }

    private static String text(double x, double y, String attrs, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s>%s</text>%n", x, y, attrs, esc(content));
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
