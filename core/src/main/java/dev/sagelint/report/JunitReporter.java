package dev.sagelint.report;

import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.model.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML as Jenkins, GitLab and Azure DevOps read it: one test suite per file, one failing test
 * case per finding (named by rule and position), and one passing case for a file without findings,
 * so clean files show up as passed tests.
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
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"sagelint\" tests=\"" + tests + "\" failures=\"" + r.findings().size()
                + "\" errors=\"0\">\n");
        for (var e : byFile.entrySet()) {
            String file = e.getKey();
            List<Finding> findings = e.getValue();
            out.write("  <testsuite name=\"" + attr(file) + "\" tests=\"" + Math.max(1, findings.size())
                    + "\" failures=\"" + findings.size() + "\" errors=\"0\" skipped=\"0\">\n");
            if (findings.isEmpty()) {
                out.write("    <testcase classname=\"" + attr(file) + "\" name=\"sagelint\"/>\n");
            }
            for (Finding f : findings) {
                String summary = report.catalog().find(f.ruleId()).map(RuleDescriptor::summary).orElse(f.ruleId());
                out.write("    <testcase classname=\"" + attr(file) + "\" name=\"" + attr(f.ruleId() + " "
                        + position(f) + " " + summary) + "\">\n");
                out.write("      <failure type=\"" + f.severity().label() + "\" message=\"" + attr(f.message())
                        + "\">" + text(f + "\n" + summary + " (" + Report.helpUri(report.catalog()
                        .find(f.ruleId()).orElseThrow()) + ")") + "</failure>\n");
                out.write("    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }

    private static String position(Finding f) {
        return f.location().line() == 0 ? "(file)" : "line " + f.location().line() + " column " + f.location().column();
    }

    static String text(String s) {
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
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
