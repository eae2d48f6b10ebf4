package dev.sagelint.model;

/**
 * A VPC defined in the same template, module or spec.
 *
 * @param id         the VPC id or logical name the other facts refer to
 * @param natGateway true when its private subnets route to a NAT gateway, false when known not to, null when unknown
 */
public record Vpc(String key, String id, Boolean natGateway, Source source) implements Fact {
    /** The fields of {@link Vpc} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        ID("id", "VpcId"),
        NAT_GATEWAY("natGateway");

        private final Names names;

        Field(String key) {
            this.names = Names.of(key);
        }

        Field(String key, String awsName) {
            this.names = new Names(key, awsName);
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
