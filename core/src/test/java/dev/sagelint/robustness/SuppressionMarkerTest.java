package dev.sagelint.robustness;

import dev.sagelint.engine.CommentSuppressions;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.Linter;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Suppression;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 class 7, generated: a suppression marker inside a quoted YAML scalar (one line or several), a block
 * scalar, a flow collection's string, an HCL string, interpolation or heredoc, or anywhere in a JSON file is
 * text and suppresses nothing; the same marker in a real comment beside it still counts. Each case names the
 * lines whose marker is a real comment ({@code expected}); every marker is tried in each of its forms.
 */
class SuppressionMarkerTest {

    static final List<String> MARKERS = List.of("# sagelint-disable-line SL201 -- reviewed",
            "# sagelint-disable-next-line SL201 -- reviewed", "#sagelint-disable-line SL201, SL204 -- ok",
            "// sagelint-disable-line SL201 -- reviewed");

    record Case(String name, String path, String text, List<Integer> expected) {
        @Override
        public String toString() {
            return name + " " + path;
        }
    }

    /** {@code M} in a template is replaced by each marker. */
    static List<Case> cases() {
        List<Case> templates = new ArrayList<>();
        // YAML: text
        templates.add(new Case("double-quoted", "a.yaml", "minCapacity: \"0 M\"\n", List.of()));
        templates.add(new Case("single-quoted", "a.yaml", "minCapacity: '0 M'\n", List.of()));
        templates.add(new Case("single-quoted with ''", "a.yaml", "name: 'it''s M'\n", List.of()));
        templates.add(new Case("double-quoted with \\\"", "a.yaml", "name: \"say \\\" M\"\n", List.of()));
        templates.add(new Case("quoted key", "a.yaml", "\"M\": 1\n", List.of()));
        templates.add(new Case("multi-line double", "a.yaml", "note: \"first\n  M\n  last\"\nminCapacity: 0\n",
                List.of()));
        templates.add(new Case("multi-line single", "a.yaml", "note: 'first\n  M\n  last'\nminCapacity: 0\n",
                List.of()));
        templates.add(new Case("literal block", "a.yaml", "script: |\n  echo hi\n  M\nminCapacity: 0\n", List.of()));
        templates.add(new Case("folded block", "a.yaml", "script: >-\n  one\n\n  M\nminCapacity: 0\n", List.of()));
        templates.add(new Case("nested block", "a.yaml", "a:\n  - name: x\n    run: |+2\n        M\n    min: 0\n",
                List.of()));
        templates.add(new Case("sequence block", "a.yaml", "- |\n  M\n- 0\n", List.of()));
        templates.add(new Case("flow sequence", "a.yaml", "list: [a, \"M\", 'M']\n", List.of()));
        templates.add(new Case("flow map", "a.yaml", "map: {a: \"M\", b: 'M'}\n", List.of()));
        templates.add(new Case("tagged", "t.yaml", "Value: !Sub \"${A} M\"\n", List.of()));
        templates.add(new Case("anchored", "a.yaml", "value: &x \"M\"\n", List.of()));
        templates.add(new Case("plain with #", "a.yaml", "value: a#M\n", List.of()));
        // YAML: real comments next to text
        templates.add(new Case("comment after quoted", "a.yaml", "minCapacity: \"0\" M\n", List.of(1)));
        templates.add(new Case("comment after quoted #", "a.yaml", "name: \"a # b\" M\n", List.of(1)));
        templates.add(new Case("comment after multi-line", "a.yaml", "note: \"a\n  b\" M\n", List.of(2)));
        templates.add(new Case("comment on block header", "a.yaml", "script: | M\n  M\nminCapacity: 0 M\n",
                List.of(1, 3)));
        templates.add(new Case("comment after block", "a.yaml", "a:\n  s: |\n    M\n  M\n  b: 0\n", List.of(4)));
        templates.add(new Case("comment line", "a.yaml", "M\nminCapacity: 0\n", List.of(1)));
        templates.add(new Case("unterminated quote", "a.yaml", "a: \"x\nM\n", List.of()));
        // HCL: text
        templates.add(new Case("hcl string", "main.tf", "min_capacity = \"0 M\"\n", List.of()));
        templates.add(new Case("hcl escaped quote", "main.tf", "name = \"a \\\" M\"\n", List.of()));
        templates.add(new Case("hcl interpolation", "main.tf", "name = \"${var.a} M ${\"#\"}\"\n", List.of()));
        templates.add(new Case("hcl string in interpolation", "main.tf", "name = \"${lookup(m, \"M\")}\"\n",
                List.of()));
        templates.add(new Case("hcl heredoc", "main.tf", "policy = <<EOT\nM\n  M\nEOT\nmin_capacity = 0\n",
                List.of()));
        templates.add(new Case("hcl indented heredoc", "main.tf", "x {\n  p = <<-JSON\n    M\n    JSON\n}\n",
                List.of()));
        templates.add(new Case("hcl block comment", "main.tf", "/* M\nM */\nmin_capacity = 0\n", List.of()));
        templates.add(new Case("tfvars string", "x.tfvars", "note = \"M\"\n", List.of()));
        // HCL: real comments
        templates.add(new Case("hcl comment after string", "main.tf", "min_capacity = \"0\" M\n", List.of(1)));
        templates.add(new Case("hcl comment after heredoc", "main.tf", "p = <<EOT\nM\nEOT\nmin_capacity = 0 M\n",
                List.of(4)));
        templates.add(new Case("hcl comment line", "main.tf", "M\nmin_capacity = 0\n", List.of(1)));
        templates.add(new Case("hcl $${ literal", "main.tf", "a = \"$${x} M\"\n", List.of()));
        // JSON has no comments
        templates.add(new Case("json string", "t.json", "{\"MinCapacity\": \"0 M\"}\n", List.of()));
        templates.add(new Case("json bare", "t.json", "{\"MinCapacity\": 0}\nM\n", List.of()));
        templates.add(new Case("tf.json", "main.tf.json", "{\"locals\": {\"a\": \"M\"}}\n", List.of()));
        List<Case> out = new ArrayList<>();
        for (Case t : templates) {
            for (String m : MARKERS) {
                boolean slashes = m.startsWith("//");
                boolean hcl = t.path().endsWith(".tf") || t.path().endsWith(".tfvars");
                // '//' starts a comment in HCL only; in YAML it is text wherever it is
                List<Integer> expected = slashes && !hcl ? List.of() : t.expected();
                out.add(new Case(t.name() + " [" + m + "]", t.path(), t.text().replace("M", m), expected));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void onlyRealCommentsSuppress(Case c) {
        List<Suppression> found = CommentSuppressions.scan(new SourceFile(c.path(), c.text()));
        assertThat(found.stream().map(s -> s.source().location().line()).distinct().toList())
                .as(c.text()).containsExactlyElementsOf(c.expected());
    }

    static final Linter LINTER = Linter.builder().rulePack(new dev.sagelint.spi.RulePack() {
        @Override
        public String id() {
            return "markers";
        }

        @Override
        public List<dev.sagelint.spi.RuleSource> sources() {
            return List.of(new dev.sagelint.spi.RuleSource("markers.drl", """
                    package test.markers
                    import dev.sagelint.model.*
                    global dev.sagelint.engine.FindingSink sink
                    rule "TT914" @severity("ERROR") @summary("Min zero") @since("1.0")
                    when $t : ScalableTarget(minCapacity == 0)
                    then sink.report($t.source().at("minCapacity"), "MinCapacity is 0");
                    end
                    """));
        }

        @Override
        public java.util.Optional<String> explanation(String ruleId) {
            return java.util.Optional.empty();
        }
    }).build();

    /**
     * Through the engine: a marker in a string is no suppression, so nothing reports it as unused (SL003);
     * the same marker as a comment is one, which suppresses nothing here and is reported at its place.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void theEngineSeesTheSame(Case c) {
        LintResult r = LINTER.lint(List.of(new SourceFile(c.path(), c.text())));
        assertThat(r.findings().stream().filter(f -> f.ruleId().equals("SL003")).map(Finding::location)
                .map(l -> l.line()).distinct().toList()).as(r.findings().toString()).isEqualTo(c.expected());
    }

    static List<Case> specs() {
        String head = "apiVersion: sagelint/v1\nendpoints:\n  - name: ";
        String tail = "\n    variants: []\n";
        List<Case> out = new ArrayList<>();
        for (String m : MARKERS.subList(0, 3)) {
            out.add(new Case("spec double", "s.yaml", head + "\"e " + m + "\"" + tail, List.of()));
            out.add(new Case("spec single", "s.yaml", head + "'e " + m + "'" + tail, List.of()));
            out.add(new Case("spec multi-line", "s.yaml", head + "\"e\n      " + m + "\n      f\"" + tail, List.of()));
            out.add(new Case("spec comment", "s.yaml", head + "e  " + m + tail, List.of(3)));
        }
        return out;
    }
}
