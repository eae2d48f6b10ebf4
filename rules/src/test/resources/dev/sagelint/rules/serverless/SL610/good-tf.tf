# Terraform: one production variant and one shadow variant.
resource "aws_sagemaker_endpoint_configuration" "shadow" {
  name_prefix = "shadow-"
  production_variants {
    variant_name = "current"
    model_name   = "faq-model"
    serverless_config {
      memory_size_in_mb = 2048
      max_concurrency   = 10
    }
  }
  shadow_production_variants {
    variant_name = "candidate"
    model_name   = "faq-model"
    serverless_config {
      memory_size_in_mb = 2048
      max_concurrency   = 10
    }
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "shadow" {
  name                 = "shadow"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.shadow.name
}
