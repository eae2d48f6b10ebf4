# The reflection question as Terraform (same settings as reflection.yaml)
resource "aws_sagemaker_endpoint_configuration" "ec" {
  name = "recommender-config"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "recommender-model"
    instance_type          = "ml.m6i.xlarge"
    initial_instance_count = 2
  }
}

resource "aws_sagemaker_endpoint" "ep" {
  name                 = "recommender"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.ec.name
  tags = {
    "sagelint:traffic-pattern"       = "predictable"
    "sagelint:peak-hours"            = "08:00-18:00 MON-FRI"
    "sagelint:peak-rps"              = "100"
    "sagelint:baseline-rps"          = "2"
    "sagelint:unpredictable-bursts"  = "true"
    "sagelint:instance-capacity-rps" = "20"
  }
}

resource "aws_appautoscaling_target" "recommender" {
  service_namespace  = "sagemaker"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.ep.name}/variant/AllTraffic"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  min_capacity       = 2
  max_capacity       = var.max_capacity
}

resource "aws_appautoscaling_policy" "invocations" {
  name               = "invocations"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.recommender.service_namespace
  resource_id        = aws_appautoscaling_target.recommender.resource_id
  scalable_dimension = aws_appautoscaling_target.recommender.scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value       = 600
    scale_in_cooldown  = 600
    scale_out_cooldown = 300
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
    }
  }
}
