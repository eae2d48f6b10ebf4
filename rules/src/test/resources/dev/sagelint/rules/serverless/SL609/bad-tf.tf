# Terraform: a production serverless endpoint without provisioned concurrency.
resource "aws_sagemaker_endpoint_configuration" "faq" {
  name_prefix = "faq-"
  tags = {
    Environment = "prod"
  }
  production_variants {
    variant_name = "AllTraffic"
    model_name   = "faq-model"
    serverless_config { # expect: SL609 "has no provisioned_concurrency"
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
