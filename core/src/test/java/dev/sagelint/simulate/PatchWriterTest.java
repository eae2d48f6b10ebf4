package dev.sagelint.simulate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The advice as a snippet in each input format. */
class PatchWriterTest {

    private static Advice advice() {
        var up = new ScalingSetup.ScheduledChange("business-hours", "cron(30 7 ? * MON-FRI *)",
                Schedule.parse("cron(30 7 ? * MON-FRI *)", null), 4, 10);
        var down = new ScalingSetup.ScheduledChange("after-hours", "cron(0 18 ? * MON-FRI *)",
                Schedule.parse("cron(0 18 ? * MON-FRI *)", null), 2, 10);
        ScalingSetup s = Fixtures.setup(2, 2, 10, List.of(new ScalingSetup.TrackingPolicy("invocations",
                ScalingSetup.Metric.INVOCATIONS_PER_INSTANCE, 900, 120, 600, false))).withScheduled(List.of(up, down));
        SimulationResult r = Simulator.run(s, Fixtures.levels(10, 1), Fixtures.assume(25, 0));
        return new Advice(0.01, true, s, r, r, List.of(), 1);
    }

    @Test
    void nativeSpec() {
        assertThat(PatchWriter.write("native", advice(), null)).isEqualTo("""
                # endpoints[name=ep].variants[name=AllTraffic].autoscaling
                autoscaling:
                  minCapacity: 2
                  maxCapacity: 10
                  policies:
                    - name: invocations
                      targetTracking:
                        metric: SageMakerVariantInvocationsPerInstance
                        targetValue: 900
                        scaleOutCooldown: 120
                        scaleInCooldown: 600
                  scheduledActions:
                    - { name: business-hours, schedule: "cron(30 7 ? * MON-FRI *)", minCapacity: 4, maxCapacity: 10 }
                    - { name: after-hours, schedule: "cron(0 18 ? * MON-FRI *)", minCapacity: 2, maxCapacity: 10 }
                """);
    }

    @Test
    void cloudFormation() {
        assertThat(PatchWriter.write("cloudformation", advice(), "RecommenderTarget")).isEqualTo("""
                # Resources: merge into the existing resources; keep ResourceId, ScalableDimension and ServiceNamespace
                RecommenderTarget:
                  Type: AWS::ApplicationAutoScaling::ScalableTarget
                  Properties:
                    MinCapacity: 2
                    MaxCapacity: 10
                    ScheduledActions:
                      - ScheduledActionName: business-hours
                        Schedule: "cron(30 7 ? * MON-FRI *)"
                        ScalableTargetAction:
                          MinCapacity: 4
                          MaxCapacity: 10
                      - ScheduledActionName: after-hours
                        Schedule: "cron(0 18 ? * MON-FRI *)"
                        ScalableTargetAction:
                          MinCapacity: 2
                          MaxCapacity: 10
                InvocationsPolicy:
                  Type: AWS::ApplicationAutoScaling::ScalingPolicy
                  Properties:
                    PolicyName: invocations
                    PolicyType: TargetTrackingScaling
                    ScalingTargetId: !Ref RecommenderTarget
                    TargetTrackingScalingPolicyConfiguration:
                      TargetValue: 900
                      PredefinedMetricSpecification:
                        PredefinedMetricType: SageMakerVariantInvocationsPerInstance
                      ScaleOutCooldown: 120
                      ScaleInCooldown: 600
                """);
    }

    @Test
    void terraform() {
        String hcl = PatchWriter.write("terraform", advice(), "aws_appautoscaling_target.recommender");
        assertThat(hcl).startsWith("""
                # merge into the existing resources; keep service_namespace, resource_id and scalable_dimension
                resource "aws_appautoscaling_target" "recommender" {
                  min_capacity = 2
                  max_capacity = 10
                }
                """);
        assertThat(hcl).contains("""
                resource "aws_appautoscaling_policy" "invocations" {
                  name               = "invocations"
                  policy_type        = "TargetTrackingScaling"
                  service_namespace  = aws_appautoscaling_target.recommender.service_namespace
                  resource_id        = aws_appautoscaling_target.recommender.resource_id
                  scalable_dimension = aws_appautoscaling_target.recommender.scalable_dimension

                  target_tracking_scaling_policy_configuration {
                    target_value       = 900
                    scale_out_cooldown = 120
                    scale_in_cooldown  = 600
                    predefined_metric_specification {
                      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
                    }
                  }
                }
                """);
        assertThat(hcl).contains("""
                resource "aws_appautoscaling_scheduled_action" "business_hours" {
                  name               = "business-hours"
                  service_namespace  = aws_appautoscaling_target.recommender.service_namespace
                  resource_id        = aws_appautoscaling_target.recommender.resource_id
                  scalable_dimension = aws_appautoscaling_target.recommender.scalable_dimension
                  schedule           = "cron(30 7 ? * MON-FRI *)"

                  scalable_target_action {
                    min_capacity = 4
                    max_capacity = 10
                  }
                }
                """);
    }
}
