package dev.sagelint.rules.support;

import dev.sagelint.model.ConfigTransition;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.EndpointTransition;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Location;
import dev.sagelint.model.Model;
import dev.sagelint.model.ModelTransition;
import dev.sagelint.model.ParameterisedValue;
import dev.sagelint.rules.support.ResourceIdOwners;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.Severity;
import dev.sagelint.model.TargetTransition;
import dev.sagelint.model.Transition;
import dev.sagelint.model.Variant;
import dev.sagelint.model.VariantTransition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wording of the transition rules (sagelint lint --base), kept in Java so each rule's DRL stays a pattern and the
 * messages can be unit-tested. Each method returns the finding to report, or null when the rule does not apply.
 */
public final class Changes {

    private Changes() {
    }

    /**
     * SL708, change form: a variant with a registered scalable target changes InstanceType or InstancePools, or
     * disappears (removed or renamed), while the target stays.
     */
    public static ChangeReport instanceTypeChange(VariantTransition t) {
        if (!t.targetStays()) {
            return null;
        }
        Variant b = t.base();
        String variant = "variant " + b.name() + " of endpoint " + t.endpointName();
        String seen;
        Location at;
        if (t.disappears()) {
            seen = t.renamed() ? variant + " is renamed to " + t.head().name() + " by this change"
                    : variant + " is removed by this change";
            at = t.renamed() ? t.head().source().at(Variant.Field.NAME) : t.source().location();
        } else if (t.instanceTypeChanged()) {
            seen = variant + " changes " + t.field(Variant.Field.INSTANCE_TYPE) + " from " + b.instanceType() + " to "
                    + t.head().instanceType();
            at = t.head().source().at(Variant.Field.INSTANCE_TYPE);
        } else if (t.instancePoolsChanged()) {
            seen = variant + " changes the instance types of " + t.field(Variant.Field.INSTANCE_POOLS) + " from "
                    + b.instancePoolTypes() + " to " + t.head().instancePoolTypes();
            at = t.head().source().at(Variant.Field.INSTANCE_POOLS);
        } else {
            return null;
        }
        return new ChangeReport(Severity.WARNING, at, seen + " while its scalable target " + target(t.headTarget())
                + " stays registered: UpdateEndpoint fails when it would change the instance type of, or remove, a"
                + " variant that is a target of auto scaling, and the deployment rolls back. Replace the endpoint"
                + " (a new " + t.field(Endpoint.Field.NAME) + ", with its own scalable target), or deploy in two steps:"
                + " first remove the scalable target and its policies, then change the variant and add them back");
    }

    /**
     * SL708, static form (no base to compare with): an autoscaled variant whose InstanceType comes from a template
     * parameter or a variable, i.e. is meant to change between deployments.
     */
    public static ChangeReport parameterisedInstanceType(Variant v, ScalableTarget target, ParameterisedValue input,
                                                         String endpoint) {
        String field = input.input().startsWith("variable ") ? "instance_type" : "InstanceType";
        return new ChangeReport(Severity.INFO, v.source().at(Variant.Field.INSTANCE_TYPE), "the " + field + " of autoscaled variant "
                + (v.name() == null ? v.key() : v.name()) + (endpoint == null ? "" : " of endpoint " + endpoint)
                + " comes from " + input.input() + ", so it is meant to change; changing it on a running endpoint fails"
                + " while the scalable target " + target(target) + " is registered (UpdateEndpoint refuses to change"
                + " the instance type of a variant that is a target of auto scaling). Change it by replacing the"
                + " endpoint, or remove the scalable target first; lint the change with --base to check a real one");
    }

    /**
     * SL708, both forms, for one deployment: the change form for each {@link VariantTransition}, the static form for
     * each autoscaled variant with a parameterised instance type that no transition judges (the variant is new, or
     * there is no base). One walk in Java because a DRL {@code or} over these different fact types does not bind
     * reliably in the executable model.
     */
    public static List<ChangeReport> instanceTypeChanges(Deployment d) {
        List<ChangeReport> out = new ArrayList<>();
        Set<String> judged = new HashSet<>();
        Map<String, Variant> variants = new HashMap<>();
        Map<String, ScalableTarget> targets = new HashMap<>();
        Map<String, Endpoint> endpoints = new HashMap<>();
        for (Fact f : d.facts()) {
            if (f instanceof VariantTransition t) {
                ChangeReport r = instanceTypeChange(t);
                if (r != null) {
                    out.add(r);
                }
                if (t.head() != null) {
                    judged.add(t.head().key());
                }
            } else if (f instanceof Variant v && !v.shadow()) {
                variants.put(v.key(), v);
            } else if (f instanceof ScalableTarget t && t.variantKey() != null
                    && ScalableTarget.INSTANCE_COUNT.equals(t.dimension())) {
                targets.putIfAbsent(t.variantKey(), t);
            } else if (f instanceof Endpoint e && e.configKey() != null) {
                endpoints.putIfAbsent(e.configKey(), e);
            }
        }
        for (Fact f : d.facts()) {
            if (f instanceof ParameterisedValue p && p.field().equals("instanceType") && !judged.contains(p.factKey())
                    && variants.containsKey(p.factKey()) && targets.containsKey(p.factKey())) {
                Variant v = variants.get(p.factKey());
                Endpoint e = endpoints.get(v.configKey());
                out.add(parameterisedInstanceType(v, targets.get(p.factKey()), p,
                        e == null ? null : e.name() != null ? e.name() : e.key()));
            }
        }
        return out;
    }

    /** SL712: the fact writes a ResourceId that names the variant this change renames or removes. */
    public static boolean namesGoneVariant(VariantTransition t, Fact f) {
        if (!t.disappears() || t.base().name() == null || !t.base().name().equals(ResourceIdOwners.variantName(f))) {
            return false;
        }
        String endpoint = ResourceIdOwners.endpointName(f);
        String endpointKey = ResourceIdOwners.endpointKey(f);
        return endpoint != null ? endpoint.equals(t.endpointName())
                : endpointKey != null && endpointKey.equals(t.endpointKey());
    }

    /** SL712's message. */
    public static String goneVariantMessage(VariantTransition t, Fact f) {
        String old = t.base().name();
        String what = t.renamed() ? "renames it to " + t.head().name() : "removes it";
        String fix = t.renamed()
                ? "name variant " + t.head().name() + " in it, or better build it from the config's "
                  + t.field(Variant.Field.NAME) + " so the two cannot drift apart"
                : "remove the scalable target and its scaling policies together with the variant";
        return t.field(ScalableTarget.Field.RESOURCE_ID) + " " + ResourceIdOwners.resourceId(f) + " still names variant " + old
                + " of endpoint " + t.endpointName() + ", but this change " + what + ": registering the target"
                + " (and every policy on it) fails because the resource doesn't exist, and the variant is no longer"
                + " scaled; " + fix;
    }

    /**
     * SL713: the head endpoint's deploy tool sends UpdateEndpoint without RetainAllVariantProperties: written false,
     * or not written where the tool's default is false (CloudFormation, the AWS API, Terraform, which cannot set
     * it). The sagelint spec does not say how it is deployed, so there only a written false counts.
     */
    public static boolean resetsVariants(EndpointTransition e) {
        Boolean retain = e.head().retainAllVariantProperties();
        if (Boolean.TRUE.equals(retain) || e.head().source().isUnknown(Endpoint.Field.RETAIN_ALL_VARIANT_PROPERTIES)) {
            return false;
        }
        return retain != null || !"native".equals(e.format());
    }

    /** SL713: the count the config switch resets the variant to is below what its target lets it run at. */
    public static ChangeReport capacityReset(EndpointTransition e, Variant v, ScalableTarget t) {
        int initial = v.initialInstanceCount();
        if (initial >= t.maxCapacity()) {
            return null;
        }
        Integer before = e.baseVariants().stream().filter(b -> b.name() != null && b.name().equals(v.name()))
                .map(Variant::initialInstanceCount).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String range = t.minCapacity() == null ? "up to " + t.maxCapacity() : t.minCapacity() + ".." + t.maxCapacity();
        String count = e.field(Variant.Field.INITIAL_INSTANCE_COUNT);
        String drop = t.minCapacity() != null && initial < t.minCapacity()
                ? "drops to " + initial + ", below MinCapacity " + t.minCapacity() + ","
                : "drops to " + initial;
        String fix = "terraform".equals(e.format())
                ? "the AWS provider cannot set RetainAllVariantProperties, so set initial_instance_count to the count"
                  + " the variant runs at (up to max_capacity " + t.maxCapacity() + ") for this apply, or switch"
                  + " configs with aws sagemaker update-endpoint --retain-all-variant-properties"
                : "set " + e.field(Endpoint.Field.RETAIN_ALL_VARIANT_PROPERTIES) + ": true on the endpoint (with "
                  + e.field("ExcludeRetainedVariantProperties") + " for what this deploy should change), or raise "
                  + count + " to the count the variant runs at";
        String from = EndpointTransition.configLabel(e.baseConfig());
        String to = EndpointTransition.configLabel(e.headConfig());
        String switched = from.equals(to)
                ? "replaces endpoint " + e.label() + "'s endpoint config " + to + " (its content changes, so it is a"
                  + " new config)"
                : "switches endpoint " + e.label() + " from endpoint config " + from + " to " + to;
        return new ChangeReport(Severity.WARNING, v.source().at(Variant.Field.INITIAL_INSTANCE_COUNT), "this change " + switched
                + " without "
                + e.field(Endpoint.Field.RETAIN_ALL_VARIANT_PROPERTIES) + ", so UpdateEndpoint resets variant " + v.name()
                + " to the new config's " + count + " " + initial
                + (before == null ? "" : " (the base config's was " + before + ")") + ", while its scalable target"
                + " keeps it at " + range + " instances: a variant running at up to " + t.maxCapacity()
                + " instances " + drop + " until auto scaling scales out again; " + fix);
    }

    /** SL714: a config or model whose fixed name stays while its content changes. */
    public static ChangeReport fixedNameChange(Transition t) {
        if (t instanceof ConfigTransition c && c.sameFixedName() && c.changed()) {
            // the sagelint spec writes the config's name on the endpoint, as configName
            EndpointConfig.Field field = c.head().source().isSet(EndpointConfig.Field.CONFIG_NAME)
                    ? EndpointConfig.Field.CONFIG_NAME : EndpointConfig.Field.NAME;
            String nameField = t.field(EndpointConfig.Field.NAME);
            return new ChangeReport(Severity.ERROR, c.head().source().at(field), nameField + " "
                    + c.head().name() + " is fixed, and this change edits the config (" + listed(c.changes())
                    + "): an endpoint config cannot be changed in place, so the new version is a replacement with"
                    + " the same name: CloudFormation refuses to replace a custom-named resource, Terraform's"
                    + " create_before_destroy fails with \"Cannot create already existing endpoint configuration\","
                    + " and a config deleted and re-created under its name never reaches the endpoint, which keeps"
                    + " the instances it was created with until it is updated; give the new version a new name"
                    + " (a version suffix" + ("terraform".equals(t.format()) ? ", or name_prefix" : ", or no "
                    + nameField) + ")");
        }
        if (t instanceof ModelTransition m && m.sameName() && m.changed()) {
            return new ChangeReport(Severity.ERROR, m.head().source().at(Model.Field.NAME), t.field(Model.Field.NAME) + " "
                    + m.head().name() + " is fixed, and this change edits the model (" + listed(m.changes())
                    + "): a model cannot be changed in place, so the new version is a replacement with the same"
                    + " name, which collides with the existing model (CloudFormation refuses to replace a"
                    + " custom-named resource) or, deleted and re-created, never reaches the endpoint: it keeps"
                    + " serving the old model until its endpoint config changes; put a version in the name that"
                    + " changes with the model, or leave the name out");
        }
        return null;
    }

    private static String listed(List<String> changes) {
        int shown = Math.min(3, changes.size());
        String head = String.join("; ", changes.subList(0, shown));
        return changes.size() > shown ? head + "; and " + (changes.size() - shown) + " more" : head;
    }

    /** SL715: where the bound that moved past the base's range is written. */
    public static Location boundsJumpAt(TargetTransition t) {
        return t.head().source().at(t.minAboveBaseMax() ? "minCapacity" : "maxCapacity");
    }

    /** SL715's message. */
    public static String boundsJumpMessage(TargetTransition t) {
        ScalableTarget b = t.base();
        ScalableTarget h = t.head();
        String range = b.minCapacity() + ".." + b.maxCapacity();
        String target = target(h);
        if (t.minAboveBaseMax()) {
            return t.field(ScalableTarget.Field.MIN_CAPACITY) + " goes from " + b.minCapacity() + " to " + h.minCapacity()
                    + ", above the previous " + t.field(ScalableTarget.Field.MAX_CAPACITY) + " " + b.maxCapacity() + ": every count the"
                    + " base allowed (" + range + ") is below the new floor, so registering " + target + " scales it"
                    + " out by at least " + (h.minCapacity() - b.maxCapacity()) + " instances at once on the deploy,"
                    + " whatever the load (an instance quota or capacity error then fails the deploy part-way); raise"
                    + " it in smaller steps over several deploys, or confirm the jump is intended and suppress";
        }
        return t.field(ScalableTarget.Field.MAX_CAPACITY) + " goes from " + b.maxCapacity() + " to " + h.maxCapacity()
                + ", below the previous " + t.field(ScalableTarget.Field.MIN_CAPACITY) + " " + b.minCapacity() + ": every count the base"
                + " allowed (" + range + ") is above the new ceiling, so registering " + target + " removes at"
                + " least " + (b.minCapacity() - h.maxCapacity()) + " instances at once on the deploy, under live"
                + " traffic; lower it in smaller steps over several deploys, or confirm the capacity is no longer"
                + " needed and suppress";
    }

    private static String target(ScalableTarget t) {
        String bounds = t.minCapacity() == null || t.maxCapacity() == null ? ""
                : " (" + t.minCapacity() + ".." + t.maxCapacity() + " instances)";
        String id = t.resourceId() != null && !t.resourceId().contains("${") ? t.resourceId() : t.key();
        return id + bounds;
    }
}
