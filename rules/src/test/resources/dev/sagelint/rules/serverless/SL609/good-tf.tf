# Terraform: production provisioned concurrency that scales.
resource "aws_sagemaker_endpoint_configuration" "faq" {
  name_prefix = "faq-"
  tags = {
    Environment = "prod"
  }
  production_variants {
    variant_name = "AllTraffic"
    model_name   = "faq-model"
    serverless_config {
      memory_size_in_mb = 2048
      max_concurrency   = 10
      provisioned_concurrency = 2
    }
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "faq" {
  name                 = "faq"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.faq.name
}

resource "aws_appautoscaling_target" "faq" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredProvisionedConcurrency"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.faq.name}/variant/AllTraffic"
  min_capacity       = 2
  max_capacity       = 10
}

resource "aws_appautoscaling_policy" "pc" {
  name               = "pc"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.faq.resource_id
  scalable_dimension = aws_appautoscaling_target.faq.scalable_dimension
  service_namespace  = aws_appautoscaling_target.faq.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 0.8
    scale_in_cooldown  = 600
    scale_out_cooldown = 60
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantProvisionedConcurrencyUtilization"
    }
  }
}
