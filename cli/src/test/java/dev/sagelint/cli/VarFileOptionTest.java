package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Terraform folder is linted with the values {@code terraform plan} would use: terraform.tfvars and *.auto.tfvars
 * always, another .tfvars file only when named with {@code --var-file} (as {@code -var-file}).
 */
class VarFileOptionTest {

    private static final String MAIN = """
            variable "min" { default = 1 }
            resource "aws_sagemaker_endpoint_configuration" "this" {
              name_prefix = "orders-"
              production_variants {
                variant_name           = "AllTraffic"
                model_name             = "orders-model"
                instance_type          = "ml.m5.large"
                initial_instance_count = 2
              }
              lifecycle {
                create_before_destroy = true
              }
            }
            resource "aws_sagemaker_endpoint" "this" {
              name                 = "orders"
              endpoint_config_name = aws_sagemaker_endpoint_configuration.this.name
            }
            resource "aws_appautoscaling_target" "variant" {
              service_namespace  = "sagemaker"
              scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
              resource_id        = "endpoint/${aws_sagemaker_endpoint.this.name}/variant/AllTraffic"
              min_capacity       = var.min
              max_capacity       = 6
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void autoLoadedFilesApplyInAFolderWalkAndOthersOnlyWhenNamed() {
        Cli.write(tmp.resolve("infra/main.tf"), MAIN);
        Cli.write(tmp.resolve("infra/prod.tfvars"), "min = 0\n");

        Cli.Run unnamed = Cli.run(tmp, "lint", "infra", "--fail-on-severity", "error");
        assertThat(unnamed.out()).doesNotContain("SL201")
                .contains("infra/prod.tfvars:1:1: info SL004 prod.tfvars was not applied");

        Cli.Run named = Cli.run(tmp, "lint", "infra", "--var-file", "infra/prod.tfvars");
        assertThat(named.code()).as(named.toString()).isEqualTo(1);
        assertThat(named.out()).contains("infra/main.tf:22:3: error SL201").doesNotContain("SL004");

        Cli.write(tmp.resolve("infra/zero.auto.tfvars.json"), "{\"min\": 0}");
        Cli.Run auto = Cli.run(tmp, "lint", "infra");
        assertThat(auto.out()).contains("infra/main.tf:22:3: error SL201");

        // a named file is applied last: it wins over the auto-loaded one
        Cli.write(tmp.resolve("one.tfvars"), "min = 1\n");
        Cli.Run last = Cli.run(tmp, "lint", "infra", "--var-file", "one.tfvars", "--fail-on-severity", "error");
        assertThat(last.out()).doesNotContain("SL201");
    }

    @Test
    void aBrokenVarFileIsAUsageErrorWithItsPlace() {
        Cli.write(tmp.resolve("infra/main.tf"), MAIN);
        Cli.write(tmp.resolve("bad.tfvars"), "min = [\n");
        Cli.Run run = Cli.run(tmp, "lint", "infra", "--var-file", "bad.tfvars");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--var-file: bad.tfvars:2:1: HCL syntax error");
        Cli.Run missing = Cli.run(tmp, "lint", "infra", "--var-file", "nope.tfvars");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--var-file: nope.tfvars: no such file");
    }
}
