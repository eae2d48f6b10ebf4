# Terraform: a serverless endpoint with data capture and a multi-model container.
resource "aws_sagemaker_model" "faq" {
  name               = "faq-model"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  primary_container {
    image          = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/faq:1"
    model_data_url = "s3://models/faq/model.tar.gz"
    mode           = "MultiModel" # expect: SL608 "mode: MultiModel"
  }
}

resource "aws_sagemaker_endpoint_configuration" "faq" {
  name_prefix = "faq-"
  data_capture_config { # expect: SL608 "data_capture_config"
    initial_sampling_percentage = 10
    destination_s3_uri          = "s3://bucket/capture/"
    capture_options {
      capture_mode = "Input"
    }
  }
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
