# Terraform: a step policy's alarm written with metric_query blocks returns GPUUtilization, which an
# ml.m5.xlarge (no GPU) never publishes.
resource "aws_sagemaker_endpoint_configuration" "config" {
  name_prefix = "fraud-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "fraud-model"
    instance_type          = "ml.m5.xlarge"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "endpoint" {
  name                 = "fraud-scorer"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.config.name
}

resource "aws_appautoscaling_target" "target" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.endpoint.name}/variant/AllTraffic"
  min_capacity       = 2
  max_capacity       = 6
}

resource "aws_appautoscaling_policy" "burst" {
  name               = "burst"
  policy_type        = "StepScaling"
  resource_id        = aws_appautoscaling_target.target.resource_id
  scalable_dimension = aws_appautoscaling_target.target.scalable_dimension
  service_namespace  = aws_appautoscaling_target.target.service_namespace
  step_scaling_policy_configuration {
    adjustment_type = "ChangeInCapacity"
    cooldown        = 300
    step_adjustment {
      metric_interval_lower_bound = 0
      scaling_adjustment          = 2
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "busy" {
  alarm_name          = "fraud-busy"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  threshold           = 80
  alarm_actions       = [aws_appautoscaling_policy.burst.arn]

  metric_query {
    id          = "m1"
    return_data = true
    metric {
      namespace   = "/aws/sagemaker/Endpoints"
      metric_name = "GPUUtilization" # expect: SL301 "ml.m5.xlarge"
      stat        = "Average"
      period      = 60
      dimensions = {
        EndpointName = aws_sagemaker_endpoint.endpoint.name
        VariantName  = "AllTraffic"
      }
    }
  }
}
