package dev.sagelint.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Advise's output: the changes, the nominal and worst-case figures before and after, and the diff. */
public final class AdviceReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AdviceReport() {
    }

    public static String text(Advice a, String diff, boolean written) {
        StringBuilder b = new StringBuilder();
        ScalingSetup s = a.recommended();
        String pct = Traffic.fmt(ResultText.round(a.margin() * 100)) + "%";
        String robust = a.margin() > 0 ? " in the worst case (traffic +/-" + pct + ", capacity -" + pct + ")"
                : " (nominal case only)";
        b.append("endpoint ").append(s.endpoint()).append(", variant ").append(s.variant()).append(": ")
                .append(a.met() ? "cheapest configuration with at most " : "no configuration searched keeps within ")
                .append(Traffic.fmt(ResultText.round(a.slo() * 100))).append("% of requests above capacity")
                .append(robust).append(a.met() ? "" : "; this one comes closest").append(" (").append(a.searched())
                .append(" configurations simulated)\n");
        b.append("traffic: ").append(a.before().traffic()).append('\n');
        b.append("capacity per instance: ").append(Traffic.fmt(ResultText.round(a.before().assumptions().capacityRps())))
                .append(" req/s, ").append(a.before().assumptions().capacitySource()).append('\n');
        for (String note : s.notes()) {
            b.append("note: ").append(note).append('\n');
        }
        b.append("\nchanges:\n");
        a.changes().forEach(c -> b.append("  - ").append(c).append('\n'));
        b.append("\nbefore: ").append(ResultText.summary(a.before())).append('\n');
        worst(b, a, a.beforeWorstCase(), a.beforeWorst());
        b.append("after:  ").append(ResultText.summary(a.after())).append('\n');
        worst(b, a, a.afterWorstCase(), a.afterWorst());
        if (diff.isEmpty()) {
            b.append("\nno change to the input\n");
        } else {
            b.append(written ? "\napplied to the input:\n" : "\ndiff (git apply or patch -p1 from this folder;"
                    + " --write applies it):\n").append(diff);
        }
        return b.toString();
    }

    private static void worst(StringBuilder b, Advice a, String name, SimulationResult.Totals t) {
        if (a.margin() > 0 && name.equals("nominal")) {
            b.append("        worst case: no perturbed case does worse\n");
        } else if (a.margin() > 0) {
            b.append("        worst case (").append(name).append("): ").append(t.minutesUnderProvisioned())
                    .append(" minutes under-provisioned; ").append(Traffic.fmt(ResultText.round(t.shareAboveCapacity() * 100)))
                    .append("% of requests above capacity\n");
        }
    }

    public static void writeText(Advice a, String diff, boolean written, Writer out) {
        write(out, text(a, diff, written));
    }

    public static void writeJson(Advice a, String format, String diff, boolean written, Writer out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("endpoint", a.recommended().endpoint());
        root.put("variant", a.recommended().variant());
        root.put("slo", ResultJson.num(a.slo()));
        root.put("margin", ResultJson.num(a.margin()));
        root.put("met", a.met());
        root.put("searched", a.searched());
        var changes = root.putArray("changes");
        a.changes().forEach(changes::add);
        var notes = root.putArray("notes");
        a.recommended().notes().forEach(notes::add);
        root.set("before", ResultJson.totals(a.before().totals()));
        ObjectNode beforeWorst = ResultJson.totals(a.beforeWorst());
        beforeWorst.put("case", a.beforeWorstCase());
        root.set("beforeWorstCase", beforeWorst);
        root.set("after", ResultJson.totals(a.after().totals()));
        ObjectNode afterWorst = ResultJson.totals(a.afterWorst());
        afterWorst.put("case", a.afterWorstCase());
        root.set("afterWorstCase", afterWorst);
        root.put("format", format);
        root.put("diff", diff);
        root.put("written", written);
        try {
            write(out, MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Writer out, String s) {
        try {
            out.write(s);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
