# Change: the image changes under the same model name, which the model writes as name (not model_name).
resource "aws_sagemaker_model" "m" {
  name               = "orders-model" # expect: SL714 "name orders-model is fixed, and this change edits the model (primary_container.image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1 -> 123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:2)"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:2"
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
