variable "max_capacity" {
  type    = number
  default = 10
}
