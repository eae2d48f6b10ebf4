resource "aws_appautoscaling_policy" "missing" {
  name               = "invocations"
  resource_id        = "endpoint/orders/variant/AllTraffic"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  service_namespace  = "sagemaker"
  target_tracking_scaling_policy_configuration { # expect: SL704 "the AWS provider defaults it to"
    target_value       = 200
    scale_in_cooldown  = 600
    scale_out_cooldown = 300
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
    }
  }
}

resource "aws_appautoscaling_policy" "wrong" {
  name               = "invocations-wrong"
  policy_type        = var.policy_type # expect: SL704 "but the policy has a target_tracking"
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

variable "policy_type" {
  default = "StepScaling"
}
