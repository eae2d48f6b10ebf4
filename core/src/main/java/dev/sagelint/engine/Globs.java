package dev.sagelint.engine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Include/exclude patterns, matched against display paths (relative to the working folder, forward
 * slashes). {@code **} matches across folders, {@code *} and {@code ?} within one name; a pattern
 * without a slash matches a file name in any folder ({@code *.json} is {@code **}{@code /*.json}).
 */
public final class Globs {

    private final List<Pattern> patterns;

    public Globs(List<String> globs) {
        this.patterns = globs.stream().map(Globs::compile).toList();
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    public boolean matches(String path) {
        return patterns.stream().anyMatch(p -> p.matcher(path).matches());
    }

    static Pattern compile(String glob) {
        String g = glob.strip().replace('\\', '/');
        if (g.startsWith("./")) {
            g = g.substring(2);
        }
        if (!g.contains("/")) {
            g = "**/" + g;
        }
        if (g.endsWith("/")) {
            g = g + "**";
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                boolean slash = i + 2 < g.length() && g.charAt(i + 2) == '/';
                re.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '{') {
                int end = g.indexOf('}', i);
                if (end < 0) {
                    re.append("\\{");
                } else {
                    re.append("(?:");
                    String[] alternatives = g.substring(i + 1, end).split(",", -1);
                    for (int a = 0; a < alternatives.length; a++) {
                        re.append(a > 0 ? "|" : "").append(Pattern.quote(alternatives[a]));
                    }
                    re.append(")");
                    i = end;
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
