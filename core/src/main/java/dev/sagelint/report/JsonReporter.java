package dev.sagelint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;

import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report, schema version 1: {@code dev/sagelint/report/sagelint-report-v1.schema.json}.
 * Fields are only ever added within a schema version; key order is fixed; no timestamps or absolute paths.
 */
public final class JsonReporter implements Reporter {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public void write(Report report, Writer out) throws IOException {
        LintResult r = report.result();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", ToolInfo.NAME).put("version", report.toolVersion());
        ObjectNode summary = root.putObject("summary");
        summary.put("outcome", report.outcome().name().toLowerCase(java.util.Locale.ROOT));
        summary.put("exitCode", report.outcome().exitCode());
        summary.put("failOnSeverity", report.config().failOnSeverity().map(Severity::label).orElse("none"));
        summary.put("filesScanned", r.filesScanned().size());
        summary.put("unreadable", r.unreadable().size());
        summary.put("findings", r.findings().size());
        summary.put("errors", r.count(Severity.ERROR));
        summary.put("warnings", r.count(Severity.WARNING));
        summary.put("infos", r.count(Severity.INFO));
        summary.put("suppressed", r.suppressed());
        ArrayNode files = root.putArray("files");
        r.filesScanned().forEach(files::add);
        ArrayNode unreadable = root.putArray("unreadable");
        r.unreadable().forEach(unreadable::add);
        ArrayNode rules = root.putArray("rules");
        for (RuleDescriptor d : report.reportedRules()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", d.id());
            rule.put("severity", d.severity().label());
            rule.put("summary", d.summary());
            ArrayNode tags = rule.putArray("tags");
            d.tags().forEach(tags::add);
            rule.put("since", d.since());
            rule.put("pack", d.packId());
            rule.put("helpUri", Report.helpUri(d));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = findings.addObject();
            n.put("ruleId", f.ruleId());
            n.put("severity", f.severity().label());
            n.put("path", f.location().file());
            n.put("line", f.location().line());
            n.put("column", f.location().column());
            n.put("message", f.message());
            n.put("fingerprint", r.fingerprint(f));
        }
        Json.write(root, out);
    }
}
