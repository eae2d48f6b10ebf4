# Terraform: a component placed on an endpoint whose variant names a model (and so cannot use managed instance scaling).
resource "aws_sagemaker_endpoint_configuration" "host" {
  name_prefix = "host-"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "llm-model"
    instance_type          = "ml.g5.2xlarge"
    initial_instance_count = 1
    managed_instance_scaling { # expect: SL604 "model_name llm-model"
      status             = "ENABLED"
      min_instance_count = 1
      max_instance_count = 4
    }
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "host" {
  name                 = "host"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.host.name
}

resource "aws_sagemaker_inference_component" "llama" {
  name          = "llama"
  endpoint_name = aws_sagemaker_endpoint.host.name # expect: SL605 "Inference Components are not supported"
  variant_name  = "AllTraffic"
  specification {
    model_name = "llama-model"
    compute_resource_requirements {
      min_memory_required_in_mb            = 1024
      number_of_accelerator_devices_required = 1
    }
  }
  runtime_config {
    copy_count = 1
  }
}

resource "aws_appautoscaling_target" "llama" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:inference-component:DesiredCopyCount"
  resource_id        = "inference-component/${aws_sagemaker_inference_component.llama.name}"
  min_capacity       = 1
  max_capacity       = 4
}

resource "aws_appautoscaling_policy" "copies" {
  name               = "copies"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.llama.resource_id
  scalable_dimension = aws_appautoscaling_target.llama.scalable_dimension
  service_namespace  = aws_appautoscaling_target.llama.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 4
    scale_in_cooldown  = 600
    scale_out_cooldown = 60
    predefined_metric_specification {
      predefined_metric_type = "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution"
    }
  }
}
