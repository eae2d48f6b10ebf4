package dev.sagelint.rules.support;

import dev.sagelint.model.Endpoint;
import dev.sagelint.model.Location;
import dev.sagelint.model.Variant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds up the concurrency the serverless variants of one deployment allocate, for SL211. Variants are taken in
 * the order they are written, as a deploy in file order would create them; the first whose concurrency takes
 * the running total above the quota is where the finding is reported.
 */
public final class ServerlessQuotas {

    private ServerlessQuotas() {
    }

    /** Where the running total first exceeds the limit, or null when it never does. */
    public static QuotaCrossing crossing(List<?> variants, List<?> endpoints, boolean provisioned, int limit) {
        Map<String, String> endpointByConfig = endpoints.stream().filter(Endpoint.class::isInstance)
                .map(Endpoint.class::cast).filter(e -> e.configKey() != null && e.name() != null)
                .collect(Collectors.toMap(Endpoint::configKey, Endpoint::name, (a, b) -> a));
        List<Variant> serverless = variants.stream().filter(Variant.class::isInstance).map(Variant.class::cast)
                .filter(v -> v.serverless() != null && !v.shadow() && value(v, provisioned) != null)
                .sorted(Comparator.comparing((Variant v) -> v.source().location()))
                .toList();
        int total = 0;
        Location at = null;
        List<String> parts = new ArrayList<>();
        for (Variant v : serverless) {
            total += value(v, provisioned);
            String who = endpointByConfig.getOrDefault(v.configKey(), v.name() == null ? "a variant" : v.name());
            parts.add(who + " " + value(v, provisioned));
            if (at == null && total > limit) {
                at = v.serverless().source().at(provisioned ? "provisionedConcurrency" : "maxConcurrency");
            }
        }
        return at == null ? null : new QuotaCrossing(at, total, String.join(" + ", parts));
    }

    private static Integer value(Variant v, boolean provisioned) {
        return provisioned ? v.serverless().provisionedConcurrency() : v.serverless().maxConcurrency();
    }
}
