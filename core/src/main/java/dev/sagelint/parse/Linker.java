package dev.sagelint.parse;

import dev.sagelint.model.Alarm;
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
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.ServerlessQuota;
import dev.sagelint.model.Source;
import dev.sagelint.model.StackOrder;
import dev.sagelint.model.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves the links between the facts of one deployment once, so rules join on keys instead of
 * re-deriving names: endpoint to config, target to endpoint, variant and inference component,
 * policy and scheduled action to target, alarm to policies, model to its hosting endpoint and its VPC; and copies
 * what rules need on the variant (async, production). A link the inputs do not determine stays null.
 * This is the only place that links: readers record the keys their own reference syntax names and leave
 * everything found by name, resource id or ARN as {@link Ref} facts, which this consumes and drops (with
 * {@link Ordering}, which becomes a {@code StackOrder} once the target's endpoint is known).
 */
public final class Linker {

    private static final List<String> STAGE_TAGS = List.of("environment", "stage", "env");

    private Linker() {
    }

    public static Deployment link(Deployment deployment, ParseContext context) {
        List<Fact> facts = deployment.facts();
        Refs refs = new Refs(only(facts, Ref.class));
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
                .map(ic -> ic.endpointKey() != null ? ic : ic.linked(endpointNamed(
                        refs.first(ic.key(), Ref.Kind.ENDPOINT_BY_NAME, ic.endpointName()), endpoints, refs)))
                .toList();
        List<ScalableTarget> targets = only(facts, ScalableTarget.class).stream()
                .map(t -> linkTarget(t, endpoints, variants, components, refs)).toList();
        List<Model> models = only(facts, Model.class).stream()
                .map(m -> linkModel(withVpc(m, refs), endpoints, variants)).toList();
        List<ScalingPolicy> policies = only(facts, ScalingPolicy.class).stream()
                .map(p -> p.targetKey() != null || p.resourceId() == null ? p : p.withTargetKey(targets.stream()
                        .filter(t -> p.resourceId().equals(t.resourceId()))
                        .map(ScalableTarget::key).findFirst().orElse(null)))
                .toList();

        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (f instanceof ScheduledAction a) {
                out.add(linkScheduled(a, targets, refs));
            } else if (f instanceof Alarm a) {
                out.add(linkAlarm(a, policies, refs));
            } else if (f instanceof Ordering o) {
                stackOrder(o, targets).ifPresent(out::add);
            } else if (!(f instanceof Endpoint || f instanceof EndpointConfig || f instanceof Variant
                    || f instanceof InferenceComponent || f instanceof ScalableTarget || f instanceof ScalingPolicy
                    || f instanceof Model || f instanceof Ref)) {
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

    /**
     * A target's endpoint and variant by the names in its ResourceId ({@code endpoint/NAME/variant/NAME}), its
     * inference component by name, unless the reader linked them by reference.
     */
    private static ScalableTarget linkTarget(ScalableTarget t, List<Endpoint> endpoints, List<Variant> variants,
                                             List<InferenceComponent> components, Refs refs) {
        Segments written = Segments.of(t.resourceId());
        String endpointKey = t.endpointKey();
        if (endpointKey == null) {
            endpointKey = endpointNamed(written.endpoint() != null ? written.endpoint() : t.endpointName(),
                    endpoints, refs);
        }
        String variantKey = t.variantKey();
        String variantName = written.variant() != null ? written.variant() : t.variantName();
        if (variantKey == null && endpointKey != null && variantName != null) {
            String ek = endpointKey;
            String configKey = endpoints.stream().filter(e -> e.key().equals(ek)).map(Endpoint::configKey)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            variantKey = variants.stream()
                    .filter(v -> !v.shadow() && v.configKey().equals(configKey)
                            && refs.names(v.key(), Ref.Kind.VARIANT_NAME_AS_WRITTEN, v.name()).contains(variantName))
                    .map(Variant::key).findFirst().orElse(null);
        }
        String componentKey = t.componentKey();
        if (componentKey == null && t.componentName() != null) {
            componentKey = components.stream().filter(c -> t.componentName().equals(c.name()))
                    .map(InferenceComponent::key).findFirst().orElse(null);
        }
        return t.linked(endpointKey, variantKey, componentKey);
    }

    /**
     * The first endpoint with that EndpointName, known or (CloudFormation) written the same way with the same
     * parameters; endpoint names are unique in an account and region, so a second one is an input error
     * reported by its own rule.
     */
    private static String endpointNamed(String name, List<Endpoint> endpoints, Refs refs) {
        if (name == null) {
            return null;
        }
        return endpoints.stream().filter(e -> refs.names(e.key(), Ref.Kind.ENDPOINT_NAME_AS_WRITTEN, e.name())
                .contains(name)).map(Endpoint::key).findFirst().orElse(null);
    }

    /** The endpoint and variant segments of a resource id as written ({@code ${Param}} included), else null. */
    private record Segments(String endpoint, String variant) {
        static Segments of(String resourceId) {
            String prefix = "endpoint/";
            int at = resourceId == null ? -1 : resourceId.indexOf("/variant/");
            if (at < 0 || !resourceId.startsWith(prefix) || at < prefix.length()) {
                return new Segments(null, null);
            }
            return new Segments(resourceId.substring(prefix.length(), at),
                    resourceId.substring(at + "/variant/".length()));
        }
    }

    /** A scheduled action the reader did not link: the first target with its ResourceId (and dimension). */
    private static ScheduledAction linkScheduled(ScheduledAction a, List<ScalableTarget> targets, Refs refs) {
        if (a.targetKey() != null) {
            return a;
        }
        Ref wanted = refs.of(a.key(), Ref.Kind.TARGET_BY_RESOURCE_ID).stream().findFirst().orElse(null);
        if (wanted == null) {
            return a;
        }
        String targetKey = targets.stream().filter(t -> wanted.value().equals(t.resourceId())
                        && (wanted.qualifier() == null || t.dimension() == null
                        || wanted.qualifier().equals(t.dimension())))
                .map(ScalableTarget::key).findFirst().orElse(null);
        return targetKey == null ? a : new ScheduledAction(a.key(), targetKey, a.name(), a.schedule(), a.timezone(),
                a.minCapacity(), a.maxCapacity(), a.source());
    }

    /**
     * An alarm's AlarmActions that are scaling policy ARNs: the policy listed with that ARN, else the policy with
     * the resource id and policy name the ARN holds ({@code ...:resource/<namespace>/<id>:policyName/<name>}).
     */
    private static Alarm linkAlarm(Alarm a, List<ScalingPolicy> policies, Refs refs) {
        List<Ref> actions = refs.of(a.key(), Ref.Kind.POLICY_BY_ARN);
        if (actions.isEmpty()) {
            return a;
        }
        List<String> keys = new ArrayList<>(a.policyKeys());
        for (Ref action : actions) {
            String key = refs.fromOf(Ref.Kind.POLICY_ARN_OF, action.value());
            if (key == null) {
                String named = policyRef(action.value());
                key = named == null ? null : policies.stream()
                        .filter(p -> named.equals(p.resourceId() + "|" + p.name())).map(ScalingPolicy::key)
                        .reduce((first, last) -> last).orElse(null);
            }
            if (key != null && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return new Alarm(a.key(), a.name(), a.metric(), a.threshold(), keys, a.thresholdMetricId(), a.source());
    }

    /** The resource id and policy name in a scaling policy ARN: ...:resource/sagemaker/<id>:policyName/<name>. */
    static String policyRef(String arn) {
        int res = arn.indexOf(":resource/");
        int pol = arn.lastIndexOf(":policyName/");
        if (res < 0 || pol < res) {
            return null;
        }
        String resource = arn.substring(res + ":resource/".length(), pol);
        int slash = resource.indexOf('/');
        return (slash < 0 ? resource : resource.substring(slash + 1)) + "|" + arn.substring(pol + ":policyName/".length());
    }

    /** CloudFormation: whether the target, once linked to its endpoint, is created after it. */
    private static java.util.Optional<StackOrder> stackOrder(Ordering o, List<ScalableTarget> targets) {
        return targets.stream().filter(t -> t.key().equals(o.targetKey()) && t.endpointKey() != null).findFirst()
                .map(t -> new StackOrder(t.key() + ".order", t.key(), t.endpointKey(),
                        o.after().contains(t.endpointKey()), t.endpointKey(), o.source()));
    }

    /**
     * The VPC of a model's subnets, when the reader did not know it: the one VPC that every subnet with a known VPC
     * is in (a model's subnets are in one VPC, so they cannot disagree on valid input); null, with vpcId marked
     * unknown, when no subnet's VPC is known or they disagree.
     */
    private static Model withVpc(Model m, Refs refs) {
        if (!m.inVpc() || m.vpcId() != null) {
            return m;
        }
        List<String> vpcs = m.subnets().stream().flatMap(s -> refs.of(s, Ref.Kind.SUBNET_VPC).stream())
                .map(Ref::value).distinct().toList();
        if (vpcs.size() == 1) {
            return new Model(m.key(), m.name(), true, vpcs.get(0), m.subnets(), m.securityGroups(), m.s3Artifacts(),
                    m.networkIsolation(), m.source(), m.endpointKey());
        }
        java.util.Set<String> unknown = new java.util.HashSet<>(m.source().unknown());
        unknown.add("vpcId");
        return new Model(m.key(), m.name(), true, null, m.subnets(), m.securityGroups(), m.s3Artifacts(),
                m.networkIsolation(), new Source(m.source().location(), m.source().fields(), unknown), m.endpointKey());
    }

    /** The key of the one model with that ModelName, null when none or several have it. */
    private static String modelNamed(String name, List<Model> models) {
        if (name == null) {
            return null;
        }
        List<String> keys = models.stream().filter(m -> name.equals(m.name())).map(Model::key).distinct().toList();
        return keys.size() == 1 ? keys.get(0) : null;
    }

    /**
     * The one endpoint whose config has a variant (production or shadow) of the model: linked to it by reference,
     * by the one model with its ModelName, or, when several models share that name, by the name alone. None when no
     * endpoint or several endpoints host it.
     */
    private static Model linkModel(Model m, List<Endpoint> endpoints, List<Variant> variants) {
        if (m.endpointKey() != null) {
            return m;
        }
        List<String> configKeys = variants.stream().filter(v -> m.key().equals(v.modelKey())
                        || v.modelKey() == null && m.name() != null && m.name().equals(v.modelName()))
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

    /** The reader's {@link Ref}s, by the fact that holds them. */
    private static final class Refs {
        private final Map<String, List<Ref>> byFrom = new java.util.HashMap<>();
        private final Map<String, String> fromByValue = new java.util.HashMap<>();

        Refs(List<Ref> refs) {
            for (Ref r : refs) {
                byFrom.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
                fromByValue.put(r.kind() + "\u0000" + r.value(), r.from()); // the last one listed, as a map of the listing
            }
        }

        List<Ref> of(String from, Ref.Kind kind) {
            return byFrom.getOrDefault(from, List.of()).stream().filter(r -> r.kind() == kind).toList();
        }

        /** The first value of that kind, else the fallback. */
        String first(String from, Ref.Kind kind, String fallback) {
            return of(from, kind).stream().map(Ref::value).findFirst().orElse(fallback);
        }

        /** The known name and the names as written a fact has. */
        List<String> names(String from, Ref.Kind kind, String known) {
            List<String> out = new ArrayList<>(of(from, kind).stream().map(Ref::value).toList());
            if (known != null) {
                out.add(known);
            }
            return out;
        }

        /** The first fact that has this value of this kind (a policy by its ARN), else null. */
        String fromOf(Ref.Kind kind, String value) {
            return fromByValue.get(kind + "\u0000" + value);
        }
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
