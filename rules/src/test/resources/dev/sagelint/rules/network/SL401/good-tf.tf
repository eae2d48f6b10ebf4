# Terraform form of this rule's good case

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
  vpc_config {
    subnets            = [aws_subnet.a.id, aws_subnet.b.id]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}
