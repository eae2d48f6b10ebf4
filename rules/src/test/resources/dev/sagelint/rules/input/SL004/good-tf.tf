resource "aws_sagemaker_endpoint" "orders" {
  name                 = "orders"
  endpoint_config_name = "orders-config"
}
