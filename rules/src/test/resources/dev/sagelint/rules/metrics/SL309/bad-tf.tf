# Terraform: an Inferentia LLM endpoint scaled only on per-minute invocations.
resource "aws_sagemaker_endpoint_configuration" "llm" {
  name_prefix = "llm-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "scorer-model"
    instance_type          = "ml.inf2.xlarge"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "llm" {
  name                 = "llm"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.llm.name
}

resource "aws_appautoscaling_target" "llm" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.llm.name}/variant/AllTraffic"
  min_capacity       = 2
  max_capacity       = 6
}

resource "aws_appautoscaling_policy" "invocations" {
  name               = "invocations"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.llm.resource_id
  scalable_dimension = aws_appautoscaling_target.llm.scalable_dimension
  service_namespace  = aws_appautoscaling_target.llm.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 30
    scale_in_cooldown  = 600
    scale_out_cooldown = 300
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantInvocationsPerInstance" # expect: SL309 "ml.inf2.xlarge"
    }
  }
}
