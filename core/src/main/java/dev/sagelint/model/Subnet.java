package dev.sagelint.model;

import java.util.List;

/**
 * An EC2 subnet defined in the same template, module or spec.
 *
 * @param id               the subnet id or logical name that models and VPC endpoints refer to
 * @param vpcId            the VPC it belongs to, null when unknown
 * @param availabilityZone AvailabilityZone (or AvailabilityZoneId), null when not written or unknown
 * @param routeTableIds    the route tables associated with it, empty when none is known
 */
public record Subnet(String key, String id, String vpcId, String availabilityZone, List<String> routeTableIds,
                     Source source) implements Fact {

    public Subnet {
        routeTableIds = List.copyOf(routeTableIds);
    }

    /** The first of the subnet's route tables that is not in the list, or null. */
    public String firstTableNotIn(List<String> tables) {
        return routeTableIds.stream().filter(t -> !tables.contains(t)).findFirst().orElse(null);
    }

    /** The fields of {@link Subnet} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        ID("id", "SubnetId"),
        VPC("vpc", "VpcId"),
        AVAILABILITY_ZONE("availabilityZone"),
        ROUTE_TABLES("routeTables", "RouteTableId");

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
