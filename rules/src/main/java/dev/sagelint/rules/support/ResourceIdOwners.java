package dev.sagelint.rules.support;

import dev.sagelint.model.Fact;
import dev.sagelint.model.Location;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.parse.ResourceIds;

/**
 * The facts that write an Application Auto Scaling ResourceId themselves, seen alike by rules that check
 * what a ResourceId names (SL702): a scalable target that declares it, or a scaling policy that declares
 * it and reaches no target in scope. A policy linked to a target inherits the target's id and is not an
 * owner, so a wrong id is reported once. Static helpers, because a rule pattern cannot join two fact
 * types in one {@code or} reliably in the executable model.
 */
public final class ResourceIdOwners {

    private ResourceIdOwners() {
    }

    /**
     * The endpoint a target is linked to by reference (a CloudFormation {@code ${Endpoint.EndpointName}}, a
     * Terraform {@code aws_sagemaker_endpoint.x.name}), even when the endpoint's name itself is generated.
     */
    public static String endpointKey(Fact fact) {
        return fact instanceof ScalableTarget t ? t.endpointKey() : null;
    }

    /** The endpoint segment of the ResourceId as written, unresolved references included. */
    public static String endpointSegment(Fact fact) {
        String id = resourceId(fact);
        if (id == null || !id.startsWith("endpoint/") || !id.contains("/variant/")) {
            return null;
        }
        return id.substring("endpoint/".length(), id.indexOf("/variant/"));
    }

    /** True for a target that declares its ResourceId, or a policy that declares one and has no target. */
    public static boolean owns(Fact fact) {
        if (fact instanceof ScalableTarget t) {
            return t.declaresResourceId();
        }
        return fact instanceof ScalingPolicy p && p.declaresResourceId() && p.targetKey() == null
                && p.resourceId() != null;
    }

    /** The ResourceId as written and resolved, null when unknown or not an owner. */
    public static String resourceId(Fact fact) {
        if (fact instanceof ScalableTarget t) {
            return t.resourceId();
        }
        return fact instanceof ScalingPolicy p ? p.resourceId() : null;
    }

    /** The endpoint name in the ResourceId, null when unknown or not a variant resource id. */
    public static String endpointName(Fact fact) {
        if (fact instanceof ScalableTarget t) {
            return t.endpointName();
        }
        return ResourceIds.parse(resourceId(fact)).endpoint();
    }

    /** The variant name in the ResourceId, null when unknown or not a variant resource id. */
    public static String variantName(Fact fact) {
        if (fact instanceof ScalableTarget t) {
            return t.variantName();
        }
        return ResourceIds.parse(resourceId(fact)).variant();
    }

    /** Where the ResourceId is written (the fact itself when the field has no location). */
    public static Location location(Fact fact) {
        return fact.source().at(fact instanceof ScalingPolicy ? ScalingPolicy.Field.RESOURCE_ID
                : ScalableTarget.Field.RESOURCE_ID);
    }
}
