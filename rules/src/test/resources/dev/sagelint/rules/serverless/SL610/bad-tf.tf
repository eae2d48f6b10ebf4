# Terraform: a shadow test next to two production variants.
resource "aws_sagemaker_endpoint_configuration" "shadow" {
  name_prefix = "shadow-"
  production_variants { # expect: SL610 "with shadow variants", SL608 "2 production_variants"
    variant_name = "current"
    model_name   = "faq-model"
    serverless_config {
      memory_size_in_mb = 2048
      max_concurrency   = 10
    }
  }
  production_variants {
    variant_name = "other"
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
