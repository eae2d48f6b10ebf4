# Terraform: GPUUtilization 80 on a 4-GPU g5.12xlarge (20 % per GPU).
resource "aws_sagemaker_endpoint_configuration" "llm" {
  name_prefix = "llm-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "scorer-model"
    instance_type          = "ml.g5.12xlarge"
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

resource "aws_appautoscaling_policy" "gpu" {
  name               = "gpu"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.llm.resource_id
  scalable_dimension = aws_appautoscaling_target.llm.scalable_dimension
  service_namespace  = aws_appautoscaling_target.llm.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 80 # expect: SL304 "4 GPUs"
    scale_in_cooldown  = 600
    scale_out_cooldown = 300
    customized_metric_specification {
      metric_name = "GPUUtilization"
      namespace   = "/aws/sagemaker/Endpoints"
      statistic   = "Average"
      dimensions {
        name  = "EndpointName"
        value = "llm"
      }
      dimensions {
        name  = "VariantName"
        value = "AllTraffic"
      }
    }
  }
}
