# Terraform: InvocationsPerInstance averaged (about 1/N whatever the load).
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
    customized_metric_specification {
      metric_name = "InvocationsPerInstance"
      namespace   = "AWS/SageMaker"
      statistic   = "Average" # expect: SL307 "uses statistic Average"
      dimensions {
        name  = "EndpointName"
        value = "ranker"
      }
      dimensions {
        name  = "VariantName"
        value = "AllTraffic"
      }
    }
  }
}
