resource "aws_appautoscaling_target" "t" {
  resource_id  = "endpoint/orders/variant/AllTraffic"
  min_capacity = "two" # expect: SL001 "expected a whole number"
  max_capacity = 4
}
