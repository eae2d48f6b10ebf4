package dev.sagelint.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/** The simulation for a terminal: what was assumed, the totals, the scaling events and an hourly table. */
public final class ResultText {

    private ResultText() {
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
        StringBuilder b = new StringBuilder();
        ScalingSetup s = r.setup();
        Assumptions a = r.assumptions();
        var t = r.totals();
        b.append("endpoint ").append(s.endpoint()).append(", variant ").append(s.variant()).append(" (")
                .append(s.instanceType()).append(")\n");
        b.append("traffic: ").append(r.traffic()).append('\n');
        b.append(f("capacity per instance: %s req/s, %s%n", Traffic.fmt(round(a.capacityRps())), a.capacitySource()));
        b.append(f("new instance serves after: %d min, %s%n", a.warmupMinutes(), a.warmupSource()));
        b.append("price: ").append(a.pricePerHour() == null ? "unknown" : "$" + money(a.pricePerHour()) + "/h")
                .append(", ").append(a.priceSource()).append('\n');
        for (String note : s.notes()) {
            b.append("note: ").append(note).append('\n');
        }
        b.append('\n').append(summary(r)).append('\n');
        b.append("\nscaling events:\n");
        if (r.events().isEmpty()) {
            b.append("  none\n");
        }
        for (var e : r.events()) {
            b.append(f("  %s  %-9s %d -> %d  %s%n", e.time(), e.kind(), e.from(), e.to(), e.cause()));
        }
        b.append("\nhour        demand req/s (avg/max)  desired (max)  in service (min)  min. short  req. above cap.\n");
        for (int h = 0; h * 60 < r.minutes().size(); h++) {
            var rows = r.minutes().subList(h * 60, Math.min(r.minutes().size(), h * 60 + 60));
            double avg = rows.stream().mapToDouble(SimulationResult.Minute::demandRps).average().orElse(0);
            double peak = rows.stream().mapToDouble(SimulationResult.Minute::demandRps).max().orElse(0);
            int desired = rows.stream().mapToInt(SimulationResult.Minute::desired).max().orElse(0);
            int serving = rows.stream().mapToInt(SimulationResult.Minute::inService).min().orElse(0);
            long shortMinutes = rows.stream().filter(SimulationResult.Minute::underProvisioned).count();
            double above = rows.stream().mapToDouble(SimulationResult.Minute::requestsAboveCapacity).sum();
            b.append(f("%-11s %10s / %-10s %8d %17d %11d %16s%n", rows.get(0).time(), Traffic.fmt(round(avg)),
                    Traffic.fmt(round(peak)), desired, serving, shortMinutes, Traffic.fmt(Math.round(above))));
        }
        return b.toString();
    }

    /** One paragraph with the totals, as quoted by advise and SL116. */
    public static String summary(SimulationResult r) {
        var t = r.totals();
        return f("%d of %d minutes under-provisioned; %s%% of requests arrived above capacity (%s of %s);"
                        + " %s instance-hours (%s above what the demand needed)%s; peak %d instances, %d scale-outs,"
                        + " %d scale-ins",
                t.minutesUnderProvisioned(), t.minutes(), Traffic.fmt(round(t.shareAboveCapacity() * 100)),
                Traffic.fmt(Math.round(t.requestsAboveCapacity())), Traffic.fmt(Math.round(t.requests())),
                Traffic.fmt(round(t.instanceHours())), Traffic.fmt(round(t.idleInstanceHours())),
                t.cost() == null ? "" : ", $" + money(t.cost()), t.peakDesired(), t.scaleOuts(), t.scaleIns());
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
