# Terraform: the async endpoint tracks its backlog per instance.
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

resource "aws_appautoscaling_policy" "backlog" {
  name               = "backlog"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.transcriber.resource_id
  scalable_dimension = aws_appautoscaling_target.transcriber.scalable_dimension
  service_namespace  = aws_appautoscaling_target.transcriber.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 5
    scale_in_cooldown  = 600
    scale_out_cooldown = 60
    customized_metric_specification {
      metric_name = "ApproximateBacklogSizePerInstance"
      namespace   = "AWS/SageMaker"
      statistic   = "Average"
      dimensions {
        name  = "EndpointName"
        value = "transcriber"
      }
    }
  }
}
