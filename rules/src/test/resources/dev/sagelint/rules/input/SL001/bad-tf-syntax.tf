resource "aws_sagemaker_endpoint" "e" {
  endpoint_config_name = "orders-config"
  name = # expect: SL001 "expected a value, found a new line"
}
