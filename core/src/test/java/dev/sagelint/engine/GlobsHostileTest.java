package dev.sagelint.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 class 1: include/exclude globs are matched without backtracking. Generated globs and paths over a
 * small alphabet must match exactly as the regular-expression translation did (the reference below), and
 * patterns that make a backtracking matcher take exponential time finish on long paths with the right answer.
 */
class GlobsHostileTest {

    /** The former translation to java.util.regex, kept as the reference for what a glob means. */
    static Pattern reference(String glob) {
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

    record Case(String glob, List<String> paths) {
        @Override
        public String toString() {
            return glob;
        }
    }

    static List<Case> generated() {
        Random random = new Random(14);
        String[] atoms = {"a", "b", "/", "*", "**", "**/", "?", ".", "{a,b}", "{,a}", "{a/b,b}", "{", "}", ","};
        String[] pathAtoms = {"a", "b", "/", ".", "ab", "{", "}", ","};
        List<Case> out = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            StringBuilder glob = new StringBuilder();
            for (int k = random.nextInt(7) + 1; k > 0; k--) {
                glob.append(atoms[random.nextInt(atoms.length)]);
            }
            List<String> paths = new ArrayList<>();
            for (int p = 0; p < 30; p++) {
                StringBuilder path = new StringBuilder();
                for (int k = random.nextInt(8) + 1; k > 0; k--) {
                    path.append(pathAtoms[random.nextInt(pathAtoms.length)]);
                }
                paths.add(path.toString());
            }
            out.add(new Case(glob.toString(), paths));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void matchesLikeTheRegularExpression(Case c) {
        Globs globs = new Globs(List.of(c.glob()));
        Pattern re = reference(c.glob());
        for (String path : c.paths()) {
            assertThat(globs.matches(path)).as("%s ~ %s", c.glob(), path).isEqualTo(re.matcher(path).matches());
        }
    }

    static List<Case> hostile() {
        String longName = "a".repeat(5_000);
        String deep = "a/".repeat(2_000) + "x.yaml";
        List<Case> out = new ArrayList<>();
        out.add(new Case("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", List.of(longName)));
        out.add(new Case("**a**a**a**a**a**a**a**a**a**a**a**a**b", List.of(deep, longName)));
        out.add(new Case("**/**/**/**/**/**/**/**/**/**/**/**/**/**/y.yaml", List.of(deep)));
        out.add(new Case("{a,aa,aaa}{a,aa,aaa}{a,aa,aaa}{a,aa,aaa}{a,aa,aaa}{a,aa,aaa}b", List.of("a".repeat(40))));
        out.add(new Case("*".repeat(2_000) + "b", List.of(longName)));
        out.add(new Case("?".repeat(4_999) + "*b", List.of(longName)));
        out.add(new Case("**/" + "*a".repeat(500) + "*c", List.of(deep.replace('x', 'a'))));
        return out;
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("hostile")
    void backtrackingPatternsFinishWithTheRightAnswer(Case c) {
        // none of these paths ends in the pattern's last literal, so none matches
        for (String path : c.paths()) {
            assertThat(new Globs(List.of(c.glob())).matches(path)).isFalse();
        }
    }

    @Test
    void hostilePatternsStillMatchWhatTheySay() {
        assertThat(new Globs(List.of("*a*a*a*a*a*a*a*a*a*a*b")).matches("a".repeat(5_000) + "b")).isTrue();
        assertThat(new Globs(List.of("**/**/**/**/**/x.yaml")).matches("a/".repeat(2_000) + "x.yaml")).isTrue();
        assertThat(new Globs(List.of("*".repeat(2_000) + "b")).matches("a".repeat(5_000) + "b")).isTrue();
    }
}
