package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** lint --base PATH: the transition rules see both versions; --new-only leaves out what the base already had. */
class DiffModeTest {

    @TempDir
    Path tmp;

    private static String template(String instanceType) {
        return """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants:
                        - VariantName: AllTraffic
                          ModelName: fraud-model
                          InstanceType: %s
                          InitialInstanceCount: 2
                  Endpoint:
                    Type: AWS::SageMaker::Endpoint
                    Properties:
                      EndpointName: fraud-scorer
                      EndpointConfigName: !GetAtt Config.EndpointConfigName
                  Target:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      ServiceNamespace: sagemaker
                      ScalableDimension: sagemaker:variant:DesiredInstanceCount
                      ResourceId: !Sub endpoint/${Endpoint.EndpointName}/variant/AllTraffic
                      MinCapacity: 2
                      MaxCapacity: 6
                """.formatted(instanceType);
    }

    private Path twoVersions() {
        Cli.write(tmp.resolve("base/templates/orders.yaml"), template("ml.m5.xlarge"));
        Path head = tmp.resolve("head");
        Cli.write(head.resolve("templates/orders.yaml"), template("ml.g5.xlarge"));
        return head;
    }

    @Test
    void theChangeIsJudgedAgainstTheBaseFolder() {
        Path head = twoVersions();
        Cli.Run plain = Cli.run(head, "lint", "templates");
        assertThat(plain.out()).as(plain.toString()).doesNotContain("SL708").contains("SL707");

        Cli.Run diff = Cli.run(head, "lint", "templates", "--base", "../base");
        assertThat(diff.out()).as(diff.toString())
                .contains("templates/orders.yaml:9:25: warning SL708 variant AllTraffic of endpoint fraud-scorer"
                        + " changes InstanceType from ml.m5.xlarge to ml.g5.xlarge while its scalable target")
                .contains("SL707");

        Cli.Run newOnly = Cli.run(head, "lint", "templates", "--base", "../base", "--new-only");
        assertThat(newOnly.out()).as(newOnly.toString()).contains("SL708").doesNotContain("SL707").doesNotContain("SL105");
        assertThat(newOnly.err()).contains("2 suppressed"); // SL707 and SL105, both already in the base
    }

    @Test
    void badUseIsAOneLineErrorWithExitCode2() {
        Path head = twoVersions();
        Cli.Run noBase = Cli.run(head, "lint", "templates", "--new-only");
        assertThat(noBase.code()).isEqualTo(2);
        assertThat(noBase.err()).contains("--new-only needs --base").hasLineCount(1);

        Cli.Run missing = Cli.run(head, "lint", "templates", "--base", "../nowhere");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--base ../nowhere: not a folder, and").hasLineCount(1);
    }
}
