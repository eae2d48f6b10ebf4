package dev.sagelint.parse;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InferenceComponent;
import dev.sagelint.model.InstanceQuota;
import dev.sagelint.model.Location;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ServerlessQuota;
import dev.sagelint.model.Source;
import dev.sagelint.model.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves the links between the facts of one deployment once, so rules join on keys instead of
 * re-deriving names: endpoint to config, target to endpoint, variant and inference component,
 * policy to target, model to its hosting endpoint; and copies what rules need on the variant (async, production).
 * A link the inputs do not determine stays null.
 */
public final class Linker {

    private static final List<String> STAGE_TAGS = List.of("environment", "stage", "env");

    private Linker() {
    }

    public static Deployment link(Deployment deployment, ParseContext context) {
        List<Fact> facts = deployment.facts();
        List<EndpointConfig> configs = only(facts, EndpointConfig.class);
        List<Endpoint> endpoints = new ArrayList<>();
        for (Endpoint e : only(facts, Endpoint.class)) {
            String configKey = e.configKey() != null ? e.configKey()
                    : configs.stream().filter(c -> e.configName() != null && e.configName().equals(c.name()))
                    .map(EndpointConfig::key).findFirst().orElse(null);
            var traffic = e.traffic() != null || e.name() == null ? e.traffic() : context.traffic().get(e.name());
            Boolean production = production(deployment, e.tags(), e.name() == null ? null
                    : context.production().get(e.name()));
            endpoints.add(e.linked(configKey, traffic, production));
        }
        List<EndpointConfig> linkedConfigs = configs.stream().map(c -> c.withProduction(
                or(production(deployment, c.tags(), null), endpoints.stream()
                        .filter(e -> c.key().equals(e.configKey()))
                        .map(Endpoint::production).filter(Objects::nonNull).reduce(Boolean::logicalOr).orElse(null))))
                .toList();
        Map<String, EndpointConfig> configByKey = byKey(linkedConfigs);
        List<Model> unlinkedModels = only(facts, Model.class);
        List<Variant> variants = only(facts, Variant.class).stream().map(v -> {
            EndpointConfig c = configByKey.get(v.configKey());
            String modelKey = v.modelKey() != null ? v.modelKey() : modelNamed(v.modelName(), unlinkedModels);
            return c == null ? v.linked(v.async(), v.production(), modelKey)
                    : v.linked(c.async(), c.production(), modelKey);
        }).toList();
        List<InferenceComponent> components = only(facts, InferenceComponent.class).stream()
                .map(ic -> ic.endpointKey() != null ? ic : ic.linked(endpoints.stream()
                        .filter(e -> ic.endpointName() != null && ic.endpointName().equals(e.name()))
                        .map(Endpoint::key).findFirst().orElse(null)))
                .toList();
        List<ScalableTarget> targets = only(facts, ScalableTarget.class).stream()
                .map(t -> linkTarget(t, endpoints, variants, components)).toList();
        List<Model> models = only(facts, Model.class).stream().map(m -> linkModel(m, endpoints, variants)).toList();
        List<ScalingPolicy> policies = only(facts, ScalingPolicy.class).stream()
                .map(p -> p.targetKey() != null || p.resourceId() == null ? p : p.withTargetKey(targets.stream()
                        .filter(t -> p.resourceId().equals(t.resourceId()))
                        .map(ScalableTarget::key).findFirst().orElse(null)))
                .toList();

        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (!(f instanceof Endpoint || f instanceof EndpointConfig || f instanceof Variant
                    || f instanceof InferenceComponent || f instanceof ScalableTarget || f instanceof ScalingPolicy
                    || f instanceof Model)) {
                out.add(f);
            }
        }
        out.addAll(endpoints);
        out.addAll(linkedConfigs);
        out.addAll(variants);
        out.addAll(components);
        out.addAll(targets);
        out.addAll(policies);
        out.addAll(models);
        out.addAll(configuredQuotas(facts, context));
        return new Deployment(deployment.id(), deployment.environment(), out);
    }

    /**
     * The quotas the configuration declares ({@code quotas:} in .sagelint.yaml), as facts for SL207 and SL211, except
     * those the input declares itself (the native spec's {@code quotas:} wins for its own file).
     */
    private static List<Fact> configuredQuotas(List<Fact> facts, ParseContext context) {
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (Fact f : facts) {
            if (f instanceof InstanceQuota q) {
                declared.add(q.instanceType());
            } else if (f instanceof ServerlessQuota q) {
                declared.add(q.quota());
            }
        }
        List<Fact> out = new ArrayList<>();
        Source config = Source.at(Location.ofFile(".sagelint.yaml"));
        context.quotas().forEach((name, limit) -> {
            if (declared.contains(name)) {
                return;
            }
            out.add(ServerlessQuota.named(name) ? new ServerlessQuota("config-quota:" + name, name, limit, config)
                    : new InstanceQuota("config-quota:" + name, name, limit, config));
        });
        return out;
    }

    private static ScalableTarget linkTarget(ScalableTarget t, List<Endpoint> endpoints, List<Variant> variants,
                                             List<InferenceComponent> components) {
        String endpointKey = t.endpointKey();
        if (endpointKey == null && t.endpointName() != null) {
            endpointKey = endpoints.stream().filter(e -> t.endpointName().equals(e.name()))
                    .map(Endpoint::key).findFirst().orElse(null);
        }
        String variantKey = t.variantKey();
        if (variantKey == null && endpointKey != null && t.variantName() != null) {
            String ek = endpointKey;
            String configKey = endpoints.stream().filter(e -> e.key().equals(ek)).map(Endpoint::configKey)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            variantKey = variants.stream()
                    .filter(v -> !v.shadow() && v.configKey().equals(configKey) && t.variantName().equals(v.name()))
                    .map(Variant::key).findFirst().orElse(null);
        }
        String componentKey = t.componentKey();
        if (componentKey == null && t.componentName() != null) {
            componentKey = components.stream().filter(c -> t.componentName().equals(c.name()))
                    .map(InferenceComponent::key).findFirst().orElse(null);
        }
        return t.linked(endpointKey, variantKey, componentKey);
    }

    /** The key of the one model with that ModelName, null when none or several have it. */
    private static String modelNamed(String name, List<Model> models) {
        if (name == null) {
            return null;
        }
        List<String> keys = models.stream().filter(m -> name.equals(m.name())).map(Model::key).distinct().toList();
        return keys.size() == 1 ? keys.get(0) : null;
    }

    /** The one endpoint whose variants name the model; none when no endpoint or several endpoints host it. */
    private static Model linkModel(Model m, List<Endpoint> endpoints, List<Variant> variants) {
        if (m.endpointKey() != null || m.name() == null) {
            return m;
        }
        List<String> configKeys = variants.stream().filter(v -> m.name().equals(v.modelName()))
                .map(Variant::configKey).distinct().toList();
        List<String> hosts = endpoints.stream().filter(e -> configKeys.contains(e.configKey()))
                .map(Endpoint::key).distinct().toList();
        return hosts.size() == 1 ? m.withEndpointKey(hosts.get(0)) : m;
    }

    /** TRUE when the deployment, a stage tag or the configuration says production; null when nothing says. */
    private static Boolean production(Deployment d, Map<String, String> tags, Boolean configured) {
        if (Boolean.TRUE.equals(configured) || d.production()) {
            return true;
        }
        for (var tag : tags.entrySet()) {
            if (STAGE_TAGS.contains(tag.getKey().toLowerCase(java.util.Locale.ROOT))) {
                return Deployment.isProductionStage(tag.getValue());
            }
        }
        if (configured != null) {
            return configured;
        }
        return d.environment() == null ? null : false;
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a != null ? a : b;
    }

    private static <T> List<T> only(List<Fact> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends Fact> Map<String, T> byKey(List<T> facts) {
        Map<String, T> out = new java.util.HashMap<>();
        facts.forEach(f -> out.put(f.key(), f));
        return out;
    }
}
