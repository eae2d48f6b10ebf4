module "endpoint" { # expect: SL004 "does not download"
  source  = "philschmid/sagemaker-huggingface/aws"
  version = "0.8.0"
}

module "local_missing" { # expect: SL004 "not among the inputs"
  source = "./modules/endpoint"
}
