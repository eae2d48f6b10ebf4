module "endpoint" { # expect: SL002 "does not download"
  source  = "philschmid/sagemaker-huggingface/aws"
  version = "0.8.0"
}

module "local_missing" { # expect: SL002 "not among the inputs"
  source = "./modules/endpoint"
}
