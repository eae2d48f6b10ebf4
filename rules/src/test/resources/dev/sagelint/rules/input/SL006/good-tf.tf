# Terraform: names through the .name attribute, as SageMaker expects.
resource "aws_sagemaker_model" "m" {
  name               = "fraud-model"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud:1"
  }
}

resource "aws_sagemaker_endpoint_configuration" "config" {
  name_prefix = "fraud-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = aws_sagemaker_model.m.name
    instance_type          = "ml.m5.xlarge"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "endpoint" {
  name                 = "fraud-scorer"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.config.name
}
