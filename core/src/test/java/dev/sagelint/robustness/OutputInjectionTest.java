package dev.sagelint.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.RuleCatalog;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.engine.ToolRules;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;
import dev.sagelint.report.Report;
import dev.sagelint.report.ReportFormat;
import dev.sagelint.text.Printable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 classes 5 and 6, generated: text from the input (a file name, a message quoting a value, a plugin
 * rule's summary) holding terminal escapes, line breaks, NUL, other control characters, bidirectional
 * overrides or lone surrogates, in every position, through every report format. The line-based reports keep
 * one line per finding and no control character; JSON and SARIF stay valid and carry the text (lone surrogates
 * as U+FFFD); every report encodes as strict UTF-8; two runs give the same bytes.
 */
class OutputInjectionTest {

    static final List<String> PAYLOADS = List.of(
            "\u001b[31mred\u001b[0m", "\u001b[2J\u001b[H", "\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007",
            "line\nforged.yaml:1:1: error SL201 forged", "a\r\nb", "over\rwrite", "\n::error file=x.yaml::forged",
            "nul\u0000byte", "del\u007f", "csi\u009b31m", "ls\u2028ps\u2029", "bidi\u202eevil\u202c",
            "iso\u2066x\u2069", "bom\ufeff", "back\bspace", "form\ffeed", "tab\there", "vt\u000bx",
            "lone high \ud800 end", "lone low \udc00 end", "reversed \udc00\ud800", "at end \ud83d",
            "</failure></testcase><testcase name=\"forged\"><failure>", "]]><!--", "%0A::error::x", "\"},{\"x\":1",
            "ok \ud83d\ude00 emoji");

    enum Place { FILE, MESSAGE, SUMMARY, ALL }

    record Case(String payload, Place place, ReportFormat format, boolean colour) {
        @Override
        public String toString() {
            return format.label() + (colour ? "+colour" : "") + " " + place + " "
                    + Printable.line(payload).replace("\\", "/");
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (String p : PAYLOADS) {
            for (Place place : Place.values()) {
                for (ReportFormat f : ReportFormat.values()) {
                    out.add(new Case(p, place, f, false));
                }
                out.add(new Case(p, place, ReportFormat.TEXT, true));
            }
        }
        return out;
    }

    static final String PACK_RULE = "ZZZ001";

    static Report report(Case c) {
        boolean inFile = c.place() == Place.FILE || c.place() == Place.ALL;
        boolean inMessage = c.place() == Place.MESSAGE || c.place() == Place.ALL;
        boolean inSummary = c.place() == Place.SUMMARY || c.place() == Place.ALL;
        String file = inFile ? "dir/" + c.payload() + ".yaml" : "dir/plain.yaml";
        String message = inMessage ? "endpoint '" + c.payload() + "' has no scaling" : "plain message";
        List<Finding> findings = List.of(
                new Finding(PACK_RULE, Severity.ERROR, new Location(file, 3, 7), message),
                new Finding("SL002", Severity.WARNING, new Location(file, 5, 1), message + " again"),
                new Finding(PACK_RULE, Severity.INFO, new Location("other.yaml", 1, 1), message));
        List<RuleDescriptor> rules = new ArrayList<>(ToolRules.descriptors());
        rules.add(new RuleDescriptor(PACK_RULE, Severity.ERROR, inSummary ? "summary " + c.payload() : "summary",
                "1.0.0", List.of("plugin"), "acme", "explanation"));
        LintResult result = new LintResult(findings, List.of(file, "other.yaml"), List.of(), 1);
        return new Report(result, new RuleCatalog(rules), "1.2.3", LintConfig.defaults());
    }

    static String render(Case c) throws Exception {
        StringWriter out = new StringWriter();
        c.format().reporter(c.colour()).write(report(c), out);
        return out.toString();
    }

    /** The colour codes the text reporter itself writes; nothing else may start an escape. */
    static final Pattern OWN_COLOURS = Pattern.compile("\u001b\\[(?:0|1|2|31|32|33|34)m");

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsStayIntact(Case c) throws Exception {
        String out = render(c);
        assertThat(render(c)).as("deterministic").isEqualTo(out);
        byte[] bytes = strictUtf8(out);
        switch (c.format()) {
            case TEXT -> text(c, out);
            case GITHUB -> github(out);
            case JUNIT -> junit(out, bytes);
            case JSON -> json(c, bytes);
            case SARIF -> sarif(c, bytes);
        }
    }

    private static void noControlCharacters(String out) {
        String visible = OWN_COLOURS.matcher(out).replaceAll("");
        for (int i = 0; i < visible.length(); i++) {
            char ch = visible.charAt(i);
            if (ch == '\n' || ch == '\t') {
                continue;
            }
            assertThat(Character.isISOControl(ch) || ch == 0x2028 || ch == 0x2029 || ch >= 0x202A && ch <= 0x202E
                    || ch >= 0x2066 && ch <= 0x2069 || ch == 0xFEFF || Character.isSurrogate(ch)
                    && !(Character.isHighSurrogate(ch) && i + 1 < visible.length()
                    && Character.isLowSurrogate(visible.charAt(i + 1)))
                    && !(Character.isLowSurrogate(ch) && i > 0 && Character.isHighSurrogate(visible.charAt(i - 1))))
                    .as("U+%04X at %d of %s", (int) ch, i, visible).isFalse();
        }
    }

    private static void text(Case c, String out) {
        noControlCharacters(out);
        String[] lines = OWN_COLOURS.matcher(out).replaceAll("").split("\n", -1);
        // three findings in two files: 2 + blank + 1 + blank + summary, then the final newline
        assertThat(lines).hasSize(7);
        Pattern finding = Pattern.compile("^.+:\\d+:\\d+: (error|warning|info) [A-Z]{2,5}\\d{3} .*$");
        assertThat(List.of(lines[0], lines[1], lines[3])).allMatch(l -> finding.matcher(l).matches());
        assertThat(lines[0]).startsWith(Printable.line(report(c).result().findings().get(0).location().toString()));
        assertThat(lines[2]).isEmpty();
        assertThat(lines[4]).isEmpty();
        assertThat(lines[5]).startsWith("3 findings (1 error, 1 warning, 1 info) in 2 of 2 files");
        assertThat(lines[6]).isEmpty();
    }

    private static void github(String out) {
        noControlCharacters(out);
        String[] lines = out.split("\n", -1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("::error file=");
        assertThat(lines[1]).startsWith("::warning file=");
        assertThat(lines[2]).startsWith("::notice file=other.yaml,");
        assertThat(lines[3]).isEqualTo("sagelint: 3 findings in 2 files");
        for (int i = 0; i < 3; i++) {
            // the only '::' separating properties from data is the one after the title
            String props = lines[i].substring(2, lines[i].indexOf("::", 2));
            assertThat(props).doesNotContain("\n", "\r");
            assertThat(lines[i].substring(2 + props.length() + 2)).doesNotContain("\r");
        }
    }

    private static void junit(String out, byte[] bytes) throws Exception {
        noControlCharacters(out);
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(bytes));
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        // failing findings (at or above the threshold) are failures, the others carry their text in system-out
        List<org.w3c.dom.Node> bodies = new ArrayList<>();
        for (String tag : List.of("failure", "system-out")) {
            var nodes = doc.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                bodies.add(nodes.item(i));
            }
        }
        assertThat(bodies).hasSize(3);
        for (org.w3c.dom.Node node : bodies) {
            String body = node.getTextContent();
            assertThat(body.split("\n", -1)).as(body).hasSize(2);
        }
    }

    private static JsonNode parse(byte[] bytes) throws Exception {
        return new ObjectMapper().readTree(bytes);
    }

    private static void json(Case c, byte[] bytes) throws Exception {
        JsonNode root = parse(bytes);
        List<Finding> expected = report(c).result().findings();
        assertThat(root.get("findings")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode n = root.get("findings").get(i);
            assertThat(n.get("path").asText()).isEqualTo(Printable.wellFormed(expected.get(i).location().file()));
            assertThat(n.get("message").asText()).isEqualTo(Printable.wellFormed(expected.get(i).message()));
        }
    }

    private static void sarif(Case c, byte[] bytes) throws Exception {
        JsonNode run = parse(bytes).get("runs").get(0);
        List<Finding> expected = report(c).result().findings();
        assertThat(run.get("results")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(run.get("results").get(i).get("message").get("text").asText())
                    .isEqualTo(Printable.wellFormed(expected.get(i).message()));
        }
    }

    /** Encodes as UTF-8 refusing anything unencodable (what a report file's writer does). */
    static byte[] strictUtf8(String s) throws CharacterCodingException {
        ByteBuffer b = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
