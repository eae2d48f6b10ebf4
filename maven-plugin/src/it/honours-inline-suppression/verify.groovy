def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] --- sagelint(?:-maven-plugin)?:[^\n]*@ /).drop(1)
assert runs.size() == 2

def reasoned = runs[0]
assert !reasoned.contains('SL201')
assert reasoned.contains('sagelint: 1 file checked, 0 errors, 0 warnings, 0 info, 1 suppressed')
assert reasoned.contains('BUILD SUCCESS')

def unreasoned = runs[1]
assert unreasoned.contains('[WARNING] unreasoned/fraud-scorer.yaml:9:')
assert unreasoned =~ /\[WARNING\] unreasoned\/fraud-scorer\.yaml:9:\d+ SL002 /
assert unreasoned.contains('[ERROR] unreasoned/fraud-scorer.yaml:10:24 SL201 minCapacity is 0 on variant AllTraffic')
assert unreasoned.contains('1 sagelint finding at or above error (failOnSeverity)')
return true
