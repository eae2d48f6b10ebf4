resource "aws_appautoscaling_policy" "invocations" {
  name               = "invocations"
  policy_type        = "TargetTrackingScaling"
  resource_id        = "endpoint/orders/variant/AllTraffic"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  service_namespace  = "sagemaker"
  target_tracking_scaling_policy_configuration {
    target_value       = 200
    scale_in_cooldown  = 600
    scale_out_cooldown = 300
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
    }
  }
}

# a policy_type nobody can know here is not judged
resource "aws_appautoscaling_policy" "from_caller" {
  name               = "invocations-caller"
  policy_type        = var.policy_type
  resource_id        = "endpoint/orders/variant/AllTraffic"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  service_namespace  = "sagemaker"
  target_tracking_scaling_policy_configuration {
    target_value       = 200
    scale_in_cooldown  = 600
    scale_out_cooldown = 300
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
    }
  }
}

variable "policy_type" {}
