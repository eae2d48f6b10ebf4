# Terraform: the fixed-name endpoint is updated in place when its configuration changes.
resource "aws_sagemaker_model" "this" {
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker-execution"
  primary_container {
    image          = "763104351884.dkr.ecr.us-east-1.amazonaws.com/sklearn-inference:1.2-1-cpu-py3"
    model_data_url = "s3://models-bucket/churn/model.tar.gz"
  }
}

resource "aws_sagemaker_endpoint_configuration" "this" {
  name_prefix = "churn-"
  production_variants {
    variant_name = "AllTraffic"
    model_name   = aws_sagemaker_model.this.name
    serverless_config {
      memory_size_in_mb = 2048
      max_concurrency   = 5
    }
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "this" {
  name                 = "churn"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.this.name
}
