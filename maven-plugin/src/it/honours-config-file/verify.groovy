// Three runs in one log, one per invocation (see invoker.properties).
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] --- sagelint(?:-maven-plugin)?:[^\n]*@ /).drop(1)
assert runs.size() == 3

def found = runs[0]
assert found.contains('[WARNING] infra/fraud-scorer.yaml:9:24 SL201 minCapacity is 0 on variant AllTraffic')
assert !found.contains('legacy/')
assert found.contains('sagelint: 1 file checked, 0 errors, 1 warning')
assert found.contains('BUILD SUCCESS')

def strict = runs[1]
assert strict.contains('[ERROR] infra/fraud-scorer.yaml:9:24 SL201 minCapacity is 0 on variant AllTraffic')
assert !strict.contains('legacy/')
assert strict.contains('1 sagelint finding at or above warning (failOnSeverity)')

def broken = runs[2]
assert broken =~ /check \(default\) on project honours-config-file: sagelint: config\/broken\.yaml:3:1: unknown key 'failOnSeverty'/
assert broken.contains('MAVEN/MojoExecutionException')
assert !broken.contains('SL201 minCapacity')
return true
