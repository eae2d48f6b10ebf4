package dev.sagelint.report;

import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.model.Finding;
import dev.sagelint.text.Printable;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...,col=...,title=...::message}), so
 * findings appear as annotations on the pull request. Info findings become notices.
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        LintResult r = report.result();
        for (Finding f : r.findings()) {
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            String summary = report.catalog().find(f.ruleId()).map(RuleDescriptor::summary).orElse("");
            StringBuilder line = new StringBuilder("::").append(command).append(" file=")
                    .append(property(f.location().file()));
            if (f.location().line() > 0) {
                line.append(",line=").append(f.location().line()).append(",col=").append(f.location().column());
            }
            line.append(",title=").append(property(f.ruleId() + " " + summary))
                    .append("::").append(data(f.message()));
            out.write(line + "\n");
        }
        out.write("sagelint: " + r.findings().size() + " finding" + (r.findings().size() == 1 ? "" : "s") + " in "
                + (r.filesScanned().size() + r.unreadable().size()) + " files\n");
    }

    /** Workflow-command data: one line, without terminal escapes, with GitHub's own escapes. */
    static String data(String s) {
        return Printable.line(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
