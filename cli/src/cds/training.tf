# Input for the class-data-sharing training run (cli/pom.xml): the Terraform path's classes.
# Terraform form of this rule's bad case
resource "aws_sagemaker_endpoint_configuration" "this" {
  name_prefix = "orders-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "orders-model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "this" {
  name                 = "orders"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.this.name
  tags = {
    "sagelint:traffic-pattern" = "spiky"
  }
}

resource "aws_appautoscaling_target" "variant" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.this.name}/variant/AllTraffic"
  min_capacity       = 2
  max_capacity       = 6
}

resource "aws_appautoscaling_policy" "invocations" {
  name               = "invocations"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.variant.resource_id
  scalable_dimension = aws_appautoscaling_target.variant.scalable_dimension
  service_namespace  = aws_appautoscaling_target.variant.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 200
    scale_in_cooldown  = 120 # expect: SL101 warning "scale_in_cooldown is 120 s, below 300 s"
    scale_out_cooldown = 60
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
    }
  }
}
