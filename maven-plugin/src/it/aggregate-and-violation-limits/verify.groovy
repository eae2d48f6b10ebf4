import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects/).drop(1)
assert runs.size() == 2 : 'two invocations'
def first = runs[0], second = runs[1]

// each module found the parent's configuration, exactly as the CLI would from its folder
assert first.contains('sagelint: configuration .sagelint.yaml')
assert first.contains('sagelint: configuration ../.sagelint.yaml')
assert first.contains('[ERROR] infra/fraud-scorer.yaml:9:24 SL201 minCapacity is 0 on variant AllTraffic')
assert first.contains('within maxAllowedViolations (1)')
assert first.contains('not failing the build (failOnViolation is false)')
assert first.contains('BUILD SUCCESS')

// the aggregate report holds both modules' files, relative to the top project
def json = new JsonSlurper().parse(new File(basedir, 'target/sagelint/aggregate/sagelint.json'))
assert json.files == ['batch/infra/batch-scorer.yaml', 'scoring/infra/fraud-scorer.yaml']
assert json.findings*.path == ['scoring/infra/fraud-scorer.yaml']
def sarif = new JsonSlurper().parse(new File(basedir, 'target/sagelint/aggregate/sagelint.sarif'))
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'scoring/infra/fraud-scorer.yaml'

assert second.contains('1 sagelint finding at or above error (failOnSeverity)')
assert second =~ /scoring \.+ FAILURE/
return true
