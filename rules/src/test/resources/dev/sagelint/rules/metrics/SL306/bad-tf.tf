# Terraform: a ModelLatency alarm at 200, meant as milliseconds (the unit is microseconds).
resource "aws_sagemaker_endpoint_configuration" "ranker" {
  name_prefix = "ranker-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "scorer-model"
    instance_type          = "ml.c5.xlarge"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "ranker" {
  name                 = "ranker"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.ranker.name
}

resource "aws_appautoscaling_target" "ranker" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.ranker.name}/variant/AllTraffic"
  min_capacity       = 2
  max_capacity       = 6
}

resource "aws_appautoscaling_policy" "invocations" {
  name               = "invocations"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.ranker.resource_id
  scalable_dimension = aws_appautoscaling_target.ranker.scalable_dimension
  service_namespace  = aws_appautoscaling_target.ranker.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 300
    scale_in_cooldown  = 600
    scale_out_cooldown = 60
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
    }
  }
}

resource "aws_appautoscaling_policy" "latency_out" {
  name               = "latency_out"
  policy_type        = "StepScaling"
  resource_id        = aws_appautoscaling_target.ranker.resource_id
  scalable_dimension = aws_appautoscaling_target.ranker.scalable_dimension
  service_namespace  = aws_appautoscaling_target.ranker.service_namespace
  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = 300
    metric_aggregation_type = "Maximum"
    step_adjustment {
      metric_interval_lower_bound = 0
      scaling_adjustment          = 1
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "latency"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  metric_name         = "ModelLatency"
  namespace           = "AWS/SageMaker"
  period              = 60
  statistic           = "Average"
  threshold           = 200 # expect: SL306 "0.2 ms"
  dimensions = {
    EndpointName = "ranker"
    VariantName = "AllTraffic"
  }
  alarm_actions = [aws_appautoscaling_policy.latency_out.arn]
}
