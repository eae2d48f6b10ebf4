package dev.sagelint.parse.terraform;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Location;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.TerraformScalingPolicy;
import dev.sagelint.model.Variant;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanReaderTest {

    static final String PLAN = """
            {
              "format_version": "1.2",
              "terraform_version": "1.9.0",
              "resource_changes": [
                {
                  "address": "aws_sagemaker_endpoint_configuration.ec",
                  "mode": "managed", "type": "aws_sagemaker_endpoint_configuration", "name": "ec",
                  "change": {
                    "actions": ["create"],
                    "after": {
                      "name": "ec",
                      "production_variants": [
                        {"variant_name": "AllTraffic", "instance_type": "ml.g5.xlarge", "initial_instance_count": 1}
                      ]
                    },
                    "after_unknown": {"arn": true, "production_variants": [{"model_name": true}]}
                  }
                },
                {
                  "address": "aws_appautoscaling_target.t",
                  "mode": "managed", "type": "aws_appautoscaling_target", "name": "t",
                  "change": {
                    "actions": ["create"],
                    "after": {
                      "resource_id": "endpoint/ep/variant/AllTraffic",
                      "scalable_dimension": "sagemaker:variant:DesiredInstanceCount",
                      "service_namespace": "sagemaker",
                      "min_capacity": 0,
                      "max_capacity": 2
                    },
                    "after_unknown": {"id": true}
                  }
                },
                {
                  "address": "aws_appautoscaling_policy.p",
                  "mode": "managed", "type": "aws_appautoscaling_policy", "name": "p",
                  "change": {
                    "actions": ["create"],
                    "after": {
                      "name": "p",
                      "policy_type": "StepScaling",
                      "resource_id": "endpoint/ep/variant/AllTraffic",
                      "step_scaling_policy_configuration": [
                        {"adjustment_type": "ChangeInCapacity", "step_adjustment": [
                          {"metric_interval_lower_bound": "0", "scaling_adjustment": 1}]}
                      ],
                      "target_tracking_scaling_policy_configuration": []
                    },
                    "after_unknown": {"arn": true}
                  }
                },
                {
                  "address": "aws_cloudwatch_metric_alarm.a",
                  "mode": "managed", "type": "aws_cloudwatch_metric_alarm", "name": "a",
                  "change": {
                    "actions": ["create"],
                    "after": {"alarm_name": "a", "metric_name": "HasBacklogWithoutCapacity",
                              "namespace": "AWS/SageMaker", "threshold": 1},
                    "after_unknown": {"alarm_actions": true}
                  }
                },
                {
                  "address": "aws_sagemaker_endpoint.old",
                  "mode": "managed", "type": "aws_sagemaker_endpoint", "name": "old",
                  "change": {"actions": ["delete"], "after": null}
                }
              ],
              "configuration": {
                "root_module": {
                  "resources": [
                    {"address": "aws_cloudwatch_metric_alarm.a",
                     "expressions": {"alarm_actions": {"references": ["aws_appautoscaling_policy.p.arn",
                                                                      "aws_appautoscaling_policy.p"]}}}
                  ]
                }
              }
            }
            """;

    @Test
    void readsPlannedValuesWithLocationsInTheJson() {
        SourceFile file = new SourceFile("plan/plan.json", PLAN);
        TerraformFormat format = new TerraformFormat();
        assertTrue(format.accepts(file));
        List<Deployment> out = format.parse(List.of(file), ParseContext.defaults());
        Deployment d = out.get(0);
        Variant v = d.facts().stream().filter(Variant.class::isInstance).map(Variant.class::cast).findFirst()
                .orElseThrow();
        assertEquals("ml.g5.xlarge", v.instanceType());
        assertTrue(v.source().isUnknown("modelName"), "unknown inside a block, as after_unknown says");
        ScalableTarget t = d.facts().stream().filter(ScalableTarget.class::isInstance).map(ScalableTarget.class::cast)
                .findFirst().orElseThrow();
        assertEquals(0, t.minCapacity());
        assertEquals(new Location("plan/plan.json", 28, 11), t.source().at("minCapacity"));
        ScalingPolicy p = d.facts().stream().filter(ScalingPolicy.class::isInstance).map(ScalingPolicy.class::cast)
                .findFirst().orElseThrow();
        assertEquals(ScalingPolicy.STEP, p.policyType());
        assertEquals(1, p.stepAdjustments().size());
        TerraformScalingPolicy tf = d.facts().stream().filter(TerraformScalingPolicy.class::isInstance)
                .map(TerraformScalingPolicy.class::cast).findFirst().orElseThrow();
        assertFalse(tf.targetTrackingBlock(), "an empty list is no block");
        Alarm a = d.facts().stream().filter(Alarm.class::isInstance).map(Alarm.class::cast).findFirst().orElseThrow();
        assertEquals(List.of("aws_appautoscaling_policy.p"), a.policyKeys(), "linked through the configuration");
        assertTrue(d.facts().stream().noneMatch(f -> f.key().contains("old")), "deleted resources are not linted");
    }

    @Test
    void otherJsonIsNotAPlan() {
        assertFalse(new TerraformFormat().accepts(new SourceFile("x.json", "{\"format_version\": \"1\"}")));
        assertFalse(new TerraformFormat().accepts(new SourceFile("x.json", "{\"EndpointConfigName\": \"e\"}")));
    }
}
