// failOnSeverity none: the SL201 error is logged and reported but does not fail the build; the
// default outputFormats write exactly target/sagelint/sagelint.sarif and sagelint.json.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] infra/fraud-scorer.yaml:9:24 SL201 minCapacity is 0 on variant AllTraffic')
assert log.contains('BUILD SUCCESS')

def dir = new File(basedir, 'target/sagelint')
assert dir.list().sort() == ['sagelint.json', 'sagelint.sarif']

def json = new JsonSlurper().parse(new File(dir, 'sagelint.json'))
assert json.schemaVersion == 1
assert json.summary.outcome == 'passed'
assert json.summary.failOnSeverity == 'none'
assert json.files == ['infra/fraud-scorer.yaml']
assert json.findings.size() == 1
def finding = json.findings[0]
assert finding.ruleId == 'SL201'
assert finding.severity == 'error'
assert finding.path == 'infra/fraud-scorer.yaml'
assert finding.line == 9
assert finding.column == 24
assert finding.message.startsWith('minCapacity is 0 on variant AllTraffic')
assert json.rules*.id == ['SL201']

def sarif = new JsonSlurper().parse(new File(dir, 'sagelint.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'sagelint'
assert run.tool.driver.rules*.id == ['SL201']
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'SL201'
assert result.level == 'error'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'infra/fraud-scorer.yaml'
assert location.region.startLine == 9
assert location.region.startColumn == 24
// no absolute paths in reports: they are compared across machines
assert !new File(dir, 'sagelint.sarif').text.contains(basedir.path)
return true
