// The example pack comes from .sagelint.yaml's rulePacks by classified coordinates
// (com.example:acme-sagelint-rules-classified:jar:aws:1.0.0), resolved through Maven's resolver from the IT's private
// repository, where classified-pack/ installed it with install:install-file -Dclassifier=aws.
def log = new File(basedir, 'build.log').text

// what the repository holds under those coordinates: the classified jar and its pom, no main jar, so the findings
// below can only come from the classified jar (a resolver that dropped the classifier would find nothing)
def dir = new File(localRepositoryPath, 'com/example/acme-sagelint-rules-classified/1.0.0')
assert new File(dir, 'acme-sagelint-rules-classified-1.0.0-aws.jar').isFile()
assert new File(dir, 'acme-sagelint-rules-classified-1.0.0.pom').isFile()
assert !new File(dir, 'acme-sagelint-rules-classified-1.0.0.jar').exists()

assert log.contains('sagelint: configuration .sagelint.yaml')
assert log.contains('[ERROR] infra/batch-scorer.yaml:3:11 ACME001 Endpoint name batch-scorer does not start with acme-')
// raised from warning to error by the configuration, which knows the pack's ids only once it has loaded
assert log.contains('[ERROR] infra/batch-scorer.yaml:11:24 ACME002 maxCapacity is 8 on GPU variant AllTraffic (ml.g5.xlarge)')
assert log.contains('2 sagelint findings at or above error (failOnSeverity)')
assert log.contains('MAVEN/MojoFailureException')
assert !log.contains('cannot be resolved')
return true
