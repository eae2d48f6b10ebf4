# Change: nothing about the config changes (the target range widens).
resource "aws_sagemaker_model" "m" {
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1"
  }
}

resource "aws_sagemaker_endpoint_configuration" "c" {
  name_prefix = "orders-"
  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.m.name
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "e" {
  name                 = "orders"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name
}

resource "aws_appautoscaling_target" "t" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.e.name}/variant/primary"
  min_capacity       = 2
  max_capacity       = 10
}
