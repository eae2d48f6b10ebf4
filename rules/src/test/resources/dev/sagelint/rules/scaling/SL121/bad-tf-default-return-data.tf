# Terraform: return_data left out of a metrics block is true (the provider's default, unlike an alarm's
# metric_query, where it is false), so the metric entry and the expression both return data.
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

resource "aws_appautoscaling_policy" "per_instance" {
  name               = "invocations-per-instance"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.variant.resource_id
  scalable_dimension = aws_appautoscaling_target.variant.scalable_dimension
  service_namespace  = aws_appautoscaling_target.variant.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 100
    scale_in_cooldown  = 600
    scale_out_cooldown = 300
    customized_metric_specification {
      metrics {  # expect: SL121 "2 of the 2 metrics entries return data (return_data true or not written), but exactly one"
        id          = "m1"
        metric_stat {
          stat = "Sum"
          metric {
            namespace   = "AWS/SageMaker"
            metric_name = "Invocations"
            dimensions {
              name  = "EndpointName"
              value = aws_sagemaker_endpoint.this.name
            }
          }
        }
      }
      metrics {
        id          = "e1"
        expression  = "m1 / 2"
        return_data = true
      }
    }
  }
}
