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
 */
public record Model(String key, String name, boolean inVpc, String vpcId, List<String> subnets,
                    List<String> securityGroups, boolean s3Artifacts, Boolean networkIsolation, Source source)
        implements Fact {

    public Model {
        subnets = List.copyOf(subnets);
        securityGroups = List.copyOf(securityGroups);
    }
}
