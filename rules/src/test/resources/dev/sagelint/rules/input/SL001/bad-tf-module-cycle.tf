# A module that sources its own folder is SL001 at the module block; the rest is still linted.
module "again" { # expect: SL001 "module 'again' has source './', its own folder (input/SL001); Terraform cannot expand a module that calls itself"
  source = "./"
}

resource "aws_sagemaker_endpoint_configuration" "ec" {
  name = "orders-config" # expect: SL705 "fixed name"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "orders-model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}
