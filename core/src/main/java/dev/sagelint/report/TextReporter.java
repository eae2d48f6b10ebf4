package dev.sagelint.report;

import dev.sagelint.engine.LintResult;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;
import dev.sagelint.text.Printable;

import java.io.IOException;
import java.io.Writer;

/**
 * Compiler-style lines, {@code path:line:column: severity SL201 message}, grouped per file (a blank
 * line between files), then a one-line summary. ANSI colour only when asked (the CLI asks on a
 * terminal unless NO_COLOR is set).
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BLUE = "\u001b[34m";
    private static final String GREEN = "\u001b[32m";

    private final boolean color;
    private final boolean withSummary;

    public TextReporter(boolean color) {
        this(color, true);
    }

    /**
     * @param withSummary end with the summary line; the CLI prints it on standard error instead, once,
     *                    whatever the formats
     */
    public TextReporter(boolean color, boolean withSummary) {
        this.color = color;
        this.withSummary = withSummary;
    }

    /** The one-line summary: {@code 3 findings (3 errors, 0 warnings, 0 info) in 3 of 4 files; ...}. */
    public static String summaryLine(Report report) {
        return new TextReporter(false).summary(report);
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        LintResult result = report.result();
        String previousFile = null;
        for (Finding f : result.findings()) {
            String file = f.location().file();
            if (previousFile != null && !previousFile.equals(file)) {
                out.write("\n");
            }
            previousFile = file;
            // the place and message come from the input: escaped so they cannot forge lines or colours
            out.write(paint(BOLD, Printable.line(f.location().toString())) + ": "
                    + paint(colorOf(f.severity()), f.severity().label())
                    + " " + paint(DIM, Printable.line(f.ruleId())) + " " + Printable.line(f.message()) + "\n");
        }
        if (!withSummary) {
            return;
        }
        if (!result.findings().isEmpty()) {
            out.write("\n");
        }
        out.write(summary(report) + "\n");
    }

    private String summary(Report report) {
        LintResult r = report.result();
        int files = r.filesScanned().size() + r.unreadable().size();
        StringBuilder s = new StringBuilder();
        if (r.findings().isEmpty()) {
            s.append(paint(GREEN, "No findings")).append(" in ").append(plural(files, "file"));
        } else {
            long withFindings = r.findings().stream().map(f -> f.location().file()).distinct().count();
            s.append(paint(report.outcome().fails() ? RED : YELLOW, plural(r.findings().size(), "finding")))
                    .append(" (").append(plural(r.count(Severity.ERROR), "error")).append(", ")
                    .append(plural(r.count(Severity.WARNING), "warning")).append(", ")
                    .append(r.count(Severity.INFO)).append(" info) in ").append(withFindings).append(" of ")
                    .append(plural(files, "file"));
        }
        if (!r.unreadable().isEmpty()) {
            s.append("; ").append(r.unreadable().size()).append(" could not be read");
        }
        if (r.suppressed() > 0) {
            s.append("; ").append(r.suppressed()).append(" suppressed");
        }
        return s.append('.').toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String colorOf(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> BLUE;
        };
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
