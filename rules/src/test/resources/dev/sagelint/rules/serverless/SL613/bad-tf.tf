# Terraform: a Hugging Face model id on a generic image, no start-up timeouts.
resource "aws_sagemaker_model" "this" {
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker-execution"
  primary_container {
    image          = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.3.0-gpu-py311"
    model_data_url = "s3://models-bucket/chat/model.tar.gz"
    environment = {
      HF_MODEL_ID = "meta-llama/Llama-3.1-8B-Instruct"
    }
  }
}

resource "aws_sagemaker_endpoint_configuration" "this" {
  name_prefix = "llm-chat-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = aws_sagemaker_model.this.name
    instance_type          = "ml.g5.2xlarge"  # expect: SL613 "(environment variable HF_MODEL_ID) on ml.g5.2xlarge but sets neither container_startup_health_check_timeout_in_seconds nor model_data_download_timeout_in_seconds"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "this" {
  name                 = "llm-chat"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.this.name
}

resource "aws_appautoscaling_target" "variant" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.this.name}/variant/AllTraffic"
  min_capacity       = 2
  max_capacity       = 6
}

resource "aws_appautoscaling_policy" "invocations" {
  name               = "invocations"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.variant.resource_id
  scalable_dimension = aws_appautoscaling_target.variant.scalable_dimension
  service_namespace  = aws_appautoscaling_target.variant.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 5
    scale_in_cooldown  = 600
    scale_out_cooldown = 300
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantConcurrentRequestsPerModelHighResolution"
    }
  }
}
