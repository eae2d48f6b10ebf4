package dev.sagelint.model;

/**
 * CloudFormation only: whether a scalable target is created after the endpoint it scales, because
 * it references the endpoint (Ref, GetAtt, Sub variables) or depends on it (DependsOn), directly or
 * through other resources.
 *
 * @param targetKey   key of the {@link ScalableTarget}
 * @param endpointKey key of the {@link Endpoint} it scales
 * @param orderedAfter true when CloudFormation is bound to create the target after the endpoint
 * @param endpointLogicalId the endpoint's logical id, for messages
 */
public record StackOrder(String key, String targetKey, String endpointKey, boolean orderedAfter,
                         String endpointLogicalId, Source source) implements Fact {
}
