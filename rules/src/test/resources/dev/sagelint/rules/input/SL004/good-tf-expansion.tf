# Expansions decided by the files themselves are silent: a count from a value given in the file, a
# for_each over a known map, a count of 0 written as such, and unknown counts on resources sagelint
# does not read (IAM) say nothing.
variable "enabled" {
  type    = bool
  default = true
}

variable "unknown" {
  type = bool
}

locals {
  endpoints = { orders = "orders-config" }
}

resource "aws_sagemaker_endpoint" "counted" {
  count                = var.enabled ? 1 : 0
  name                 = "orders"
  endpoint_config_name = "orders-config"
}

resource "aws_sagemaker_endpoint" "each" {
  for_each             = local.endpoints
  name                 = each.key
  endpoint_config_name = each.value
}

resource "aws_sagemaker_endpoint" "off" {
  count                = 0
  name                 = "off"
  endpoint_config_name = "off-config"
}

resource "aws_iam_role" "r" {
  count = var.unknown ? 1 : 0
  name  = "r"
}
