package dev.sagelint.engine;

import dev.sagelint.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rules the engine itself enforces after the rule packs ran, because they are about findings rather
 * than facts: suppression hygiene. Their explanations sit beside this class as Markdown.
 */
public final class ToolRules {

    /** A suppression without a reason: it hides nothing until it has one. */
    public static final String NO_REASON = "SL002";
    /** A suppression that hides nothing. */
    public static final String UNUSED = "SL003";

    private ToolRules() {
    }

    public static List<RuleDescriptor> descriptors() {
        return List.of(
                new RuleDescriptor(NO_REASON, Severity.WARNING, "Suppression without a reason", "0.1.0",
                        List.of("input", "suppression"), "sagelint", explanation(NO_REASON)),
                new RuleDescriptor(UNUSED, Severity.INFO, "Suppression that suppresses nothing", "0.1.0",
                        List.of("input", "suppression"), "sagelint", explanation(UNUSED)));
    }

    private static String explanation(String id) {
        try (InputStream in = ToolRules.class.getResourceAsStream("tool-rules/" + id + ".md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
