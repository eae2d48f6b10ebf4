// The SL201 finding is logged at ERROR with its position, and the build fails saying how many
// findings reached the threshold and where the reports are.
def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] infra/fraud-scorer.yaml:9:24 SL201 minCapacity is 0 on variant AllTraffic')
assert log.contains('1 sagelint finding at or above error (failOnSeverity)')
assert log.contains('reports: ' + new File(basedir, 'target/sagelint').path)
assert log.contains('BUILD FAILURE')
assert log.contains('MAVEN/MojoFailureException')  // a finding, not a broken run
// the async endpoint may scale to zero: nothing reported for it
assert !log.contains('batch-scorer.yaml')
return true
