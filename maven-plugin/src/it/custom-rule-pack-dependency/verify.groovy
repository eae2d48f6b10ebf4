// The spec is fine for the built-in rules, but the endpoint name breaks ACME's SL901, which comes
// from a rule pack declared as a <dependency> of the plugin.
def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] infra/batch-scorer.yaml:3:11 SL901 Endpoint name batch-scorer does not start with acme-')
assert log.contains('1 sagelint finding at or above error (failOnSeverity)')
assert !log.contains('SL201')
assert log.contains('MAVEN/MojoFailureException')
return true
