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
        Map<String, String[]> lines = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        Map<Finding, String> out = new HashMap<>();
        for (Finding f : findings.stream().sorted().distinct().toList()) {
            String path = f.location().file();
            String[] fileLines = lines.computeIfAbsent(path, p -> {
                String text = texts.apply(p);
                return text == null ? new String[0] : text.split("\\R", -1);
            });
            int line = f.location().line();
            String lineText = line >= 1 && line <= fileLines.length ? normalise(fileLines[line - 1]) : "";
            String identity = f.ruleId() + '\u0000' + path + '\u0000' + lineText;
            int n = occurrences.merge(identity, 1, Integer::sum);
            out.put(f, sha256(identity + '\u0000' + n).substring(0, 32));
        }
        return out;
    }

    private static String normalise(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
