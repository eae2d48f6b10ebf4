// The spec is fine for the built-in rules, but breaks both rules of the example pack
// (examples/custom-rule-pack), which comes in as a <dependency> of the plugin.
def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] infra/batch-scorer.yaml:3:11 ACME001 Endpoint name batch-scorer does not start with acme-')
assert log.contains('[WARNING] infra/batch-scorer.yaml:11:24 ACME002 maxCapacity is 8 on GPU variant AllTraffic (ml.g5.xlarge)')
assert log.contains('1 sagelint finding at or above error (failOnSeverity)')
assert !log.contains('SL201')
assert log.contains('MAVEN/MojoFailureException')

// the pack was built by its own build, whose fixtures ran through the published harness
def packLog = new File(basedir, 'rule-pack/build.log').text
assert packLog =~ /Tests run: 5, Failures: 0, Errors: 0, Skipped: 0/
return true
