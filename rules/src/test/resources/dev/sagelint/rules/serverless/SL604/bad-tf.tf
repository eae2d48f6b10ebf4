# Terraform: managed instance scaling on a single-model variant.
resource "aws_sagemaker_endpoint_configuration" "ranker" {
  name_prefix = "ranker-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "ranker-model"
    instance_type          = "ml.c5.xlarge"
    initial_instance_count = 2
    managed_instance_scaling { # expect: SL604 "model_name ranker-model"
      status             = "ENABLED"
      min_instance_count = 1
      max_instance_count = 4
    }
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
