# Terraform: 3000 MB is not a serverless memory size.
resource "aws_sagemaker_endpoint_configuration" "faq" {
  name_prefix = "faq-"
  production_variants {
    variant_name = "AllTraffic"
    model_name   = "faq-model"
    serverless_config {
      memory_size_in_mb = 3000 # expect: SL607 "memory_size_in_mb is 3000"
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
