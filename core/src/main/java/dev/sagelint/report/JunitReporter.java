package dev.sagelint.report;

import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.model.Finding;
import dev.sagelint.text.Printable;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML as Jenkins, GitLab and Azure DevOps read it: one test suite per file, one test case per
 * finding and one passing case for a file without findings, so clean files show up as passed tests.
 *
 * <p>Only a finding that fails the run is a failure: at or above the failure threshold
 * ({@code failOnSeverity}), or the SL001 of an input that could not be read (which fails whatever the
 * threshold). A finding below the threshold is a passing case that carries its text in
 * {@code system-out}. Test names are stable across runs and unrelated edits: the rule id and the
 * finding's fingerprint ({@code SL201 3f2a...}); the class name is the file's path with its dots
 * replaced, since CI servers split class names at dots into packages.
 */
public final class JunitReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        LintResult r = report.result();
        Map<String, List<Finding>> byFile = new TreeMap<>();
        r.filesScanned().forEach(f -> byFile.put(f, new ArrayList<>()));
        r.unreadable().forEach(f -> byFile.put(f, new ArrayList<>()));
        r.findings().forEach(f -> byFile.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f));
        int tests = byFile.values().stream().mapToInt(l -> Math.max(1, l.size())).sum();
        long failures = r.findings().stream().filter(f -> fails(report, f)).count();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"sagelint\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\">\n");
        for (var e : byFile.entrySet()) {
            String file = e.getKey();
            List<Finding> findings = e.getValue();
            String classname = attr(classname(file));
            out.write("  <testsuite name=\"" + attr(file) + "\" tests=\"" + Math.max(1, findings.size())
                    + "\" failures=\"" + findings.stream().filter(f -> fails(report, f)).count()
                    + "\" errors=\"0\" skipped=\"0\">\n");
            if (findings.isEmpty()) {
                out.write("    <testcase classname=\"" + classname + "\" name=\"sagelint\"/>\n");
            }
            for (Finding f : findings) {
                RuleDescriptor rule = report.catalog().find(f.ruleId()).orElse(null);
                String summary = rule == null ? f.ruleId() : rule.summary();
                String help = rule == null ? null : Report.helpUri(rule);
                String body = text(Printable.line(f.toString()) + "\n" + Printable.line(summary) + (help == null ? "" : " (" + help + ")"));
                out.write("    <testcase classname=\"" + classname + "\" name=\"" + attr(f.ruleId() + " "
                        + r.fingerprint(f)) + "\">\n");
                if (fails(report, f)) {
                    out.write("      <failure type=\"" + f.severity().label() + "\" message=\"" + attr(f.message())
                            + "\">" + body + "</failure>\n");
                } else {
                    out.write("      <system-out>" + body + "</system-out>\n");
                }
                out.write("    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }

    /** A failure: it fails the run (at or above the threshold, or the SL001 of an unreadable input). */
    private static boolean fails(Report report, Finding f) {
        return report.config().fails(f.severity())
                || f.ruleId().equals("SL001") && report.result().unreadable().contains(f.location().file());
    }

    /** The path without dots, which CI servers would read as package separators: {@code nested/broken_yaml}. */
    static String classname(String path) {
        return path.replace('.', '_');
    }

    /** XML character data of one or more lines, each made {@link Printable#line printable}. */
    static String text(String s) {
        StringBuilder b = new StringBuilder();
        String[] lines = s.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            b.append(i > 0 ? "\n" : "").append(xml(Printable.line(lines[i])));
        }
        return b.toString();
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                    if (c == '\n' || c == '\t' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        b.appendCodePoint(c);
                    } else if (c != '\r') {
                        b.append('?');
                    }
                }
            }
        });
        return b.toString();
    }

    static String attr(String s) {
        return xml(Printable.line(s)).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
