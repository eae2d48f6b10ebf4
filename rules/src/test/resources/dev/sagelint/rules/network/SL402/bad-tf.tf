# Terraform form of this rule's bad case

data "aws_region" "current" {}

resource "aws_vpc" "private" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.private.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "b" {
  vpc_id     = aws_vpc.private.id
  cidr_block = "10.0.2.0/24"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.private.id
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.private.id
  service_name      = "com.amazonaws.${data.aws_region.current.name}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [aws_route_table.private.id]
}

resource "aws_sagemaker_model" "orders" {
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  primary_container {
    image          = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:1"
    model_data_url = "s3://models/orders/model.tar.gz"
  }
  vpc_config { # expect: SL402 "custom metric Custom/Orders/QueueDepth"
    subnets            = [aws_subnet.a.id, aws_subnet.b.id]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}
resource "aws_sagemaker_endpoint_configuration" "this" {
  name_prefix = "orders-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = aws_sagemaker_model.orders.name
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "this" {
  name                 = "orders"
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
    target_value       = 70
    scale_in_cooldown  = 600
    scale_out_cooldown = 300
    customized_metric_specification {
      metric_name = "QueueDepth"
      namespace   = "Custom/Orders"
      statistic   = "Average"
      dimensions {
        name  = "EndpointName"
        value = aws_sagemaker_endpoint.this.name
      }
      dimensions {
        name  = "VariantName"
        value = "AllTraffic"
      }
    }
  }
}
