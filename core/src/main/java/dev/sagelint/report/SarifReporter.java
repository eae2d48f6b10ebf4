package dev.sagelint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagelint.engine.Fingerprints;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: the reported rules with help text
 * and URI in {@code tool.driver.rules}, one result per finding with its physical location and a
 * partial fingerprint ({@link Fingerprints}) that survives unrelated edits. Paths are relative to
 * the repository root ({@code %SRCROOT%}, declared in {@code originalUriBaseIds} without an absolute
 * location, so the report holds no machine's path): {@link RepositoryRoot#prefix} makes the working
 * folder's paths relative to it. Compared with a base ({@link Report#baseFingerprints}), each result says
 * whether it is {@code new} or {@code unchanged}, the findings {@code --new-only} hides included (as suppressed).
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final String repositoryPrefix;

    /** Paths as the findings give them (relative to the working folder). */
    public SarifReporter() {
        this("");
    }

    /** @param repositoryPrefix prepended to every path to make it relative to the repository root ({@code infra/}) */
    public SarifReporter(String repositoryPrefix) {
        this.repositoryPrefix = repositoryPrefix == null ? "" : repositoryPrefix;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        LintResult r = report.result();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolInfo.NAME);
        driver.put("version", report.toolVersion());
        driver.put("informationUri", ToolInfo.INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        // the rules of reported and of suppressed findings (a suppressed result names its rule too)
        List<RuleDescriptor> reported = java.util.stream.Stream.concat(report.reportedRules().stream(),
                        r.suppressedFindings().stream().map(s -> s.finding().ruleId()).distinct()
                                .map(id -> report.catalog().find(id).orElse(null)).filter(java.util.Objects::nonNull))
                .distinct().sorted().toList();
        for (RuleDescriptor d : reported) {
            index.put(d.id(), index.size());
            rules.add(rule(d));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : r.findings()) {
            result(results.addObject(), f, index, r.fingerprint(f), report);
        }
        // hidden findings stay visible to viewers as suppressed, with the reason (SARIF 3.27.23)
        for (dev.sagelint.engine.SuppressedFinding s : r.suppressedFindings()) {
            if (!index.containsKey(s.finding().ruleId())) {
                continue;
            }
            ObjectNode res = results.addObject();
            result(res, s.finding(), index, s.fingerprint(), report);
            ObjectNode suppression = res.putArray("suppressions").addObject();
            suppression.put("kind", s.inSource() ? "inSource" : "external");
            if (!s.justification().isBlank()) {
                suppression.put("justification", s.justification());
            }
        }
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").putObject("description")
                .put("text", "The root of the repository the paths are relative to.");
        run.put("columnKind", "unicodeCodePoints");
        Json.write(root, out);
    }

    private void result(ObjectNode res, Finding f, Map<String, Integer> index, String fingerprint, Report report) {
        res.put("ruleId", f.ruleId());
        res.put("ruleIndex", index.get(f.ruleId()));
        res.put("level", level(f.severity()));
        res.putObject("message").put("text", f.message());
        ObjectNode physical = res.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(repositoryPrefix + f.location().file())).put("uriBaseId", "%SRCROOT%");
        if (f.location().line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", f.location().line());
            if (f.location().column() > 0) {
                region.put("startColumn", f.location().column());
            }
        }
        res.putObject("partialFingerprints").put(Fingerprints.SARIF_KEY, fingerprint);
        // with --base: whether the base already had the finding (SARIF 3.27.24), by the same fingerprint
        String state = report.baselineState(fingerprint);
        if (state != null) {
            res.put("baselineState", state);
        }
    }

    private static ObjectNode rule(RuleDescriptor d) {
        ObjectNode rule = Json.MAPPER.createObjectNode();
        rule.put("id", d.id());
        rule.put("name", name(d.summary()));
        rule.putObject("shortDescription").put("text", d.summary());
        rule.putObject("fullDescription").put("text", d.summary());
        String markdown = d.explanation().isBlank() ? d.summary() : d.explanation();
        rule.putObject("help").put("text", markdown).put("markdown", markdown);
        String helpUri = Report.helpUri(d);
        if (helpUri != null) {
            rule.put("helpUri", helpUri);
        }
        rule.putObject("defaultConfiguration").put("level", level(d.severity()));
        ObjectNode props = rule.putObject("properties");
        ArrayNode tags = props.putArray("tags");
        d.tags().forEach(tags::add);
        props.put("precision", "high");
        return rule;
    }

    /** A PascalCase name from the summary, as SARIF viewers show it: "MinCapacityZeroOnARealTime...". */
    static String name(String summary) {
        StringBuilder s = new StringBuilder();
        for (String word : summary.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                s.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return s.toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference: path segments percent-encoded where needed. */
    static String uri(String path) {
        StringBuilder s = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
                s.append((char) c);
            } else {
                s.append('%').append(String.format("%02X", c));
            }
        }
        return s.toString();
    }
}
