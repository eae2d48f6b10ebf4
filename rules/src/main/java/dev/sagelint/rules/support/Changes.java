package dev.sagelint.rules.support;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Location;
import dev.sagelint.model.ParameterisedValue;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.Severity;
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
            at = t.renamed() ? t.head().source().at("name") : t.source().location();
        } else if (t.instanceTypeChanged()) {
            seen = variant + " changes " + t.field("InstanceType") + " from " + b.instanceType() + " to "
                    + t.head().instanceType();
            at = t.head().source().at("instanceType");
        } else if (t.instancePoolsChanged()) {
            seen = variant + " changes the instance types of " + t.field("InstancePools") + " from "
                    + b.instancePoolTypes() + " to " + t.head().instancePoolTypes();
            at = t.head().source().at("instancePools");
        } else {
            return null;
        }
        return new ChangeReport(Severity.WARNING, at, seen + " while its scalable target " + target(t.headTarget())
                + " stays registered: UpdateEndpoint fails when it would change the instance type of, or remove, a"
                + " variant that is a target of auto scaling, and the deployment rolls back. Replace the endpoint"
                + " (a new " + t.field("EndpointName") + ", with its own scalable target), or deploy in two steps:"
                + " first remove the scalable target and its policies, then change the variant and add them back");
    }

    /**
     * SL708, static form (no base to compare with): an autoscaled variant whose InstanceType comes from a template
     * parameter or a variable, i.e. is meant to change between deployments.
     */
    public static ChangeReport parameterisedInstanceType(Variant v, ScalableTarget target, ParameterisedValue input,
                                                         String endpoint) {
        String field = input.input().startsWith("variable ") ? "instance_type" : "InstanceType";
        return new ChangeReport(Severity.INFO, v.source().at("instanceType"), "the " + field + " of autoscaled variant "
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

    private static String target(ScalableTarget t) {
        String bounds = t.minCapacity() == null || t.maxCapacity() == null ? ""
                : " (" + t.minCapacity() + ".." + t.maxCapacity() + " instances)";
        String id = t.resourceId() != null && !t.resourceId().contains("${") ? t.resourceId() : t.key();
        return id + bounds;
    }
}
