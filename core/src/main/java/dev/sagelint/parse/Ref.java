package dev.sagelint.parse;

import dev.sagelint.model.Fact;
import dev.sagelint.model.Location;
import dev.sagelint.model.Source;

import java.util.Objects;

/**
 * A reference a reader saw but does not resolve, or a name a fact is known by: only {@link Linker}
 * turns these into keys, and it drops them, so rules never match one. A reference written in the
 * input's own reference syntax (CloudFormation {@code Ref}/{@code GetAtt}, a Terraform traversal)
 * names one resource and the reader records its key directly; everything found by name, resource id or
 * ARN is a {@code Ref} for the Linker.
 *
 * @param from  the key of the fact that holds the reference ({@link Kind#SUBNET_VPC}: the subnet's id as
 *              models name it; {@code *_NAME_AS_WRITTEN} and {@link Kind#POLICY_ARN_OF}: the fact the name is for)
 * @param kind  what is referenced, and by what
 * @param value the name, resource id or ARN as written (CloudFormation parameters as {@code ${Name}})
 * @param qualifier a second part of the reference ({@link Kind#TARGET_BY_RESOURCE_ID}: the scalable dimension),
 *              or null
 */
public record Ref(String from, Kind kind, String value, String qualifier) implements Fact {

    public enum Kind {
        /** A scheduled action's target, by ResourceId and (when written) ScalableDimension. */
        TARGET_BY_RESOURCE_ID,
        /** One of an alarm's AlarmActions: a scaling policy ARN. */
        POLICY_BY_ARN,
        /** A policy's own ARN ({@code from} is the policy), as a describe output lists it. */
        POLICY_ARN_OF,
        /** An inference component's endpoint, by its EndpointName as written. */
        ENDPOINT_BY_NAME,
        /** An endpoint's EndpointName as written, parameters included ({@code from} is the endpoint). */
        ENDPOINT_NAME_AS_WRITTEN,
        /** A production variant's VariantName as written, parameters included ({@code from} is the variant). */
        VARIANT_NAME_AS_WRITTEN,
        /** The VPC a subnet is in ({@code from} is the subnet id, {@code value} the VPC id as models name it). */
        SUBNET_VPC
    }

    private static final Source NOWHERE = Source.at(Location.ofFile("<link>"));

    public Ref {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static Ref of(String from, Kind kind, String value) {
        return new Ref(from, kind, value, null);
    }

    @Override
    public String key() {
        return "ref:" + kind + ":" + from + ":" + value;
    }

    @Override
    public Source source() {
        return NOWHERE;
    }
}
