package dev.sagelint.model;

/** ProductionVariant.ManagedInstanceScaling; each value null when not written. */
public record ManagedInstanceScaling(String status, Integer minInstanceCount, Integer maxInstanceCount,
                                     Source source) {

    public boolean enabled() {
        return "ENABLED".equals(status);
    }
}
