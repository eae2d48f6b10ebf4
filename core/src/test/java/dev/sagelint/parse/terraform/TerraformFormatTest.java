package dev.sagelint.parse.terraform;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Container;
import dev.sagelint.model.DeployRejection;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InferenceComponent;
import dev.sagelint.model.InputNote;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.SecurityGroup;
import dev.sagelint.model.Setting;
import dev.sagelint.model.Subnet;
import dev.sagelint.model.TerraformEndpointConfig;
import dev.sagelint.model.TerraformScalingPolicy;
import dev.sagelint.model.Variant;
import dev.sagelint.model.Vpc;
import dev.sagelint.model.VpcEndpoint;
import dev.sagelint.parse.Linker;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerraformFormatTest {

    private final TerraformFormat format = new TerraformFormat();

    private List<Deployment> parse(Map<String, String> files) {
        List<SourceFile> sources = new ArrayList<>();
        files.forEach((path, text) -> sources.add(new SourceFile(path, text)));
        sources.forEach(s -> assertTrue(format.accepts(s), s.path()));
        return format.parse(sources, ParseContext.defaults()).stream()
                .map(d -> Linker.link(d, ParseContext.defaults())).toList(); // as the pipeline does
    }

    private Deployment one(Map<String, String> files) {
        List<Deployment> all = parse(files);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static <T> List<T> facts(Deployment d, Class<T> type) {
        return d.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends Fact> T only(Deployment d, Class<T> type) {
        List<T> all = facts(d, type);
        assertEquals(1, all.size(), type.getSimpleName() + ": " + all);
        return all.get(0);
    }

    private static final String ENDPOINT = """
            resource "aws_sagemaker_endpoint_configuration" "ec" {
              name = "${local.prefix}-config"
              production_variants {
                variant_name           = "primary"
                instance_type          = var.instance_type
                initial_instance_count = 1
              }
            }

            resource "aws_sagemaker_endpoint" "this" {
              name                 = "${local.prefix}-ep"
              endpoint_config_name = aws_sagemaker_endpoint_configuration.ec.name
            }

            resource "aws_appautoscaling_target" "t" {
              service_namespace  = "sagemaker"
              scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
              resource_id        = "endpoint/${aws_sagemaker_endpoint.this.name}/variant/primary"
              min_capacity       = var.min
              max_capacity       = 4
            }

            resource "aws_appautoscaling_policy" "p" {
              name               = "p"
              resource_id        = aws_appautoscaling_target.t.resource_id
              scalable_dimension = aws_appautoscaling_target.t.scalable_dimension
              service_namespace  = aws_appautoscaling_target.t.service_namespace
              step_scaling_policy_configuration {
                adjustment_type = "ChangeInCapacity"
                step_adjustment {
                  metric_interval_lower_bound = "0"
                  scaling_adjustment          = 1
                }
              }
            }

            resource "aws_cloudwatch_metric_alarm" "a" {
              alarm_name    = "backlog"
              namespace     = "AWS/SageMaker"
              metric_name   = "HasBacklogWithoutCapacity"
              threshold     = 1
              dimensions    = { EndpointName = aws_sagemaker_endpoint.this.name }
              alarm_actions = [aws_appautoscaling_policy.p.arn]
            }

            locals {
              prefix = "${var.team}-llm"
            }
            """;

    private static final String VARIABLES = """
            variable "team" { default = "search" }
            variable "min" {
              type    = number
              default = 1
            }
            variable "instance_type" {}
            """;

    @Test
    void resolvesVariablesLocalsTemplatesAndReferences() {
        Deployment d = one(Map.of("infra/main.tf", ENDPOINT, "infra/variables.tf", VARIABLES,
                "infra/terraform.tfvars", "min = 0\n", "infra/gpu.auto.tfvars", "instance_type = \"ml.g5.xlarge\"\n"));
        assertEquals("infra", d.id());
        Endpoint e = only(d, Endpoint.class);
        assertEquals("search-llm-ep", e.name());
        assertEquals("search-llm-config", e.configName());
        assertEquals("aws_sagemaker_endpoint_configuration.ec", e.configKey());
        Variant v = only(d, Variant.class);
        assertEquals("ml.g5.xlarge", v.instanceType());
        assertEquals(new Location("infra/main.tf", 5, 5), v.source().at("instanceType"));
        ScalableTarget t = only(d, ScalableTarget.class);
        assertEquals("endpoint/search-llm-ep/variant/primary", t.resourceId());
        assertEquals(0, t.minCapacity());
        assertEquals(new Location("infra/main.tf", 19, 3), t.source().at("minCapacity"));
        assertEquals("aws_sagemaker_endpoint.this", t.endpointKey());
        assertEquals("primary", t.variantName());
        ScalingPolicy p = only(d, ScalingPolicy.class);
        assertEquals("aws_appautoscaling_target.t", p.targetKey());
        assertEquals(ScalingPolicy.STEP, p.policyType());
        assertEquals(0.0, p.stepAdjustments().get(0).lowerBound());
        Alarm a = only(d, Alarm.class);
        assertEquals(List.of("aws_appautoscaling_policy.p"), a.policyKeys());
        assertEquals(Map.of("EndpointName", "search-llm-ep"), a.metric().dimensions());
        assertTrue(facts(d, InputProblem.class).isEmpty(), d.facts().toString());
    }

    private static final String MIN_ONLY = """
            variable "min" { default = 5 }
            resource "aws_appautoscaling_target" "t" {
              service_namespace  = "sagemaker"
              scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
              resource_id        = "endpoint/e/variant/v"
              min_capacity       = var.min
              max_capacity       = 8
            }
            """;

    private Integer minWith(Map<String, String> files, List<SourceFile> varFiles) {
        List<SourceFile> sources = new ArrayList<>();
        new java.util.TreeMap<>(files).forEach((path, text) -> sources.add(new SourceFile(path, text)));
        Deployment d = format.parse(sources, ParseContext.defaults().withVarFiles(varFiles)).get(0);
        assertTrue(facts(d, InputProblem.class).isEmpty(), d.facts().toString());
        return only(d, ScalableTarget.class).minCapacity();
    }

    /** terraform.tfvars, then terraform.tfvars.json, then *.auto.tfvars(.json) by name, then -var-file in order. */
    @Test
    void variableFilesApplyInTerraformsOrder() {
        Map<String, String> files = new java.util.HashMap<>(Map.of("infra/main.tf", MIN_ONLY));
        assertEquals(5, minWith(files, List.of()));
        files.put("infra/terraform.tfvars", "min = 1\n");
        assertEquals(1, minWith(files, List.of()));
        files.put("infra/terraform.tfvars.json", "{\"min\": 2}");
        assertEquals(2, minWith(files, List.of()));
        files.put("infra/b.auto.tfvars.json", "{\"min\": 4}");
        files.put("infra/a.auto.tfvars", "min = 3\n");
        assertEquals(4, minWith(files, List.of()), "b.auto.tfvars.json sorts after a.auto.tfvars");
        // a named file wins over every automatic one, and the last named file wins
        assertEquals(6, minWith(files, List.of(new SourceFile("envs/prod.tfvars", "min = 6\n"))));
        assertEquals(7, minWith(files, List.of(new SourceFile("envs/prod.tfvars", "min = 6\n"),
                new SourceFile("envs/override.tfvars.json", "{\"min\": 7}"))));
    }

    @Test
    void otherTfvarsFilesApplyOnlyWhenNamed() {
        String prod = "min = 0\n";
        List<SourceFile> sources = List.of(new SourceFile("infra/main.tf", MIN_ONLY),
                new SourceFile("infra/prod.tfvars", prod));
        Deployment d = format.parse(sources, ParseContext.defaults()).get(0);
        assertEquals(5, only(d, ScalableTarget.class).minCapacity(), "prod.tfvars is not read by terraform plan");
        InputNote note = only(d, InputNote.class);
        assertEquals(new Location("infra/prod.tfvars", 1, 1), note.location());
        assertTrue(note.message().startsWith("prod.tfvars was not applied: terraform plan loads only terraform.tfvars"),
                note.message());
        assertTrue(note.message().contains("lint with --var-file infra/prod.tfvars"), note.message());

        Deployment named = format.parse(sources, ParseContext.defaults()
                .withVarFiles(List.of(new SourceFile("infra/prod.tfvars", prod)))).get(0);
        assertEquals(0, only(named, ScalableTarget.class).minCapacity());
        assertTrue(facts(named, InputNote.class).isEmpty(), named.facts().toString());
    }

    @Test
    void badVariableFilesAreOneLineErrorsWithTheirPlace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path hcl = java.nio.file.Files.writeString(dir.resolve("prod.tfvars"), "min = \n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(VarFiles.InvalidVarFile.class,
                () -> VarFiles.read("envs/prod.tfvars", hcl));
        assertEquals("envs/prod.tfvars:1:7: HCL syntax error: expected a value, found a new line", e.getMessage());
        java.nio.file.Path json = java.nio.file.Files.writeString(dir.resolve("prod.tfvars.json"), "[1]");
        e = org.junit.jupiter.api.Assertions.assertThrows(VarFiles.InvalidVarFile.class,
                () -> VarFiles.read("prod.tfvars.json", json));
        assertTrue(e.getMessage().startsWith("prod.tfvars.json:1:1: Terraform JSON: a .tfvars.json file holds one JSON"
                + " object"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(VarFiles.InvalidVarFile.class,
                () -> VarFiles.read("missing.tfvars", dir.resolve("missing.tfvars")));
        assertTrue(e.getMessage().equals("missing.tfvars: no such file"), e.getMessage());
        assertEquals("min = 1\n", VarFiles.read("ok.tfvars",
                java.nio.file.Files.writeString(dir.resolve("ok.tfvars"), "min = 1\n")).text());
    }

    /** .tf.json joins the folder's .tf files in one model, with the line and column of each JSON key. */
    @Test
    void jsonSyntaxIsReadIntoTheSameModelWithPositions() {
        String json = """
                {
                  "locals": {"prefix": "${var.team}-llm"},
                  "resource": {
                    "aws_sagemaker_endpoint_configuration": {
                      "ec": {
                        "name": "${local.prefix}-config",
                        "production_variants": [
                          {"variant_name": "primary", "instance_type": "${var.instance_type}",
                           "initial_instance_count": 1},
                          {"variant_name": "second", "instance_type": "ml.m5.large", "initial_instance_count": 1}
                        ],
                        "tags": {"Environment": "prod"}
                      }
                    },
                    "aws_sagemaker_endpoint": {
                      "this": {"name": "${local.prefix}-ep",
                               "endpoint_config_name": "${aws_sagemaker_endpoint_configuration.ec.name}"}
                    }
                  }
                }
                """;
        Deployment d = one(Map.of("infra/main.tf.json", json, "infra/variables.tf", VARIABLES,
                "infra/terraform.tfvars.json", "{\"instance_type\": \"ml.g5.xlarge\"}"));
        assertTrue(facts(d, InputProblem.class).isEmpty(), d.facts().toString());
        Endpoint e = only(d, Endpoint.class);
        assertEquals("search-llm-ep", e.name());
        assertEquals("aws_sagemaker_endpoint_configuration.ec", e.configKey());
        List<Variant> variants = facts(d, Variant.class);
        assertEquals(List.of("primary", "second"), variants.stream().map(Variant::name).toList());
        assertEquals("ml.g5.xlarge", variants.get(0).instanceType());
        assertEquals(new Location("infra/main.tf.json", 8, 39), variants.get(0).source().at("instanceType"));
        dev.sagelint.model.EndpointConfig config = only(d, dev.sagelint.model.EndpointConfig.class);
        assertEquals(Map.of("Environment", "prod"), config.tags());
        assertEquals(new Location("infra/main.tf.json", 5, 7), config.location());
    }

    @Test
    void unknownValuesStayNullAndAreMarkedUnknown() {
        Deployment d = one(Map.of("main.tf", ENDPOINT, "variables.tf", VARIABLES.replace("default = \"search\"", "")));
        Variant v = only(d, Variant.class);
        assertNull(v.instanceType());
        assertTrue(v.source().isUnknown("instanceType"));
        ScalableTarget t = only(d, ScalableTarget.class);
        assertEquals("endpoint/${var.team}-llm-ep/variant/primary", t.resourceId());
        assertNull(t.endpointName());
        assertEquals("aws_sagemaker_endpoint.this", t.endpointKey(), "the reference still links");
        assertEquals(1, t.minCapacity());
        assertEquals(".", d.id(), "files at the top form the deployment \".\"");
        assertEquals(Map.of("EndpointName", "${var.team}-llm-ep"), only(d, Alarm.class).metric().dimensions(),
                "a dimension with an unknown value is still there");
    }

    @Test
    void forEachAndCountExpandLikeTerraform() {
        Deployment d = one(Map.of("main.tf", """
                variable "endpoints" {
                  default = { a = 1, b = 3 }
                }
                resource "aws_appautoscaling_target" "t" {
                  for_each           = var.endpoints
                  service_namespace  = "sagemaker"
                  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
                  resource_id        = "endpoint/${each.key}/variant/AllTraffic"
                  min_capacity       = each.value
                  max_capacity       = each.value + 1
                }
                resource "aws_appautoscaling_scheduled_action" "s" {
                  count       = 2
                  name        = "s${count.index}"
                  service_namespace  = "sagemaker"
                  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
                  resource_id = aws_appautoscaling_target.t["b"].resource_id
                  schedule    = "cron(0 8 * * ? *)"
                  scalable_target_action {
                    min_capacity = 2
                  }
                }
                resource "aws_appautoscaling_target" "unknown" {
                  for_each     = var.not_declared
                  resource_id  = "endpoint/${each.key}/variant/AllTraffic"
                  min_capacity = 1
                  max_capacity = 1
                }
                resource "aws_appautoscaling_target" "none" {
                  count        = 0
                  resource_id  = "endpoint/x/variant/y"
                  min_capacity = 1
                  max_capacity = 1
                }
                """));
        List<ScalableTarget> targets = facts(d, ScalableTarget.class);
        assertEquals(List.of("aws_appautoscaling_target.t[\"a\"]", "aws_appautoscaling_target.t[\"b\"]",
                "aws_appautoscaling_target.unknown"), targets.stream().map(ScalableTarget::key).toList());
        assertEquals("endpoint/b/variant/AllTraffic", targets.get(1).resourceId());
        assertEquals(3, targets.get(1).minCapacity());
        assertEquals(4, targets.get(1).maxCapacity());
        assertEquals("endpoint/${each.key}/variant/AllTraffic", targets.get(2).resourceId());
        List<ScheduledAction> actions = facts(d, ScheduledAction.class);
        assertEquals(List.of("s0", "s1"), actions.stream().map(ScheduledAction::name).toList());
        assertEquals("aws_appautoscaling_target.t[\"b\"]", actions.get(0).targetKey());
        assertEquals(2, actions.get(1).minCapacity());
    }

    @Test
    void vpcEndpointsKeepTheRegionAsAKnownUnknown() {
        Deployment d = one(Map.of("net.tf", """
                data "aws_region" "current" {}
                resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
                resource "aws_subnet" "a" {
                  vpc_id = aws_vpc.main.id
                }
                resource "aws_route_table" "private" { vpc_id = aws_vpc.main.id }
                resource "aws_vpc_endpoint" "s3" {
                  vpc_id          = aws_vpc.main.id
                  service_name    = "com.amazonaws.${data.aws_region.current.name}.s3"
                  route_table_ids = [aws_route_table.private.id]
                }
                resource "aws_sagemaker_model" "m" {
                  primary_container {
                    model_data_url = "s3://bucket/model.tar.gz"
                  }
                  vpc_config {
                    subnets            = [aws_subnet.a.id]
                    security_group_ids = ["sg-1"]
                  }
                }
                """));
        VpcEndpoint e = only(d, VpcEndpoint.class);
        assertEquals("com.amazonaws.${data.aws_region.current.name}.s3", e.serviceName());
        assertEquals("s3", e.service());
        assertEquals("aws_vpc.main", e.vpcId());
        assertEquals(List.of("aws_route_table.private"), e.routeTableIds());
        Model m = only(d, Model.class);
        assertEquals("aws_vpc.main", m.vpcId());
        assertEquals(List.of("aws_subnet.a"), m.subnets());
        assertTrue(m.s3Artifacts());
        Vpc vpc = only(d, Vpc.class);
        assertEquals("aws_vpc.main", vpc.id());
        assertFalse(vpc.natGateway());
    }

    @Test
    void localModulesAreFollowedAndRemoteOnesNoted() {
        List<Deployment> all = parse(Map.of(
                "live/main.tf", """
                        module "ep" {
                          source        = "../modules/endpoint"
                          endpoint_name = "orders"
                          min           = 0
                        }
                        module "vpc" {
                          source  = "terraform-aws-modules/vpc/aws"
                          version = "5.0.0"
                        }
                        """,
                "modules/endpoint/main.tf", """
                        variable "endpoint_name" {}
                        variable "min" { default = 2 }
                        resource "aws_appautoscaling_target" "t" {
                          resource_id  = "endpoint/${var.endpoint_name}/variant/AllTraffic"
                          min_capacity = var.min
                          max_capacity = 2
                        }
                        """));
        assertEquals(1, all.size(), "the module folder is not linted on its own: " + all);
        Deployment d = all.get(0);
        ScalableTarget t = only(d, ScalableTarget.class);
        assertEquals("module.ep.aws_appautoscaling_target.t", t.key());
        assertEquals("endpoint/orders/variant/AllTraffic", t.resourceId());
        assertEquals(0, t.minCapacity());
        assertEquals(new Location("modules/endpoint/main.tf", 5, 3), t.source().at("minCapacity"));
        InputNote note = only(d, InputNote.class);
        assertEquals(new Location("live/main.tf", 6, 1), note.location());
        assertTrue(note.message().contains("terraform-aws-modules/vpc/aws"), note.message());
    }

    @Test
    void syntaxErrorsBecomeInputProblemsWithTheirPlace() {
        Deployment d = one(Map.of("bad.tf", "resource \"aws_sagemaker_endpoint\" \"e\" {\n  name = \n}\n",
                "good.tf", "resource \"aws_sagemaker_endpoint\" \"f\" {\n  name = \"f\"\n}\n"));
        InputProblem p = only(d, InputProblem.class);
        assertEquals(new Location("bad.tf", 2, 10), p.location());
        assertTrue(p.fatal());
        assertTrue(p.message().startsWith("HCL syntax error"), p.message());
        assertEquals("f", only(d, Endpoint.class).name(), "the other file of the folder is still read");
    }

    @Test
    void wholeNumbersFollowTheRuleEveryFormatShares() {
        Deployment d = one(Map.of("main.tf", """
                resource "aws_appautoscaling_target" "t" {
                  resource_id  = "endpoint/e/variant/v"
                  min_capacity = 2.0
                  max_capacity = 4.5
                }
                """));
        InputProblem p = only(d, InputProblem.class);
        assertEquals(new Location("main.tf", 4, 3), p.location());
        assertEquals("max_capacity is 4.5; expected a whole number", p.message());
        assertEquals(2, only(d, ScalableTarget.class).minCapacity());
    }

    @Test
    void wrongTypesAreInputProblems() {
        Deployment d = one(Map.of("main.tf", """
                resource "aws_appautoscaling_target" "t" {
                  resource_id  = "endpoint/e/variant/v"
                  min_capacity = "one"
                  max_capacity = "2"
                }
                """));
        InputProblem p = only(d, InputProblem.class);
        assertEquals(new Location("main.tf", 3, 3), p.location());
        assertEquals("min_capacity is \"one\"; expected a whole number", p.message());
        assertEquals(2, only(d, ScalableTarget.class).maxCapacity());
    }

    @Test
    void dynamicBlocksExpandOverKnownCollections() {
        Deployment d = one(Map.of("main.tf", """
                variable "variants" {
                  default = [
                    { name = "a", type = "ml.m5.large" },
                    { name = "b", type = "ml.c5.large" },
                  ]
                }
                resource "aws_sagemaker_endpoint_configuration" "ec" {
                  name_prefix = "ec-"
                  dynamic "production_variants" {
                    for_each = var.variants
                    content {
                      variant_name  = production_variants.value.name
                      instance_type = production_variants.value.type
                    }
                  }
                  lifecycle {
                    create_before_destroy = true
                  }
                }
                """));
        assertEquals(List.of("a", "b"), facts(d, Variant.class).stream().map(Variant::name).toList());
        assertEquals("ml.c5.large", facts(d, Variant.class).get(1).instanceType());
        TerraformEndpointConfig tf = only(d, TerraformEndpointConfig.class);
        assertTrue(tf.namePrefix());
        assertFalse(tf.fixedName());
        assertEquals(true, tf.createBeforeDestroy());
    }

    @Test
    void aDynamicBlockOverAnUnknownCollectionLeavesTheVariantCountUnknown() {
        Deployment d = one(Map.of("main.tf", """
                variable "variants" {}
                resource "aws_sagemaker_endpoint_configuration" "ec" {
                  name_prefix = "ec-"
                  dynamic "production_variants" {
                    for_each = var.variants
                    iterator = pv
                    content {
                      variant_name  = pv.value.name
                      instance_type = "ml.m5.large"
                    }
                  }
                }
                """));
        EndpointConfig c = only(d, EndpointConfig.class);
        assertNull(c.variantCount(), "how many variants the variable holds is not known");
        assertTrue(c.source().isUnknown(EndpointConfig.Field.VARIANTS));
        // read once, with the iterator's key and value unknown: what does not depend on them is still read
        Variant v = only(d, Variant.class);
        assertNull(v.name());
        assertEquals("ml.m5.large", v.instanceType());
        assertEquals(new Location("main.tf", 9, 7), v.source().at(Variant.Field.INSTANCE_TYPE));
    }

    @Test
    void aBlockWrittenUnderAnAttributesNameIsNotTheAttribute() {
        Deployment d = one(Map.of("main.tf", """
                resource "aws_appautoscaling_target" "t" {
                  resource_id        = "endpoint/e/variant/v"
                  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
                  service_namespace  = "sagemaker"
                  max_capacity       = 4
                  min_capacity {
                    value = 1
                  }
                }
                """));
        ScalableTarget t = only(d, ScalableTarget.class);
        assertNull(t.minCapacity());
        assertEquals(4, t.maxCapacity());
        InputProblem p = only(d, InputProblem.class);
        assertEquals(new Location("main.tf", 6, 3), p.location());
        assertEquals("min_capacity is a list; expected a whole number", p.message());
    }

    @Test
    void targetTrackingWithoutPolicyTypeIsRecorded() {
        Deployment d = one(Map.of("main.tf", """
                resource "aws_appautoscaling_policy" "p" {
                  name        = "p"
                  resource_id = "endpoint/e/variant/v"
                  target_tracking_scaling_policy_configuration {
                    target_value       = 70
                    scale_in_cooldown  = 60
                    predefined_metric_specification {
                      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
                    }
                  }
                }
                """));
        TerraformScalingPolicy tf = only(d, TerraformScalingPolicy.class);
        assertNull(tf.policyType());
        assertTrue(tf.targetTrackingBlock());
        assertEquals(new Location("main.tf", 4, 3), tf.source().at("targetTracking"));
        ScalingPolicy p = only(d, ScalingPolicy.class);
        assertEquals(ScalingPolicy.TARGET_TRACKING, p.policyType(), "read as the author meant; SL704 reports it");
        assertEquals(60, p.scaleInCooldown());
        assertEquals("SageMakerVariantInvocationsPerInstance", p.predefinedMetric());
    }

    @Test
    void optionalObjectAttributesTakeTheirTypeDefaults() {
        Deployment d = one(Map.of("main.tf", """
                variable "autoscaling" {
                  type = object({
                    min_capacity      = optional(number, 1)
                    max_capacity      = number
                    scale_in_cooldown = optional(number)
                  })
                }
                resource "aws_appautoscaling_policy" "p" {
                  name        = "p"
                  policy_type = "TargetTrackingScaling"
                  resource_id = "endpoint/e/variant/v"
                  target_tracking_scaling_policy_configuration {
                    target_value      = 100
                    scale_in_cooldown = var.autoscaling.scale_in_cooldown
                  }
                }
                resource "aws_appautoscaling_target" "t" {
                  resource_id  = "endpoint/e/variant/v"
                  min_capacity = var.autoscaling.min_capacity
                  max_capacity = var.autoscaling.max_capacity
                }
                """, "terraform.tfvars", "autoscaling = { max_capacity = 4 }\n"));
        ScalingPolicy p = only(d, ScalingPolicy.class);
        assertNull(p.scaleInCooldown());
        assertFalse(p.source().isSet("scaleInCooldown"), "an optional attribute left out is null: not set");
        ScalableTarget t = only(d, ScalableTarget.class);
        assertEquals(1, t.minCapacity());
        assertEquals(4, t.maxCapacity());
    }

    @Test
    void hostileExpressionsStayCheapAndNeverCrash() {
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            chain.append("resource \"aws_sagemaker_endpoint\" \"e").append(i).append("\" {\n  name = \"")
                    .append(i == 59 ? "x" : "${aws_sagemaker_endpoint.e" + (i + 1) + ".name}${aws_sagemaker_endpoint.e"
                            + (i + 1) + ".name}").append("\"\n}\n");
        }
        chain.append("""
                resource "aws_sagemaker_endpoint" "a" { name = aws_sagemaker_endpoint.b.name }
                resource "aws_sagemaker_endpoint" "b" { name = aws_sagemaker_endpoint.a.name }
                resource "aws_appautoscaling_target" "t" {
                  count        = 1e999999999 * 1e999999999
                  resource_id  = "endpoint/e/variant/v"
                  min_capacity = 1e999999999 + 1
                  max_capacity = 2
                }
                """);
        Deployment d = one(Map.of("main.tf", chain.toString()));
        Endpoint e0 = facts(d, Endpoint.class).stream().filter(e -> e.key().equals("aws_sagemaker_endpoint.e0"))
                .findFirst().orElseThrow();
        assertNull(e0.name(), "a name doubled 59 times is not built");
        assertTrue(e0.source().isUnknown("name"));
        Endpoint a = facts(d, Endpoint.class).stream().filter(e -> e.key().equals("aws_sagemaker_endpoint.a"))
                .findFirst().orElseThrow();
        assertTrue(a.source().isUnknown("name"), "a reference cycle is unknown");
        ScalableTarget t = only(d, ScalableTarget.class);
        assertEquals("aws_appautoscaling_target.t", t.key(), "an impossible count leaves one instance");
        InputProblem p = only(d, InputProblem.class);
        assertEquals(new Location("main.tf", 60 * 3 + 6, 3), p.location());
        assertTrue(p.message().startsWith("min_capacity is 1E+999999999"), p.message());
    }

    @Test
    void modulesWithForEachOrCountBecomeOneInstancePerElement() {
        Deployment d = one(Map.of(
                "live/main.tf", """
                        module "ep" {
                          source   = "../modules/endpoint"
                          for_each = { orders = 0, search = 2 }
                          endpoint_name = each.key
                          min           = each.value
                        }
                        module "off" {
                          source        = "../modules/endpoint"
                          count         = 0
                          endpoint_name = "off"
                          min           = 1
                        }
                        """,
                "modules/endpoint/main.tf", """
                        variable "endpoint_name" {}
                        variable "min" {}
                        resource "aws_appautoscaling_target" "t" {
                          resource_id  = "endpoint/${var.endpoint_name}/variant/AllTraffic"
                          min_capacity = var.min
                          max_capacity = 4
                        }
                        """));
        List<ScalableTarget> targets = facts(d, ScalableTarget.class);
        assertEquals(List.of("module.ep[\"orders\"].aws_appautoscaling_target.t",
                "module.ep[\"search\"].aws_appautoscaling_target.t"), targets.stream().map(ScalableTarget::key).toList());
        assertEquals("endpoint/search/variant/AllTraffic", targets.get(1).resourceId());
        assertEquals(0, targets.get(0).minCapacity());
        assertEquals(2, targets.get(1).minCapacity());
    }

    @Test
    void moduleCallsThatCannotBeExpandedAreNotedAtTheirCountOrForEach() {
        Deployment d = one(Map.of(
                "live/main.tf", """
                        variable "regions" {
                          type = set(string)
                        }
                        variable "with_search" {
                          default = false
                        }
                        module "ep" {
                          source        = "../modules/endpoint"
                          for_each      = var.regions
                          endpoint_name = each.key
                        }
                        module "search" {
                          source        = "../modules/endpoint"
                          count         = var.with_search ? 1 : 0
                          endpoint_name = "search"
                        }
                        """,
                "modules/endpoint/main.tf", """
                        variable "endpoint_name" {}
                        resource "aws_appautoscaling_target" "t" {
                          resource_id  = "endpoint/${var.endpoint_name}/variant/AllTraffic"
                          min_capacity = 1
                          max_capacity = 4
                        }
                        """));
        List<InputNote> notes = facts(d, InputNote.class);
        assertEquals(List.of(new Location("live/main.tf", 9, 3), new Location("live/main.tf", 14, 3)),
                notes.stream().map(InputNote::location).toList());
        assertEquals("module.ep: for_each depends on var.regions, which has no value, so its resources are checked"
                + " once with each.key and each.value unknown, and rules on values built from them stay silent; lint"
                + " with the values you deploy (--var-file) or a plan", notes.get(0).message());
        assertEquals("module.search: count is 0 only because var.with_search has no value and defaults to false, so"
                + " none of its resources are checked; lint with the values you deploy (--var-file) or a plan",
                notes.get(1).message());
        assertEquals(List.of("module.ep.aws_appautoscaling_target.t"),
                facts(d, ScalableTarget.class).stream().map(ScalableTarget::key).toList());
    }

    @Test
    void aModuleCycleIsAnInputProblemAtTheCallingBlockAndTheRestIsRead() {
        Deployment d = one(Map.of(
                "live/main.tf", """
                        module "a" {
                          source = "../modules/a"
                        }
                        resource "aws_appautoscaling_target" "root" {
                          resource_id  = "endpoint/orders/variant/AllTraffic"
                          min_capacity = 1
                          max_capacity = 4
                        }
                        """,
                "modules/a/main.tf", """
                        module "b" {
                          source = "../b"
                        }
                        """,
                "modules/b/main.tf", """
                        resource "aws_appautoscaling_target" "b" {
                          resource_id  = "endpoint/b/variant/AllTraffic"
                          min_capacity = 1
                          max_capacity = 4
                        }

                          module "back" {
                          source = "../a"
                        }
                        """));
        InputProblem p = only(d, InputProblem.class);
        assertEquals(new Location("modules/b/main.tf", 7, 3), p.location());
        assertFalse(p.fatal());
        assertEquals("module 'back' has source '../a', a module that calls back into this one (modules/a -> modules/b"
                + " -> modules/a); Terraform cannot expand a module that calls itself, directly or through other"
                + " modules; point source at a folder that does not call back (the module was not followed; the rest"
                + " of the configuration is checked)", p.message());
        assertEquals(List.of("aws_appautoscaling_target.root", "module.a.module.b.aws_appautoscaling_target.b"),
                facts(d, ScalableTarget.class).stream().map(ScalableTarget::key).toList());
    }

    @Test
    void modulesThatOnlyCallEachOtherAreStillLintedAndReported() {
        List<Deployment> all = parse(Map.of(
                "modules/a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\n",
                "modules/b/main.tf", "module \"a\" {\n  source = \"../a\"\n}\n",
                "modules/self/main.tf", "module \"me\" {\n  source = \"./\"\n}\n"));
        assertEquals(List.of("modules/a", "modules/self"), all.stream().map(Deployment::id).toList());
        assertEquals(new Location("modules/b/main.tf", 1, 1), only(all.get(0), InputProblem.class).location());
        InputProblem self = only(all.get(1), InputProblem.class);
        assertEquals(new Location("modules/self/main.tf", 1, 1), self.location());
        assertTrue(self.message().startsWith("module 'me' has source './', its own folder (modules/self);"),
                self.message());
    }

    @Test
    void metricQueryAlarmsAreReadAsMetricMath() {
        Deployment d = one(Map.of("main.tf", """
                resource "aws_cloudwatch_metric_alarm" "band" {
                  alarm_name          = "band"
                  threshold_metric_id = "e1"
                  metric_query {
                    id          = "e1"
                    expression  = "ANOMALY_DETECTION_BAND(m1)"
                    return_data = true
                  }
                  metric_query {
                    id          = "m1"
                    return_data = true
                    metric {
                      namespace   = "AWS/SageMaker"
                      metric_name = "Invocations"
                      stat        = "Sum"
                      period      = 60
                      dimensions  = { EndpointName = "orders" }
                    }
                  }
                }
                resource "aws_cloudwatch_metric_alarm" "ratio" {
                  alarm_name = "ratio"
                  metric_query {
                    id          = "e1"
                    expression  = "m1 / 2"
                    return_data = true
                  }
                  metric_query {
                    id = "m1"
                    metric {
                      metric_name = "Invocations"
                      namespace   = "AWS/SageMaker"
                      stat        = "Sum"
                      period      = 60
                    }
                  }
                }
                """));
        List<Alarm> alarms = facts(d, Alarm.class);
        Alarm band = alarms.get(0);
        assertEquals("Invocations", band.metric().name());
        assertEquals("AWS/SageMaker", band.metric().namespace());
        assertEquals("Sum", band.metric().statistic());
        assertEquals(Map.of("EndpointName", "orders"), band.metric().dimensions());
        assertEquals(new Location("main.tf", 14, 7), band.metric().source().at("name"));
        assertEquals(List.of("e1", "m1"), band.metric().queries().stream().map(q -> q.id()).toList());
        assertEquals("ANOMALY_DETECTION_BAND(m1)", band.metric().queries().get(0).expression());
        assertTrue(band.metric().queries().get(1).metricStat());
        assertEquals("e1", band.thresholdMetricId());
        Alarm ratio = alarms.get(1);
        assertNull(ratio.metric().name(), "an expression's metric cannot be named");
        assertTrue(ratio.metric().source().isUnknown("name"));
        assertEquals(2, ratio.metric().queries().size());
        assertEquals(Boolean.FALSE, ratio.metric().queries().get(1).returnData(), "the provider sends false when unset");
    }

    @Test
    void aPolicyReadsThroughTheAwsShapesAndBothMetricSpecificationsAreRejectedOnlyWhenBothAreThere() {
        String policy = """
                resource "aws_appautoscaling_policy" "p" {
                  name               = "p"
                  resource_id        = "endpoint/e/variant/v"
                  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
                  service_namespace  = "sagemaker"
                  target_tracking_scaling_policy_configuration {
                    target_value = 70
                    predefined_metric_specification {
                      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
                    }
                    %s
                  }
                }
                """;
        Deployment both = one(Map.of("main.tf", policy.formatted("""
                customized_metric_specification {
                      metric_name = "m"
                      namespace   = "n"
                      statistic   = "Average"
                      dimensions {
                        name  = "EndpointName"
                        value = var.endpoint
                      }
                    }""")));
        ScalingPolicy p = only(both, ScalingPolicy.class);
        assertEquals(ScalingPolicy.TARGET_TRACKING, p.policyType(), "the provider's default with only that block");
        assertEquals(70.0, p.targetValue());
        assertEquals("SageMakerVariantInvocationsPerInstance", p.predefinedMetric());
        assertEquals(new Location("main.tf", 9, 7), p.source().at(ScalingPolicy.Field.PREDEFINED_METRIC));
        assertEquals(Map.of("EndpointName", "${EndpointName}"), p.customMetric().dimensions(),
                "a dimension whose value is unknown is there");
        DeployRejection rejected = only(both, DeployRejection.class);
        assertEquals(new Location("main.tf", 11, 5), rejected.source().location());
        Deployment conditional = one(Map.of("main.tf", policy.formatted("""
                dynamic "customized_metric_specification" {
                      for_each = var.custom
                      content {
                        metric_name = "m"
                      }
                    }""")));
        assertTrue(facts(conditional, DeployRejection.class).isEmpty(),
                "a dynamic block whose for_each is unknown may be absent");
    }

    @Test
    void anEndpointAndAComponentReadThroughTheAwsShapes() {
        Deployment d = one(Map.of("main.tf", """
                variable "alarms" {}
                resource "aws_sagemaker_endpoint_configuration" "c" {
                  name_prefix = "c-"
                  production_variants {
                    variant_name  = "v"
                    instance_type = "ml.g5.xlarge"
                  }
                }
                resource "aws_sagemaker_endpoint" "e" {
                  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name
                  tags = { team = "ml", stage = null }
                  deployment_config {
                    auto_rollback_configuration {
                      dynamic "alarms" {
                        for_each = var.alarms
                        content {
                          alarm_name = "errors"
                        }
                      }
                    }
                    blue_green_update_policy {
                      traffic_routing_configuration {
                        type                     = "CANARY"
                        wait_interval_in_seconds = 300
                        canary_size {
                          type  = "CAPACITY_PERCENT"
                          value = 10
                        }
                      }
                    }
                  }
                }
                resource "aws_sagemaker_inference_component" "ic" {
                  name         = "ic"
                  endpoint_name = aws_sagemaker_endpoint.e.name
                  variant_name = "v"
                  runtime_config {
                    copy_count = 2
                  }
                  specification {
                    container {
                      artifact_url = "s3://b/model.tar.gz"
                    }
                    compute_resource_requirements {
                      number_of_accelerator_devices_required = 1
                    }
                  }
                }
                """));
        Endpoint e = only(d, Endpoint.class);
        assertEquals("aws_sagemaker_endpoint_configuration.c", e.configKey(),
                "a config name known only at apply time still names its config");
        assertEquals(Map.of("team", "ml"), e.tags(), "a null tag is not a tag");
        assertEquals(new Location("main.tf", 11, 3), e.source().at(Endpoint.Field.TAGS));
        var deployment = e.deploymentConfig();
        assertTrue(deployment.blueGreen());
        assertEquals("CANARY", deployment.trafficRoutingType());
        assertEquals(10, deployment.canarySizeValue());
        assertEquals(300, deployment.waitIntervalInSeconds());
        assertEquals(List.of("errors"), deployment.rollbackAlarms());
        assertEquals(new Location("main.tf", 14, 7),
                deployment.source().at(dev.sagelint.model.DeploymentConfig.Field.ROLLBACK_ALARMS),
                "a field read from a dynamic block points at it");
        InferenceComponent ic = only(d, InferenceComponent.class);
        assertEquals("aws_sagemaker_endpoint.e", ic.endpointKey());
        assertEquals("v", ic.variantName());
        assertEquals(2, ic.copyCount());
        assertEquals("s3://b/model.tar.gz", ic.artifactUrl());
        assertEquals(1.0, ic.numberOfAcceleratorDevicesRequired());
        assertEquals(new Location("main.tf", 42, 7), ic.source().at(InferenceComponent.Field.ARTIFACT_URL));
    }

    @Test
    void anEndpointConfigReadsThroughTheAwsShapesWithBlocksThatMayBeAbsent() {
        Deployment d = one(Map.of("main.tf", """
                variable "capture" {}
                resource "aws_sagemaker_endpoint_configuration" "c" {
                  name           = "c"
                  spot_pricing   = "on"
                  production_variants {
                    variant_name  = "a"
                    instance_type = "ml.m5.large"
                    purchase_option = "spot"
                  }
                  production_variants {
                    variant_name  = "b"
                    instance_type = "ml.m5.large"
                    dynamic "serverless_config" {
                      for_each = var.capture
                      content {
                        max_concurrency = 5
                      }
                    }
                  }
                  dynamic "data_capture_config" {
                    for_each = var.capture
                    content {
                      initial_sampling_percentage = 10
                    }
                  }
                }
                """));
        EndpointConfig c = only(d, EndpointConfig.class);
        assertEquals(2, c.variantCount());
        assertTrue(c.dataCapture());
        assertTrue(c.source().isUnknown(EndpointConfig.Field.DATA_CAPTURE), "present only for some values");
        assertEquals(new Location("main.tf", 20, 3), c.source().at(EndpointConfig.Field.DATA_CAPTURE));
        List<Variant> variants = facts(d, Variant.class);
        assertEquals(List.of("spot_pricing", "purchase_option"),
                variants.get(0).spotSettings().stream().map(Setting::name).toList(),
                "the config's setting on its first variant, with the variant's own");
        assertTrue(variants.get(1).spotSettings().isEmpty(), "a config-level setting is reported once");
        assertEquals(5, variants.get(1).serverless().maxConcurrency());
        assertTrue(variants.get(1).source().isUnknown(Variant.Field.SERVERLESS));
    }

    @Test
    void aModelAndItsContainersReadThroughTheAwsShapes() {
        Deployment d = one(Map.of("main.tf", """
                variable "artifacts" {}
                variable "extra_subnet" {}
                resource "aws_subnet" "a" {
                  vpc_id     = "vpc-1"
                  cidr_block = "10.0.1.0/24"
                }
                resource "aws_sagemaker_model" "m" {
                  name               = "m"
                  execution_role_arn = "arn:aws:iam::123456789012:role/r"
                  primary_container {
                    image          = "img"
                    model_data_url = var.artifacts
                    environment    = { HF_MODEL_ID = "x" }
                  }
                  container {
                    image = "img2"
                    image_config {
                      repository_access_mode = "Vpc"
                    }
                  }
                  vpc_config {
                    subnets            = [aws_subnet.a.id, var.extra_subnet]
                    security_group_ids = ["sg-1"]
                  }
                }
                """));
        Model m = only(d, Model.class);
        assertTrue(m.inVpc());
        assertEquals(List.of("aws_subnet.a"), m.subnets(), "a subnet by its id names the subnet resource");
        assertTrue(m.source().isUnknown(Model.Field.SUBNETS), "one subnet is known only at apply time: left out,"
                + " and the list is not taken as complete");
        assertEquals(List.of("sg-1"), m.securityGroups());
        assertFalse(m.s3Artifacts());
        assertTrue(m.source().isUnknown(Model.Field.S3_ARTIFACTS), "where the artifacts are is a variable's");
        assertEquals(new Location("main.tf", 21, 3), m.source().at(Model.Field.VPC));
        List<Container> containers = facts(d, Container.class);
        assertEquals(List.of("img", "img2"), containers.stream().map(Container::image).toList());
        assertEquals(Map.of("HF_MODEL_ID", "x"), containers.get(0).environment());
        assertEquals("Vpc", containers.get(1).repositoryAccessMode());
        assertEquals(new Location("main.tf", 13, 5), containers.get(0).source().at("environment.HF_MODEL_ID"));
    }

    @Test
    void aSplatOfIdsNamesEachInstance() {
        Deployment d = one(Map.of("main.tf", """
                resource "aws_subnet" "a" {
                  count      = 2
                  vpc_id     = "vpc-1"
                  cidr_block = "10.0.${count.index}.0/24"
                }
                resource "aws_sagemaker_model" "m" {
                  name = "m"
                  vpc_config {
                    subnets            = aws_subnet.a[*].id
                    security_group_ids = ["sg-1"]
                  }
                }
                """));
        Model m = only(d, Model.class);
        assertEquals(List.of("aws_subnet.a[0]", "aws_subnet.a[1]"), m.subnets(), "each instance's id names it");
        assertNull(TfDoc.address("aws_subnet.a.*.id"), "a splat names many (the uktrade corpus module's input)");
        assertNull(TfDoc.address("var.subnet.id"));
        assertEquals("module.net[\"a\"].aws_subnet.x[0]", TfDoc.address("module.net[\"a\"].aws_subnet.x[0].id"));
        assertTrue(facts(d, InputProblem.class).isEmpty());
    }

    @Test
    void anAlarmReadsThroughPutMetricAlarmsShapeInTheProvidersSpelling() {
        Deployment d = one(Map.of("main.tf", """
                variable "dims" {}
                variable "queries" {}
                resource "aws_appautoscaling_policy" "out" {
                  name = "out"
                }
                resource "aws_appautoscaling_policy" "more" {
                  name = "more"
                }
                resource "aws_sagemaker_endpoint" "e" {
                  name = "orders"
                }
                resource "aws_cloudwatch_metric_alarm" "two" {
                  alarm_name    = "two"
                  namespace     = "AWS/SageMaker"
                  metric_name   = "Invocations"
                  dimensions    = { EndpointName = aws_sagemaker_endpoint.e.name, VariantName = null, Arn = aws_sagemaker_endpoint.e.arn }
                  alarm_actions = [aws_appautoscaling_policy.out.arn, aws_appautoscaling_policy.more.arn]
                }
                resource "aws_cloudwatch_metric_alarm" "vars" {
                  alarm_name  = "vars"
                  namespace   = "AWS/SageMaker"
                  metric_name = "Invocations"
                  dimensions  = var.dims
                }
                resource "aws_cloudwatch_metric_alarm" "dynamic" {
                  alarm_name = "dynamic"
                  dynamic "metric_query" {
                    for_each = var.queries
                    content {
                      id = metric_query.key
                      metric {
                        namespace   = "AWS/SageMaker"
                        metric_name = "Invocations"
                      }
                    }
                  }
                }
                """));
        List<Alarm> alarms = facts(d, Alarm.class);
        Alarm two = alarms.get(0);
        assertEquals(List.of("aws_appautoscaling_policy.out", "aws_appautoscaling_policy.more"), two.policyKeys(),
                "every policy the actions reach");
        assertEquals(Map.of("EndpointName", "orders", "Arn", "${Arn}"),
                two.metric().dimensions(), "a value known at deploy stays a placeholder; a null one is not written");
        assertEquals(new Location("main.tf", 16, 3), two.metric().source().at("dimensions.EndpointName"));
        Alarm vars = alarms.get(1);
        assertTrue(vars.metric().dimensions().isEmpty());
        assertTrue(vars.metric().source().isUnknown("dimensions"), "a map known only at deploy is not an empty map");
        Alarm dynamic = alarms.get(2);
        assertNull(dynamic.metric().name(), "entries that exist only for some values name no one metric");
        assertTrue(dynamic.metric().source().isUnknown("name"));
        assertEquals(new Location("main.tf", 27, 3), dynamic.source().at("metric"), "at the dynamic block");
    }

    @Test
    void networkResourcesReadThroughTheEc2ShapesInEachResourcesSpelling() {
        Deployment d = one(Map.of("main.tf", """
                variable "tables" {}
                resource "aws_subnet" "a" {
                  vpc_id               = aws_vpc.main.id
                  availability_zone_id = "use1-az1"
                }
                resource "aws_vpc" "main" {
                  cidr_block = "10.0.0.0/16"
                }
                resource "aws_security_group" "endpoint" {
                  vpc_id = aws_vpc.main.id
                  ingress {
                    protocol         = "tcp"
                    from_port        = 443
                    to_port          = 443
                    ipv6_cidr_blocks = ["::/0"]
                    security_groups  = [aws_security_group.model.id]
                  }
                }
                resource "aws_security_group" "model" {
                  vpc_id = aws_vpc.main.id
                }
                resource "aws_security_group_rule" "https" {
                  type                     = "ingress"
                  security_group_id        = aws_security_group.endpoint.id
                  protocol                 = "tcp"
                  from_port                = 8443
                  to_port                  = 8443
                  source_security_group_id = aws_security_group.model.id
                }
                resource "aws_vpc_security_group_ingress_rule" "v4" {
                  security_group_id = aws_security_group.endpoint.id
                  ip_protocol       = "-1"
                  cidr_ipv4         = "10.0.0.0/16"
                }
                resource "aws_vpc_endpoint" "s3" {
                  vpc_id          = aws_vpc.main.id
                  service_name    = "com.amazonaws.us-east-1.s3"
                  route_table_ids = ["rtb-1", var.tables]
                }
                resource "aws_sagemaker_model" "m" {
                  name = "m"
                  vpc_config {
                    subnets            = [aws_subnet.a.id]
                    security_group_ids = [aws_security_group.model.id]
                  }
                }
                """));
        Subnet subnet = only(d, Subnet.class);
        assertEquals("aws_vpc.main", subnet.vpcId(), "a reference to a VPC's id names it");
        assertEquals("use1-az1", subnet.availabilityZone());
        SecurityGroup endpoint = facts(d, SecurityGroup.class).stream()
                .filter(g -> g.id().equals("aws_security_group.endpoint")).findFirst().orElseThrow();
        assertEquals(List.of("tcp 443-443 ::/0 null", "tcp 443-443 null aws_security_group.model",
                        "tcp 8443-8443 null aws_security_group.model", "-1 null-null 10.0.0.0/16 null"),
                endpoint.ingress().stream().map(r -> r.protocol() + " " + r.fromPort() + "-" + r.toPort() + " "
                        + r.cidr() + " " + r.sourceGroup()).toList(), "one entry per source, in each spelling");
        assertTrue(endpoint.admitsTcpFrom(443, List.of("aws_security_group.model")));
        VpcEndpoint s3 = only(d, VpcEndpoint.class);
        assertEquals(List.of("rtb-1"), s3.routeTableIds());
        assertTrue(s3.source().isUnknown(VpcEndpoint.Field.ROUTE_TABLES), "a table known only at apply time");
        assertEquals(new Location("main.tf", 38, 3), s3.source().at(VpcEndpoint.Field.ROUTE_TABLES));
        assertTrue(facts(d, InputProblem.class).isEmpty(), facts(d, InputProblem.class).toString());
    }
}
