# A local module in another folder is not a cycle (it is not among the inputs here, which is SL004, not SL001).
module "sibling" {
  source = "../SL002"
}

module "nested" {
  source = "./modules/endpoint"
}
