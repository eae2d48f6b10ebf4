package dev.sagelint.model;

import java.util.Objects;

/**
 * A production variant of an endpoint in the base and in the head, matched by VariantName within the matched
 * endpoint's configs. A variant whose name the change replaces (same position, old name gone, new name new) is
 * {@code renamed}; one with no counterpart is removed ({@code head} null) or added ({@code base} null).
 *
 * @param format the head's input format ({@code cloudformation}, {@code terraform}, {@code native}, {@code aws-api})
 * @param base   the base version, null when the change adds it
 * @param head   the head version, null when the change removes it
 * @param endpointName the endpoint's name (or its logical id when generated), for messages
 * @param endpointKey  the key of the head's endpoint (a target linked to it by reference names it by key)
 * @param baseTarget   the base's scalable target on the base variant (DesiredInstanceCount), null when it had none
 * @param headTarget   the head's version of that target (same logical id / address, or the same ResourceId), null
 *                     when the change removes it or the base variant had none: a target that "stays"
 */
public record VariantTransition(String key, String format, String endpointName, String endpointKey, Variant base,
                                Variant head,
                                boolean renamed, ScalableTarget baseTarget, ScalableTarget headTarget,
                                Source source) implements Transition {

    /** The base variant had a registered scalable target and the head keeps it. */
    public boolean targetStays() {
        return baseTarget != null && headTarget != null;
    }

    /** The change removes the variant or gives it another name. */
    public boolean disappears() {
        return base != null && (head == null || renamed);
    }

    /** InstanceType differs, both versions known. */
    public boolean instanceTypeChanged() {
        return base != null && head != null && !renamed && base.instanceType() != null && head.instanceType() != null
                && !base.instanceType().equals(head.instanceType());
    }

    /** InstancePools' instance types differ, both versions known. */
    public boolean instancePoolsChanged() {
        return base != null && head != null && !renamed && !base.source().isUnknown("instancePools")
                && !head.source().isUnknown("instancePools")
                && !Objects.equals(base.instancePoolTypes(), head.instancePoolTypes());
    }
}
