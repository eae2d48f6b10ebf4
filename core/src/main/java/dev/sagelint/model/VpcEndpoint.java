package dev.sagelint.model;

import java.util.List;
import java.util.Locale;

/**
 * An EC2 VPC endpoint.
 *
 * @param serviceName the ServiceName as resolved, with unknown segments (a region) kept as {@code ${...}}
 * @param service     the AWS service suffix after {@code com.amazonaws.<region>.}, e.g. {@code s3},
 *                    {@code monitoring}, {@code sagemaker.runtime}; null when not an AWS service or unknown
 * @param type        VpcEndpointType as written, null when not written (AWS then defaults to Gateway)
 * @param privateDns  PrivateDnsEnabled, null when not written (defaults to false in CloudFormation and Terraform)
 */
public record VpcEndpoint(String key, String vpcId, String serviceName, String service, String type,
                          Boolean privateDns, List<String> routeTableIds, List<String> subnetIds,
                          List<String> securityGroupIds, Source source) implements Fact {

    public VpcEndpoint {
        routeTableIds = List.copyOf(routeTableIds);
        subnetIds = List.copyOf(subnetIds);
        securityGroupIds = List.copyOf(securityGroupIds);
    }

    /** The type AWS applies: the written one, or Gateway by default. */
    public String effectiveType() {
        return type == null ? "Gateway" : type;
    }

    public boolean isInterface() {
        return "interface".equals(effectiveType().toLowerCase(Locale.ROOT));
    }

    /** Extracts the service suffix from {@code com.amazonaws.<region>.<service>}. */
    public static String serviceOf(String serviceName) {
        if (serviceName == null) {
            return null;
        }
        String prefix = "com.amazonaws.";
        if (!serviceName.startsWith(prefix)) {
            return null;
        }
        String rest = serviceName.substring(prefix.length());
        int dot = regionEnd(rest);
        return dot < 0 || dot + 1 >= rest.length() ? null : rest.substring(dot + 1);
    }

    private static int regionEnd(String rest) {
        if (rest.startsWith("${")) {
            int close = rest.indexOf('}');
            return close < 0 ? -1 : rest.indexOf('.', close);
        }
        return rest.indexOf('.');
    }

    /** The fields of {@link VpcEndpoint} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        TYPE("type", "VpcEndpointType"),
        PRIVATE_DNS("privateDns", "PrivateDnsEnabled"),
        ROUTE_TABLES("routeTables", "RouteTableIds"),
        SECURITY_GROUPS("securityGroups", "SecurityGroupIds"),
        VPC("vpc", "VpcId"),
        SERVICE("service", "ServiceName"),
        SUBNETS("subnets", "SubnetIds");

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
