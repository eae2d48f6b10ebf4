package dev.sagelint.model;

import java.util.List;

/**
 * A SageMaker model and where it runs.
 *
 * @param vpcId           the VPC of its VpcConfig subnets, null when not in a VPC or unknown
 * @param subnets         VpcConfig.Subnets
 * @param securityGroups  VpcConfig.SecurityGroupIds
 * @param inVpc           true when the model has a VpcConfig
 * @param s3Artifacts     true when ModelDataUrl, ModelDataSource or an artifact URL points to S3
 * @param networkIsolation EnableNetworkIsolation, null when not written
 * @param endpointKey     key of the one {@link Endpoint} that hosts it: set by formats that nest the model in
 *                        the endpoint, otherwise by the linker when exactly one endpoint's variants name the
 *                        model; null when no endpoint in scope hosts it, or several do
 */
public record Model(String key, String name, boolean inVpc, String vpcId, List<String> subnets,
                    List<String> securityGroups, boolean s3Artifacts, Boolean networkIsolation, Source source,
                    String endpointKey)
        implements Fact {

    public Model {
        subnets = List.copyOf(subnets);
        securityGroups = List.copyOf(securityGroups);
    }

    /** The constructor from before {@code endpointKey}; the linker fills the link when it can. */
    public Model(String key, String name, boolean inVpc, String vpcId, List<String> subnets,
                 List<String> securityGroups, boolean s3Artifacts, Boolean networkIsolation, Source source) {
        this(key, name, inVpc, vpcId, subnets, securityGroups, s3Artifacts, networkIsolation, source, null);
    }

    public Model withEndpointKey(String newEndpointKey) {
        return new Model(key, name, inVpc, vpcId, subnets, securityGroups, s3Artifacts, networkIsolation, source,
                newEndpointKey);
    }

    /** The fields of {@link Model} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        NAME(Names.ownName("name", "ModelName")),
        SECURITY_GROUPS("securityGroups", "SecurityGroupIds"),
        SUBNETS("subnets"),
        VPC("vpc", "VpcConfig"),
        NETWORK_ISOLATION("networkIsolation", "EnableNetworkIsolation"),
        PRIMARY_CONTAINER("primaryContainer"),
        CONTAINERS("containers"),
        S3_ARTIFACTS("s3Artifacts", "ModelDataUrl");

        private final Names names;

        Field(String key) {
            this.names = Names.of(key);
        }

        Field(String key, String awsName) {
            this.names = new Names(key, awsName);
        }

        Field(Names names) {
            this.names = names;
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
