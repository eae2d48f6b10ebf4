package dev.sagelint.engine;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintsTest {

    static Finding at(int line, String rule) {
        return new Finding(rule, Severity.ERROR, new Location("a.yaml", line, 3), "m");
    }

    @Test
    void survivesLinesMovingButNotTheLineChanging() {
        String before = "a: 1\nminCapacity: 0\n";
        String after = "# new comment\n\na: 1\nminCapacity: 0\n";
        String edited = "a: 1\nminCapacity: 1\n";
        String fp = Fingerprints.of(List.of(at(2, "SL201")), p -> before).get(at(2, "SL201"));
        assertThat(Fingerprints.of(List.of(at(4, "SL201")), p -> after).get(at(4, "SL201"))).isEqualTo(fp);
        assertThat(Fingerprints.of(List.of(at(2, "SL201")), p -> edited).get(at(2, "SL201"))).isNotEqualTo(fp);
        assertThat(Fingerprints.of(List.of(at(2, "SL202")), p -> before).get(at(2, "SL202"))).isNotEqualTo(fp);
    }

    @Test
    void identicalLinesAreNumberedInOrder() {
        String text = "minCapacity: 0\nx: 1\n  minCapacity:   0\n";
        Map<Finding, String> fps = Fingerprints.of(List.of(at(3, "SL201"), at(1, "SL201")), p -> text);
        assertThat(fps.get(at(1, "SL201"))).isNotEqualTo(fps.get(at(3, "SL201")));
        assertThat(fps.get(at(1, "SL201"))).hasSize(32).matches("[0-9a-f]+");
    }

    /** The lines are cut and their spaces collapsed exactly as split("\\R", -1) and replaceAll("\\s+", " ") did. */
    @Test
    void linesAndSpacesReadAsTheRegexesRead() throws Exception {
        List<String> texts = java.util.Arrays.asList(null, "", "x", "\n", "\r\n", "\r", "\n\n", "\r\r\n",
                "a\r\nb\rc\nd\u2028e\u2029f\u0085g\u000Bh\fi", "  a \t  b\u00A0 c  \n\t\tline\u001F two \r\n",
                "k: v\u000B\u000Bw\n last", "\u3000 wide \u3000space\u3000\r\n\u2028");
        for (String text : texts) {
            List<Finding> findings = new java.util.ArrayList<>();
            for (int line = 0; line <= 12; line++) {
                findings.add(at(line, "SL201"));
                findings.add(new Finding("SL201", Severity.ERROR, new Location("a.yaml", line, 5), "m"));
            }
            assertThat(Fingerprints.of(findings, p -> text)).as(String.valueOf(text))
                    .isEqualTo(byRegex(findings, text));
        }
    }

    /** Fingerprints as they were first computed, with the regexes. */
    private static Map<Finding, String> byRegex(List<Finding> findings, String text) throws Exception {
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        Map<String, Integer> occurrences = new HashMap<>();
        Map<Finding, String> out = new HashMap<>();
        for (Finding f : findings.stream().sorted().distinct().toList()) {
            int line = f.location().line();
            String lineText = line >= 1 && line <= lines.length ? lines[line - 1].strip().replaceAll("\\s+", " ") : "";
            String identity = f.ruleId() + '\u0000' + f.location().file() + '\u0000' + lineText;
            int n = occurrences.merge(identity, 1, Integer::sum);
            out.put(f, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((identity + '\u0000' + n).getBytes(StandardCharsets.UTF_8))).substring(0, 32));
        }
        return out;
    }
}
