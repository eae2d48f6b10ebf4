# Base: a model with a fixed name.
resource "aws_sagemaker_model" "m" {
  name               = "orders-model"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1"
  }
}

resource "aws_sagemaker_endpoint_configuration" "c" {
  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.m.name
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}

resource "aws_sagemaker_endpoint" "e" {
  name                 = "orders"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name
}
