package dev.sagelint.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagelint.model.Finding;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.Limits;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;
import dev.sagelint.parse.json.LocatedJson;

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

    /**
     * Reads a baseline file's text; {@code name} is used in error messages. A file that is not JSON, has no
     * {@code findings} array, or holds an entry without a text {@code ruleId}, {@code path} and {@code fingerprint}
     * is refused, at its line and column, with the fix: an entry that matched no finding would silently stop
     * hiding one.
     */
    public static Baseline parse(String name, String json) {
        var result = LocatedJson.parse(name, json, Limits.DEFAULT);
        if (result instanceof LocatedJson.Failed failed) {
            throw refused(failed.location(), failed.message());
        }
        Doc root = ((LocatedJson.Parsed) result).doc();
        Doc findings = root instanceof Doc.Obj o ? o.get("findings") : null;
        if (!(findings instanceof Doc.Arr items)) {
            throw refused(findings == null ? root.at() : findings.at(), "not a sagelint baseline (no \"findings\" array)");
        }
        List<InputProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < items.items().size(); i++) {
            String where = "findings[" + i + "]";
            DocReader e = DocReader.of(items.items().get(i), where, DocReader.API, problems);
            String ruleId = required(e, "ruleId", where, problems);
            String path = required(e, "path", where, problems);
            String fingerprint = required(e, "fingerprint", where, problems);
            String message = e.text("message");
            if (ruleId != null && path != null && fingerprint != null) {
                entries.add(new Entry(ruleId, path, fingerprint, message == null ? "" : message));
            }
        }
        if (!problems.isEmpty()) {
            InputProblem first = problems.get(0);
            throw refused(first.source().location(), first.message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
        return new Baseline(entries);
    }

    private static String required(DocReader e, String key, String where, List<InputProblem> problems) {
        String value = e.text(key);
        if (value == null && !e.written(key)) {
            e.problemHere(where + " has no \"" + key + "\"");
        }
        return value;
    }

    private static IllegalArgumentException refused(Location at, String message) {
        return new IllegalArgumentException(at + ": " + message + "; this is not a baseline sagelint wrote: "
                + "write it again with --write-baseline");
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
