// fraud-scorer's SL201 is in the baseline and hidden; risk-scorer's is new and fails the build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('infra/fraud-scorer.yaml:9:24 SL201')
assert log.contains('[ERROR] infra/risk-scorer.yaml:9:24 SL201 minCapacity is 0 on variant AllTraffic')
assert log.contains('sagelint: 2 files checked, 1 error, 0 warnings, 0 info, 1 suppressed')
assert log.contains('1 sagelint finding at or above error (failOnSeverity)')

def json = new JsonSlurper().parse(new File(basedir, 'target/sagelint/sagelint.json'))
assert json.summary.suppressed == 1
assert json.findings.collect { "${it.ruleId} ${it.path}:${it.line}" } == ['SL201 infra/risk-scorer.yaml:9']
return true
