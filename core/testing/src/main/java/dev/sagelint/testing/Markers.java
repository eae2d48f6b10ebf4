package dev.sagelint.testing;

import dev.sagelint.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads expectations from a fixture: {@code # expect: SL201} (or {@code // expect:}) on the line
 * that should be reported, {@code # expect: SL201 "fragment"} to check the message too, and
 * {@code # expect: SL201, SL203} for two rules. JSON has no comments, so {@code bad.json} keeps its
 * markers in {@code bad.json.expect}, one per line: {@code 12 SL201 "fragment"}.
 */
final class Markers {

    private static final Pattern INLINE = Pattern.compile("(?:#|//)\\s*expect:\\s*(.+)$");
    private static final Pattern SIDECAR = Pattern.compile("^\\s*(\\d+)\\s+(.+)$");
    private static final Pattern ITEM = Pattern.compile(
            "([A-Z]{2,5}[0-9]{3})(?:\\s+(error|warning|info)\\b)?(?:\\s+\"([^\"]*)\")?");

    private Markers() {
    }

    static List<Expectation> inline(String text) {
        List<Expectation> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = INLINE.matcher(lines[i]);
            if (m.find()) {
                items(i + 1, m.group(1), out);
            }
        }
        return out;
    }

    static List<Expectation> sidecar(String text) {
        List<Expectation> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            Matcher m = SIDECAR.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("bad expectation line '" + line
                        + "'; write <line> <RULE> [error|warning|info] [\"message fragment\"]");
            }
            items(Integer.parseInt(m.group(1)), m.group(2), out);
        }
        return out;
    }

    private static void items(int line, String spec, List<Expectation> out) {
        Matcher m = ITEM.matcher(spec);
        boolean any = false;
        while (m.find()) {
            out.add(new Expectation(line, m.group(1),
                    m.group(2) == null ? null : Severity.parse(m.group(2)), m.group(3)));
            any = true;
        }
        if (!any) {
            throw new IllegalArgumentException("line " + line + ": expect marker without a rule id: " + spec);
        }
    }
}
