# Terraform: a plain serverless endpoint.
resource "aws_sagemaker_model" "faq" {
  name               = "faq-model"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  primary_container {
    image          = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/faq:1"
    model_data_url = "s3://models/faq/model.tar.gz"
    mode           = "SingleModel"
  }
}

resource "aws_sagemaker_endpoint_configuration" "faq" {
  name_prefix = "faq-"
  production_variants {
    variant_name = "AllTraffic"
    model_name   = aws_sagemaker_model.faq.name
    serverless_config {
      memory_size_in_mb = 2048
      max_concurrency   = 10
    }
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "faq" {
  name                 = "faq"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.faq.name
}
