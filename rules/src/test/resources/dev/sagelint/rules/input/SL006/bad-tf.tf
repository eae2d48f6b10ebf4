# Terraform: the .arn attribute where SageMaker takes a name: the AWS API rejects both at apply time.
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
    model_name             = aws_sagemaker_model.m.arn  # expect: SL006 "model_name = aws_sagemaker_model.m.arn is an ARN: CreateEndpointConfig accepts only a name (letters, digits and hyphens, up to 63), so the apply fails; write aws_sagemaker_model.m.name"
    instance_type          = "ml.m5.xlarge"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "endpoint" {
  name                 = "fraud-scorer"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.config.arn  # expect: SL006 "endpoint_config_name = aws_sagemaker_endpoint_configuration.config.arn is an ARN: CreateEndpoint"
}
