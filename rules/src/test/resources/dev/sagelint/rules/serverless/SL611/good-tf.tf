# Terraform: the model server answers within 60 s.
resource "aws_sagemaker_model" "tagger" {
  name               = "tagger-model"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  primary_container {
    image          = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/tagger:1"
    model_data_url = "s3://models/tagger/model.tar.gz"
    environment = {
      TS_DEFAULT_RESPONSE_TIMEOUT = "45"
    }
  }
}

resource "aws_sagemaker_endpoint_configuration" "tagger" {
  name_prefix = "tagger-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = aws_sagemaker_model.tagger.name
    instance_type          = "ml.c5.xlarge"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "tagger" {
  name                 = "tagger"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.tagger.name
}

resource "aws_appautoscaling_target" "tagger" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.tagger.name}/variant/AllTraffic"
  min_capacity       = 2
  max_capacity       = 6
}

resource "aws_appautoscaling_policy" "invocations" {
  name               = "invocations"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.tagger.resource_id
  scalable_dimension = aws_appautoscaling_target.tagger.scalable_dimension
  service_namespace  = aws_appautoscaling_target.tagger.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 300
    scale_in_cooldown  = 600
    scale_out_cooldown = 60
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
    }
  }
}
