package dev.sagelint.robustness;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.Source;
import dev.sagelint.parse.SourceFile;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The properties every read must have, whatever the input: checked by the hostile and fuzz suites. */
final class Sanity {

    private Sanity() {
    }

    /**
     * Every location of every fact (problems included) names one of the inputs, on a line that exists
     * (or just past the end, where a truncated file failed) and a positive column; problem messages are
     * sentences, not stack traces. Returns the violations (empty when sane).
     */
    static List<String> violations(List<SourceFile> files, List<Deployment> deployments) {
        Map<String, Integer> lines = new HashMap<>();
        for (SourceFile f : files) {
            lines.put(f.path(), (int) f.text().chars().filter(c -> c == '\n').count() + 2);
        }
        List<String> out = new ArrayList<>();
        for (Deployment d : deployments) {
            for (Fact fact : d.facts()) {
                Source source = sourceOf(fact);
                if (source == null) {
                    out.add("fact without a source: " + fact.getClass().getSimpleName());
                    continue;
                }
                check(source.location(), lines, fact, out);
                source.fields().values().forEach(l -> check(l, lines, fact, out));
                if (fact instanceof InputProblem p) {
                    String m = p.message();
                    if (m == null || m.isBlank() || m.contains("\n\tat ") || m.contains("Exception:")
                            && !m.contains("internal error") || m.matches(".*: null\\b.*")) {
                        out.add("unhelpful problem message at " + p.source().location() + ": " + m);
                    }
                }
            }
        }
        return out;
    }

    /** The problems of the read, in order. */
    static List<InputProblem> problems(List<Deployment> deployments) {
        return deployments.stream().flatMap(d -> d.facts().stream())
                .filter(InputProblem.class::isInstance).map(InputProblem.class::cast).toList();
    }

    private static void check(Location l, Map<String, Integer> lines, Fact fact, List<String> out) {
        if (l == null) {
            return;
        }
        Integer max = lines.get(l.file());
        if (max == null) {
            out.add(fact.getClass().getSimpleName() + " located in an unknown file: " + l);
        } else if (l.line() == 0 && l.column() == 0 && !(fact instanceof InputProblem)) {
            return; // the file as a whole
        } else if (l.line() < 1 || l.line() > max || l.column() < 1) {
            out.add(fact.getClass().getSimpleName() + " located outside its file (" + (max - 1) + " lines): " + l);
        }
    }

    private static Source sourceOf(Fact fact) {
        if (!fact.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            if (c.getType() == Source.class) {
                try {
                    return (Source) c.getAccessor().invoke(fact);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
