# Terraform: a volume size on ml.m5d (local NVMe).
resource "aws_sagemaker_model" "this" {
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker-execution"
  primary_container {
    image          = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.3.0-gpu-py311"
    model_data_url = "s3://models-bucket/chat/model.tar.gz"
  }
}

resource "aws_sagemaker_endpoint_configuration" "this" {
  name_prefix = "llm-chat-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = aws_sagemaker_model.this.name
    instance_type          = "ml.m5d.xlarge"
    initial_instance_count = 2
    volume_size_in_gb      = 50  # expect: SL612 "sets volume_size_in_gb 50 on ml.m5d.xlarge"
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
