package dev.sagelint.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean SL201?" for a mistyped rule id: a mis-cased id is recognised outright, otherwise the
 * closest known id within one edit (two for words longer than an id; ties broken by the id's order, so the hint is deterministic).
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The known id the text most likely meant, if one is close enough. */
    public static Optional<String> closest(String text, Collection<String> known) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String id : known.stream().sorted().toList()) {
            int d = distance(wanted, id.toUpperCase(Locale.ROOT));
            if (d < bestDistance) {
                best = id;
                bestDistance = d;
            }
        }
        // one edit in an id (SL999 is not SL109), two in a longer word such as a tag
        int allowed = wanted.length() <= 5 ? 1 : 2;
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** {@code "; did you mean SL201?"}, or an empty string when nothing is close. */
    public static String hint(String text, Collection<String> known) {
        return closest(text, known).map(id -> "; did you mean " + id + "?").orElse("");
    }

    /** Levenshtein distance, with a swap of two neighbours counting as one edit (optimal string alignment). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
