package dev.sagelint.engine;

import dev.sagelint.model.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Identifies a finding by what it is about rather than where it sits: the rule, the file and the
 * text of the reported line (whitespace collapsed), plus an occurrence number among findings with the
 * same three. Adding or removing lines elsewhere in the file leaves it unchanged; editing the
 * reported line changes it. SARIF {@code partialFingerprints} and the baseline both use it.
 */
public final class Fingerprints {

    /** The SARIF partialFingerprints key; bump the version if the algorithm ever changes. */
    public static final String SARIF_KEY = "sagelintFingerprint/v1";

    private Fingerprints() {
    }

    /**
     * Fingerprints for sorted or unsorted findings.
     *
     * @param texts the text of a file by display path, or null when unknown (the line then counts as empty)
     */
    public static Map<Finding, String> of(List<Finding> findings, Function<String, String> texts) {
        if (findings.isEmpty()) {
            return Map.of();
        }
        Map<String, Lines> lines = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        Map<Finding, String> out = new HashMap<>();
        MessageDigest sha256 = sha256();
        for (Finding f : findings.stream().sorted().distinct().toList()) {
            String path = f.location().file();
            Lines fileLines = lines.computeIfAbsent(path, p -> new Lines(texts.apply(p)));
            String lineText = normalise(fileLines.line(f.location().line()));
            String identity = f.ruleId() + '\u0000' + path + '\u0000' + lineText;
            int n = occurrences.merge(identity, 1, Integer::sum);
            String print = HexFormat.of().formatHex(sha256.digest((identity + '\u0000' + n)
                    .getBytes(StandardCharsets.UTF_8)));
            out.put(f, print.substring(0, 32));
        }
        return out;
    }

    /**
     * The lines of a text as {@code text.split("\\R", -1)} gives them, found by one scan that keeps only where each
     * line starts and ends, and only as far as the last line asked for: splitting every file with findings into all
     * its lines was most of fingerprinting, and a report needs a line or two of each.
     */
    private static final class Lines {
        private final String text;
        private int[] bounds = new int[16]; // start, end of each line found so far
        private int count;
        private int next; // where the scan goes on; past the end once the last line is found

        Lines(String text) {
            this.text = text;
        }

        /** Line {@code n} (from 1), or "" when the text is unknown or has no such line. */
        String line(int n) {
            while (text != null && count < n && next <= text.length()) {
                scanLine();
            }
            return n >= 1 && n <= count ? text.substring(bounds[2 * n - 2], bounds[2 * n - 1]) : "";
        }

        /** Finds the line that starts at {@code next}; the last line ends at the end of the text. */
        private void scanLine() {
            int start = next;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' || c == '\n' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
                        || c == '\u2029') {
                    add(start, i);
                    next = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    return;
                }
            }
            add(start, text.length());
            next = text.length() + 1;
        }

        private void add(int start, int end) {
            if (2 * count + 2 > bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * count] = start;
            bounds[2 * count + 1] = end;
            count++;
        }
    }

    /** Stripped, each run of the characters regex {@code \\s} matches made one space. */
    private static String normalise(String line) {
        String stripped = line.strip();
        StringBuilder out = null;
        boolean inRun = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && out == null) {
                out = new StringBuilder(stripped.length()).append(stripped, 0, i);
            }
            if (out != null) {
                if (!space) {
                    out.append(c);
                } else if (!inRun) {
                    out.append(' ');
                }
            }
            inRun = space;
        }
        return out == null ? stripped : out.toString();
    }

    /** One digest per thread: looking the algorithm up through the security providers cost more than digesting. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    });

    private static MessageDigest sha256() {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest;
    }
}
