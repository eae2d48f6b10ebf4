// The only finding is a warning; failOnSeverity=warning makes it fail the build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] infra/fraud-scorer.yaml:9:24 SL201 minCapacity is 0 on variant AllTraffic')
assert !log.contains('[ERROR] infra/fraud-scorer.yaml')
assert log.contains('1 sagelint finding at or above warning (failOnSeverity)')
assert log.contains('MAVEN/MojoFailureException')

def json = new JsonSlurper().parse(new File(basedir, 'target/sagelint/sagelint.json'))
assert json.summary.outcome == 'failed'
assert json.summary.failOnSeverity == 'warning'
assert json.findings.collect { "${it.ruleId} ${it.severity} ${it.path}:${it.line}" } == ['SL201 warning infra/fraud-scorer.yaml:9']
return true
