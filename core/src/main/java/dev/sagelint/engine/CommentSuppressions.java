package dev.sagelint.engine;

import dev.sagelint.model.Location;
import dev.sagelint.model.Suppression;
import dev.sagelint.parse.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds inline suppressions in comments ({@code #} in YAML and HCL, {@code //} in HCL):
 * <pre>
 * minCapacity: 0  # sagelint-disable-line SL201 -- warm pool handled by ops
 * # sagelint-disable-next-line SL201, SL204 -- dev stage
 * </pre>
 * The reason after {@code --} is mandatory. {@code disable-next-line} covers the next line that is
 * neither blank nor only a comment.
 */
public final class CommentSuppressions {

    private static final Pattern MARKER = Pattern.compile(
            "(?:#|//)\\s*sagelint-disable-(next-line|line)\\b(.*)$");
    private static final Pattern COMMENT_ONLY = Pattern.compile("^\\s*(?:#|//).*$");

    private CommentSuppressions() {
    }

    public static List<Suppression> scan(SourceFile file) {
        if (!file.text().contains("sagelint-disable-")) {
            return List.of();
        }
        String[] lines = file.text().split("\\R", -1);
        List<Suppression> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            int lineNo = i + 1;
            Location at = new Location(file.path(), lineNo, m.start() + 1);
            int covered = m.group(1).equals("line") ? lineNo : nextCodeLine(lines, i);
            String rest = m.group(2);
            int dashes = rest.indexOf("--");
            int idsEnd = dashes < 0 ? rest.length() : dashes;
            int comment = rest.indexOf('#');
            if (comment >= 0 && comment < idsEnd) {
                idsEnd = comment; // a later comment on the line is not part of the rule list
            }
            String ids = rest.substring(0, idsEnd);
            String reason = dashes < 0 ? null : rest.substring(dashes + 2).strip();
            List<String> ruleIds = java.util.Arrays.stream(ids.strip().split("[,\\s]+"))
                    .filter(s -> !s.isEmpty()).toList();
            if (ruleIds.isEmpty()) {
                out.add(Suppression.of("", reason, at, covered, covered));
            }
            for (String id : ruleIds) {
                out.add(Suppression.of(id, reason, at, covered, covered));
            }
        }
        return out;
    }

    private static int nextCodeLine(String[] lines, int from) {
        for (int j = from + 1; j < lines.length; j++) {
            if (!lines[j].isBlank() && !COMMENT_ONLY.matcher(lines[j]).matches()) {
                return j + 1;
            }
        }
        return from + 1;
    }
}
