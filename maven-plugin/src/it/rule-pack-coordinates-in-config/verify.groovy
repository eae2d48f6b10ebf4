// The example pack comes from .sagelint.yaml's rulePacks by coordinates (resolved from the IT's private
// repository, where custom-rule-pack-dependency/rule-pack installed it), and its rule ids may be configured there.
def log = new File(basedir, 'build.log').text

assert log.contains('sagelint: configuration .sagelint.yaml')
assert log.contains('[ERROR] infra/batch-scorer.yaml:3:11 ACME001 Endpoint name batch-scorer does not start with acme-')
// raised from warning to error by the configuration, which knows the pack's ids only once it has loaded
assert log.contains('[ERROR] infra/batch-scorer.yaml:11:24 ACME002 maxCapacity is 8 on GPU variant AllTraffic (ml.g5.xlarge)')
assert log.contains('2 sagelint findings at or above error (failOnSeverity)')
assert log.contains('MAVEN/MojoFailureException')
return true
