# Terraform: an endpoint with no aws_appautoscaling_target for its variant.
resource "aws_sagemaker_endpoint_configuration" "this" {
  name_prefix = "orders-"
  production_variants { # expect: SL206 "variant AllTraffic of endpoint orders runs a fixed number of instances"
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
}

