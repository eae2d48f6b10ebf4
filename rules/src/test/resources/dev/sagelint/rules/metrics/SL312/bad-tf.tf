# Terraform: an async endpoint scaled on invocations, and a plain alarm on its Invocations: SageMaker
# publishes neither metric for asynchronous endpoints.
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
    instance_type          = "ml.c5.xlarge"
    initial_instance_count = 2
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
  min_capacity       = 1
  max_capacity       = 4
}

resource "aws_appautoscaling_policy" "invocations" {
  name               = "invocations"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.transcriber.resource_id
  scalable_dimension = aws_appautoscaling_target.transcriber.scalable_dimension
  service_namespace  = aws_appautoscaling_target.transcriber.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 300
    scale_in_cooldown  = 600
    scale_out_cooldown = 60
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantInvocationsPerInstance" # expect: SL312 error "does not publish InvocationsPerInstance for asynchronous endpoints"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "no_traffic" {
  alarm_name          = "transcriber-no-traffic"
  comparison_operator = "LessThanThreshold"
  evaluation_periods  = 3
  metric_name         = "Invocations" # expect: SL312 error "does not publish Invocations for asynchronous endpoints"
  namespace           = "AWS/SageMaker"
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  dimensions = {
    EndpointName = aws_sagemaker_endpoint.transcriber.name
    VariantName  = "AllTraffic"
  }
}
