resource "aws_sagemaker_endpoint_configuration" "this" {
  name_prefix = "orders-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "orders-model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
  lifecycle {
    create_before_destroy = true
  }
}
