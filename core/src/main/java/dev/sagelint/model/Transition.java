package dev.sagelint.model;

/**
 * The two versions of one resource across a change (change-aware linting, {@code sagelint lint --base}): the base
 * (what runs, or the previous commit) and the head (the working tree). Either side may be absent: a resource the
 * change adds has no base, one it removes has no head. Transition facts are inserted next to the head's own facts;
 * their {@link #source()} points into the head, where a finding about the change is reported.
 */
public sealed interface Transition extends Fact
        permits EndpointTransition, ConfigTransition, VariantTransition, TargetTransition, ModelTransition {

    /** The {@code InputFormat} name of the head ({@code cloudformation}, {@code terraform}, ...). */
    String format();

    /** The base version, null when the change adds the resource. */
    Fact base();

    /** The head version, null when the change removes the resource. */
    Fact head();

    /** The input's own spelling of a field named the CloudFormation way (InstanceType, MinCapacity, ...). */
    default String field(String name) {
        return FieldNames.of(format(), name);
    }

    /** The input's own spelling of a fact's field: {@code Model.Field.NAME} is {@code name} in Terraform. */
    default String field(FactField field) {
        return field.spelling(format());
    }
}
