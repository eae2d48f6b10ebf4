# Terraform: a logs endpoint left at the default type, Gateway.
resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "eu-west-1b"
}

resource "aws_route_table" "a" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table" "b" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table_association" "a" {
  subnet_id      = aws_subnet.a.id
  route_table_id = aws_route_table.a.id
}

resource "aws_route_table_association" "b" {
  subnet_id      = aws_subnet.b.id
  route_table_id = aws_route_table.b.id
}

resource "aws_nat_gateway" "egress" {
  subnet_id = aws_subnet.a.id
}

resource "aws_security_group" "model" {
  name   = "model"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "model_https" {
  security_group_id            = aws_security_group.model.id
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_security_group.model.id
}

resource "aws_vpc_endpoint" "monitoring" {
  vpc_id              = aws_vpc.main.id
  service_name        = "com.amazonaws.eu-west-1.monitoring"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = [aws_subnet.a.id, aws_subnet.b.id]
  private_dns_enabled = true
  security_group_ids  = [aws_security_group.model.id]
}

resource "aws_sagemaker_model" "scorer" {
  name               = "scorer-model"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  primary_container {
    image          = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/scorer:1"
    model_data_url = "s3://models/scorer/model.tar.gz"
  }
  vpc_config {
    subnets            = [aws_subnet.a.id, aws_subnet.b.id]
    security_group_ids = [aws_security_group.model.id]
  }
}

resource "aws_sagemaker_endpoint_configuration" "scorer" {
  name_prefix = "scorer-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = aws_sagemaker_model.scorer.name
    instance_type          = "ml.c5.xlarge"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "scorer" {
  name                 = "scorer"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.scorer.name
}

resource "aws_appautoscaling_target" "scorer" {
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/${aws_sagemaker_endpoint.scorer.name}/variant/AllTraffic"
  min_capacity       = 2
  max_capacity       = 6
}

resource "aws_appautoscaling_policy" "invocations" {
  name               = "invocations"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.scorer.resource_id
  scalable_dimension = aws_appautoscaling_target.scorer.scalable_dimension
  service_namespace  = aws_appautoscaling_target.scorer.service_namespace
  target_tracking_scaling_policy_configuration {
    target_value       = 300
    scale_in_cooldown  = 600
    scale_out_cooldown = 60
    predefined_metric_specification {
      predefined_metric_type = "SageMakerVariantInvocationsPerInstance"
    }
  }
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.eu-west-1.s3"
  route_table_ids = [aws_route_table.a.id, aws_route_table.b.id]
}

resource "aws_vpc_endpoint" "logs" { # expect: SL405 "leaves vpc_endpoint_type out"
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.eu-west-1.logs"
  route_table_ids = [aws_route_table.a.id]
}
