# Terraform form of this rule's bad case
resource "aws_sagemaker_endpoint_configuration" "this" {
  name_prefix = "orders-"
  production_variants { # expect: SL206
    variant_name           = "AllTraffic"
    model_name             = "orders-model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1 # expect: SL204 warning
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "this" {
  name                 = "orders"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.this.name
  tags = {
    Environment = "prod"
  }
}
