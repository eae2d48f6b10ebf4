package dev.sagelint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagelint.model.Finding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings accepted as they are, so a team can adopt sagelint on an existing code base and fail only
 * on new findings. Entries match on rule, file and {@link Fingerprints fingerprint}, so they survive
 * edits elsewhere in a file; each entry hides one finding.
 *
 * <p>The file is JSON: {@code {"version": 1, "findings": [{"ruleId", "path", "fingerprint", "message"}]}},
 * sorted, with no timestamps, so it diffs well in review.
 */
public final class Baseline {

    public record Entry(String ruleId, String path, String fingerprint, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** A baseline holding every finding of the result. */
    public static Baseline of(LintResult result) {
        return new Baseline(result.findings().stream()
                .map(f -> new Entry(f.ruleId(), f.location().file(), result.fingerprint(f), f.message())).toList());
    }

    /** Reads a baseline file's text; {@code name} is used in error messages. */
    public static Baseline parse(String name, String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode findings = root == null ? null : root.get("findings");
            if (findings == null || !findings.isArray()) {
                throw new IllegalArgumentException(name + ": not a sagelint baseline (no \"findings\" array); "
                        + "create one with --write-baseline");
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonNode n : findings) {
                entries.add(new Entry(n.path("ruleId").asText(), n.path("path").asText(),
                        n.path("fingerprint").asText(), n.path("message").asText()));
            }
            return new Baseline(entries);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not valid JSON (" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())
                    + "); create the baseline with --write-baseline", e);
        }
    }

    /** The baseline as sorted, indented JSON ending in a newline. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode findings = root.putArray("findings");
        entries.stream().sorted(java.util.Comparator.comparing(Entry::path).thenComparing(Entry::ruleId)
                        .thenComparing(Entry::fingerprint))
                .forEach(e -> findings.addObject().put("ruleId", e.ruleId()).put("path", e.path())
                        .put("fingerprint", e.fingerprint()).put("message", e.message()));
        try {
            return dev.sagelint.text.Printable.wellFormed(JSON.writeValueAsString(root)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result without the findings this baseline records (each entry hides at most one). */
    public LintResult filter(LintResult result) {
        Map<String, Integer> remaining = new HashMap<>();
        entries.forEach(e -> remaining.merge(key(e.ruleId(), e.path(), e.fingerprint()), 1, Integer::sum));
        List<Finding> hidden = new ArrayList<>();
        for (Finding f : result.findings()) {
            String k = key(f.ruleId(), f.location().file(), result.fingerprint(f));
            Integer left = remaining.get(k);
            if (left != null && left > 0) {
                remaining.put(k, left - 1);
                hidden.add(f);
            }
        }
        return result.without(hidden);
    }

    private static String key(String ruleId, String path, String fingerprint) {
        return ruleId + '\u0000' + path + '\u0000' + fingerprint;
    }
}
