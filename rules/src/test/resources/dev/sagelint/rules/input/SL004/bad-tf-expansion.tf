# Resources sagelint cannot expand say so (SL004) instead of going silent.
variable "enabled" {
  type = bool
}

variable "create_alarm" {
  type    = bool
  default = false
}

variable "endpoints" {
  type    = map(string)
  default = {}
}

data "aws_sagemaker_prebuilt_ecr_image" "img" {
  repository_name = "tei"
}

resource "aws_appautoscaling_target" "t" {
  count              = var.enabled ? 1 : 0 # expect: SL004 "aws_appautoscaling_target.t: count depends on var.enabled, which has no value, so it is checked as one instance with count.index unknown, and rules on values built from it stay silent; lint with the values you deploy (--var-file) or a plan"
  service_namespace  = "sagemaker"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  resource_id        = "endpoint/orders/variant/AllTraffic"
  min_capacity       = 2
  max_capacity       = 4
}

resource "aws_cloudwatch_metric_alarm" "a" {
  count               = var.create_alarm ? 1 : 0 # expect: SL004 "aws_cloudwatch_metric_alarm.a: count is 0 only because var.create_alarm has no value and defaults to false, so it is not checked"
  alarm_name          = "latency"
  metric_name         = "ModelLatency"
  namespace           = "AWS/SageMaker"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 1
  threshold           = 100
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_sagemaker_endpoint" "per_endpoint" {
  for_each             = var.endpoints # expect: SL004 "for_each is empty only because var.endpoints has no value and defaults to {}"
  name                 = each.key
  endpoint_config_name = each.value
}

resource "aws_sagemaker_model" "by_image" {
  for_each           = toset([data.aws_sagemaker_prebuilt_ecr_image.img.registry_path]) # expect: SL004 "for_each depends on data.aws_sagemaker_prebuilt_ecr_image.img, a data source only terraform plan reads, so it is checked as one instance with each.key and each.value unknown"
  name               = "m"
  execution_role_arn = "arn:aws:iam::123456789012:role/sm"
  primary_container {
    image = each.value
  }
}

resource "aws_sagemaker_model" "per_workspace" {
  count              = terraform.workspace == "prod" ? 2 : 1 # expect: SL004 "count depends on terraform.workspace, which is decided by how Terraform is run, so it is checked as one instance with count.index unknown, and rules on values built from it stay silent; lint a plan (terraform show -json)"
  name               = "w"
  execution_role_arn = "arn:aws:iam::123456789012:role/sm"
}

resource "aws_sagemaker_model" "plain" {
  name               = "p"
  execution_role_arn = "arn:aws:iam::123456789012:role/sm"
}

resource "aws_sagemaker_endpoint" "after_apply" {
  count                = length(aws_sagemaker_model.plain.arn) > 0 ? 1 : 0 # expect: SL004 "count depends on aws_sagemaker_model.plain.arn, which is known only after apply"
  name                 = "late"
  endpoint_config_name = "late-config"
}

resource "aws_sagemaker_endpoint" "first_of_unexpanded" {
  count                = length(aws_sagemaker_model.per_workspace[0].name) > 0 ? 1 : 0 # expect: SL004 "count depends on aws_sagemaker_model.per_workspace[0], whose own count or for_each is not known"
  name                 = "first"
  endpoint_config_name = "first-config"
}

resource "aws_sagemaker_endpoint" "too_many" {
  count                = 5000 # expect: SL004 "count gives 5000 instances, more than the 1000 sagelint expands"
  name                 = "e-${count.index}"
  endpoint_config_name = "c"
}
