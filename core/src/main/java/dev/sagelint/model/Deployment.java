package dev.sagelint.model;

import java.util.List;

/**
 * Everything the rules see at once: the facts of one template, module, spec file or folder of API
 * exports. Rules never join facts of different deployments.
 *
 * @param id          a stable id, usually the display path
 * @param environment the declared stage ({@code prod}, {@code dev}, ...), null when unknown
 */
public record Deployment(String id, String environment, List<Fact> facts) {

    public Deployment {
        facts = List.copyOf(facts);
    }

    public boolean production() {
        return isProductionStage(environment);
    }

    /** True for the stage names teams use for production. */
    public static boolean isProductionStage(String stage) {
        if (stage == null) {
            return false;
        }
        String s = stage.trim().toLowerCase(java.util.Locale.ROOT);
        return s.equals("prod") || s.equals("production") || s.equals("prd");
    }
}
