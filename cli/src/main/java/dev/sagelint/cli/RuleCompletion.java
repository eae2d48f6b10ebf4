package dev.sagelint.cli;

import dev.sagelint.engine.Linter;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.model.Severity;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Shell completion values for rule options: the built-in rule ids, their tags and the severities. */
final class RuleCompletion implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        List<String> values = new ArrayList<>();
        try {
            List<RuleDescriptor> rules = Linter.builder().discoverRulePacks(RuleCompletion.class.getClassLoader())
                    .build().catalog().all();
            rules.forEach(r -> values.add(r.id()));
            TreeSet<String> tags = new TreeSet<>();
            rules.forEach(r -> tags.addAll(r.tags()));
            values.addAll(tags);
        } catch (RuntimeException e) {
            // completion without rule ids is still completion
        }
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            values.add(s.label());
        }
        return values.iterator();
    }

    /** Completion values for {@code --format} of lint. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.Arrays.stream(dev.sagelint.report.ReportFormat.values())
                    .map(dev.sagelint.report.ReportFormat::label).iterator();
        }
    }

    /** Completion values for {@code --fail-on-severity}. */
    static final class Thresholds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("error", "warning", "info", "none").iterator();
        }
    }
}
