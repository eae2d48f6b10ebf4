// Three runs in one log, one per invocation (see invoker.properties).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] --- sagelint(?:-maven-plugin)?:[^\n]*@ /).drop(1)
assert runs.size() == 3

def unknown = runs[0]
assert unknown =~ /sagelint: sagelint\.baseRef no-such-branch: neither a folder nor a revision of the repository at \S+/
assert !unknown.contains('\tat ')
assert unknown.contains('BUILD FAILURE')

def same = runs[1]
assert same.contains('sagelint: 1 file checked, 0 errors, 0 warnings, 0 info, 2 suppressed')
assert same.contains('BUILD SUCCESS')

def change = runs[2]
assert change.contains('[WARNING] infra/orders.yaml:9:25 SL708 variant AllTraffic of endpoint fraud-scorer changes'
        + ' InstanceType from ml.m5.xlarge to ml.g5.xlarge while its scalable target')
assert change.contains('[WARNING] infra/orders.yaml:10:33 SL713 ')
assert !change.contains('SL707 ')
assert !change.contains('SL105 ')
assert change.contains('sagelint: 1 file checked, 0 errors, 2 warnings, 0 info, 2 suppressed')
assert change.contains('2 sagelint findings at or above warning (failOnSeverity)')

// the report of the last run: the new findings, and the base's as suppressed and unchanged
def sarif = new JsonSlurper().parse(new File(basedir, 'target/sagelint/sagelint.sarif'))
def results = sarif.runs[0].results.collect {
    "${it.ruleId} ${it.locations[0].physicalLocation.region.startLine} ${it.baselineState}" +
            (it.suppressions ? ' suppressed' : '')
}
// <formats>sarif</formats> (the alias of outputFormats) replaced the default sarif,json
assert !new File(basedir, 'target/sagelint/sagelint.json').exists()
assert results == ['SL708 9 new', 'SL713 10 new', 'SL707 11 unchanged suppressed', 'SL105 16 unchanged suppressed']
return true
