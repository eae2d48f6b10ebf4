# Terraform: a size SageMaker offers.
resource "aws_sagemaker_endpoint_configuration" "scorer" {
  name_prefix = "scorer-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "scorer-model"
    instance_type          = "ml.m5.4xlarge"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "scorer" {
  name                 = "scorer"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.scorer.name
}

resource "aws_appautoscaling_target" "scorer" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.scorer.name}/variant/AllTraffic"
  min_capacity       = 2
  max_capacity       = 6
}

resource "aws_appautoscaling_policy" "invocations" {
  name               = "invocations"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.scorer.resource_id
  scalable_dimension = aws_appautoscaling_target.scorer.scalable_dimension
  service_namespace  = aws_appautoscaling_target.scorer.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 300
    scale_in_cooldown  = 600
    scale_out_cooldown = 60
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
    }
  }
}
