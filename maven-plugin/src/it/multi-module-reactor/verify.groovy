// Maven 3.8 logs the plugin as sagelint-maven-plugin:VERSION:check, 3.9 by its prefix, sagelint:VERSION:check
// The parent checks only its own infra/ folder; each module checks its own files and writes its
// own reports. The SL201 error in scoring is reported once, by scoring, and fails only scoring.
// notebooks has no infra/ folder: it checks nothing (its example spec is outside sourceDirectories).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

def sections = log.split(/(?m)^\[INFO\] --- sagelint(?:-maven-plugin)?:[^\n]*@ /)
assert sections.length == 5 : 'one check per project: parent, scoring, batch, notebooks'
def parent = sections[1], scoring = sections[2], batch = sections[3], notebooks = sections[4]

assert parent.startsWith('multi-module-reactor ---')
assert parent.contains('sagelint: 1 file checked, 0 errors')
assert !parent.contains('SL201')

assert scoring.startsWith('scoring ---')
assert scoring.contains('[ERROR] infra/fraud-scorer.yaml:9:24 SL201 minCapacity is 0 on variant AllTraffic')
assert scoring.contains('sagelint: 1 file checked, 1 error')

assert batch.startsWith('batch ---')
assert batch.contains('sagelint: 1 file checked, 0 errors')
assert !batch.contains('SL201')

assert notebooks.startsWith('notebooks ---')
assert notebooks.contains('sagelint: source directory infra does not exist in this module; skipped')
assert notebooks.contains('sagelint: 0 files checked, 0 errors')
assert !notebooks.contains('SL201')

assert (log =~ /SL201 minCapacity/).count == 1
assert log =~ /multi-module-reactor \.+ SUCCESS/
assert log =~ /scoring \.+ FAILURE/
assert log =~ /batch \.+ SUCCESS/
assert log =~ /notebooks \.+ SUCCESS/

def files = { module -> new JsonSlurper().parse(new File(basedir, module + 'target/sagelint/sagelint.json')).files }
assert files('') == ['infra/shared-batch.yaml']
assert files('scoring/') == ['infra/fraud-scorer.yaml']
assert files('batch/') == ['infra/batch-scorer.yaml']
assert files('notebooks/') == []
assert new File(basedir, 'scoring/target/sagelint/sagelint.sarif').isFile()
// SARIF paths are relative to the repository root (prebuild.groovy makes this folder one), not the module
def sarif = new JsonSlurper().parse(new File(basedir, 'scoring/target/sagelint/sagelint.sarif'))
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'scoring/infra/fraud-scorer.yaml'
assert sarif.runs[0].originalUriBaseIds.'%SRCROOT%' != null
return true
