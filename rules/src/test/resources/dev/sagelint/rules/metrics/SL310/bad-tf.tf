# Terraform: the async backlog metric with a VariantName dimension (published per endpoint only).
resource "aws_sagemaker_endpoint_configuration" "transcriber" {
  name_prefix = "transcriber-"
  async_inference_config {
    output_config {
      s3_output_path = "s3://bucket/async-out/"
    }
  }
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "scorer-model"
    instance_type          = "ml.g5.xlarge"
    initial_instance_count = 1
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "transcriber" {
  name                 = "transcriber"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.transcriber.name
}

resource "aws_appautoscaling_target" "transcriber" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.transcriber.name}/variant/AllTraffic"
  min_capacity       = 0
  max_capacity       = 4
}

resource "aws_appautoscaling_policy" "backlog" {
  name               = "backlog"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.transcriber.resource_id
  scalable_dimension = aws_appautoscaling_target.transcriber.scalable_dimension
  service_namespace  = aws_appautoscaling_target.transcriber.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 5
    scale_in_cooldown  = 600
    scale_out_cooldown = 300
    customized_metric_specification {
      metric_name = "ApproximateBacklogSizePerInstance"
      namespace   = "AWS/SageMaker"
      statistic   = "Average"
      dimensions { # expect: SL310 "dimensions EndpointName, variant_name"
        name  = "EndpointName"
        value = "transcriber"
      }
      dimensions {
        name  = "VariantName"
        value = "AllTraffic"
      }
    }
  }
}

resource "aws_appautoscaling_policy" "wake" {
  name               = "wake"
  policy_type        = "StepScaling"
  resource_id        = aws_appautoscaling_target.transcriber.resource_id
  scalable_dimension = aws_appautoscaling_target.transcriber.scalable_dimension
  service_namespace  = aws_appautoscaling_target.transcriber.service_namespace
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

resource "aws_cloudwatch_metric_alarm" "wake" {
  alarm_name          = "wake"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  metric_name         = "HasBacklogWithoutCapacity"
  namespace           = "AWS/SageMaker"
  period              = 60
  statistic           = "Average"
  threshold           = 1
  dimensions = {
    EndpointName = "transcriber"
  }
  alarm_actions = [aws_appautoscaling_policy.wake.arn]
}
