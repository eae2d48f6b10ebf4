# Terraform rejects a template directive that is never closed; the file is not read.
resource "aws_sagemaker_endpoint" "e" {
  name                 = "orders%{ if var.blue }-blue" # expect: SL001 "this '%{ if' is never closed; add '%{ endif }'"
  endpoint_config_name = "orders-config"
}
