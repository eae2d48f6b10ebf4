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

resource "aws_appautoscaling_target" "variant" { # expect: SL114
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.this.name}/variant/AllTraffic"
  min_capacity       = 2
  max_capacity       = 6
}

resource "aws_appautoscaling_scheduled_action" "morning" {
  name               = "morning"
  service_namespace  = aws_appautoscaling_target.variant.service_namespace
  resource_id        = aws_appautoscaling_target.variant.resource_id
  scalable_dimension = aws_appautoscaling_target.variant.scalable_dimension
  schedule           = "cron(30 7 ? * MON-FRI *)"
  scalable_target_action {
    min_capacity = 4
    max_capacity = 6
  }
}
