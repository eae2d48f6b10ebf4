package dev.sagelint.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Advise's output: the changes, the before/after figures, and the patch in the input's format. */
public final class AdviceReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AdviceReport() {
    }

    public static String text(Advice a, String patch) {
        StringBuilder b = new StringBuilder();
        ScalingSetup s = a.recommended();
        b.append("endpoint ").append(s.endpoint()).append(", variant ").append(s.variant()).append(": ")
                .append(a.met() ? "cheapest configuration with at most " : "no configuration searched keeps within ")
                .append(Traffic.fmt(ResultText.round(a.slo() * 100))).append("% of requests above capacity")
                .append(a.met() ? "" : "; this one comes closest").append(" (").append(a.searched())
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
        b.append("after:  ").append(ResultText.summary(a.after())).append('\n');
        b.append("\npatch:\n").append(patch);
        return b.toString();
    }

    public static void writeText(Advice a, String patch, Writer out) {
        write(out, text(a, patch));
    }

    public static void writeJson(Advice a, String format, String patch, Writer out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("endpoint", a.recommended().endpoint());
        root.put("variant", a.recommended().variant());
        root.put("slo", ResultJson.num(a.slo()));
        root.put("met", a.met());
        root.put("searched", a.searched());
        var changes = root.putArray("changes");
        a.changes().forEach(changes::add);
        root.set("before", ResultJson.totals(a.before().totals()));
        root.set("after", ResultJson.totals(a.after().totals()));
        root.put("format", format);
        root.put("patch", patch);
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
