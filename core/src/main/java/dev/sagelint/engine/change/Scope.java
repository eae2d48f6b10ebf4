package dev.sagelint.engine.change;

import dev.sagelint.model.Container;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.Variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The facts of one deployment that a change is about, by type and key. */
final class Scope {

    final String id;
    final List<Endpoint> endpoints = new ArrayList<>();
    final Map<String, EndpointConfig> configs = new HashMap<>();
    final List<EndpointConfig> configList = new ArrayList<>();
    final List<Variant> variants = new ArrayList<>();
    final List<ScalableTarget> targets = new ArrayList<>();
    final List<Model> models = new ArrayList<>();
    final List<Container> containers = new ArrayList<>();

    Scope(Deployment deployment) {
        this.id = deployment.id();
        for (Fact f : deployment.facts()) {
            if (f instanceof Endpoint e) {
                endpoints.add(e);
            } else if (f instanceof EndpointConfig c) {
                configs.put(c.key(), c);
                configList.add(c);
            } else if (f instanceof Variant v) {
                variants.add(v);
            } else if (f instanceof ScalableTarget t) {
                targets.add(t);
            } else if (f instanceof Model m) {
                models.add(m);
            } else if (f instanceof Container c) {
                containers.add(c);
            }
        }
    }

    /** The production variants (not shadows) of a config, in the input's order. */
    List<Variant> variantsOf(EndpointConfig config) {
        if (config == null) {
            return List.of();
        }
        return variants.stream().filter(v -> !v.shadow() && config.key().equals(v.configKey())).toList();
    }

    List<Container> containersOf(Model model) {
        return containers.stream().filter(c -> model.key().equals(c.modelKey())).toList();
    }

    /** The instance-count target on a variant, null when it has none. */
    ScalableTarget targetOf(Variant variant) {
        return targets.stream().filter(t -> variant.key().equals(t.variantKey())
                && ScalableTarget.INSTANCE_COUNT.equals(t.dimension())).findFirst().orElse(null);
    }
}
