# Terraform: a timeout the provider refuses and a batch of 80%.
resource "aws_sagemaker_model" "this" {
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker-execution"
  primary_container {
    image          = "763104351884.dkr.ecr.us-east-1.amazonaws.com/sklearn-inference:1.2-1-cpu-py3"
    model_data_url = "s3://models-bucket/churn/model.tar.gz"
  }
}

resource "aws_sagemaker_endpoint_configuration" "this" {
  name_prefix = "llm-chat-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = aws_sagemaker_model.this.name
    instance_type          = "ml.m5.xlarge"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "this" {
  name                 = "llm-chat"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.this.name
  deployment_config {
    rolling_update_policy {
      wait_interval_in_seconds             = 300
      maximum_execution_timeout_in_seconds = 20000  # expect: SL119 "maximum_execution_timeout_in_seconds is 20000; it must be 600-14400 (the AWS provider validates 600-14400 although the API allows up to 28800)"
      maximum_batch_size {
        type  = "CAPACITY_PERCENT"
        value = 80  # expect: SL119 "maximum_batch_size is 80%, but it must be 5-50%"
      }
    }
    auto_rollback_configuration {
      alarms {
        alarm_name = "llm-chat-5xx"
      }
    }
  }
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
