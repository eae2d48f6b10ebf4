resource "aws_sagemaker_endpoint_configuration" "fixed" {
  name = "orders-config" # expect: SL705 warning "and create_before_destroy: every change creates the replacement while the old configuration still holds the name"
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

# a fixed name without create_before_destroy: destroyed and recreated under the same name, so the
# endpoint's endpoint_config_name never changes and the endpoint is never updated
resource "aws_sagemaker_endpoint_configuration" "fixed_no_lifecycle" {
  name = "claims-config" # expect: SL705 warning "the change silently never reaches the endpoint"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "claims-model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}
