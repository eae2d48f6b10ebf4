package dev.sagelint.model;

/**
 * A VPC defined in the same template, module or spec.
 *
 * @param id         the VPC id or logical name the other facts refer to
 * @param natGateway true when its private subnets route to a NAT gateway, false when known not to, null when unknown
 */
public record Vpc(String key, String id, Boolean natGateway, Source source) implements Fact {
}
