resource "aws_sagemaker_endpoint_configuration" "fixed" {
  name = "orders-config" # expect: SL705 "has a fixed name"
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

resource "aws_sagemaker_endpoint_configuration" "no_lifecycle" { # expect: SL705 "create_before_destroy"
  name_prefix = "orders-"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "orders-model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}
