// Two runs in one log, one per invocation (see invoker.properties).
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] --- sagelint(?:-maven-plugin)?:[^\n]*@ /).drop(1)
assert runs.size() == 2

def respected = runs[0]
assert !respected.contains('generated/')
assert respected.contains('sagelint: 1 file checked, 0 errors')
assert respected.contains('BUILD SUCCESS')

def everything = runs[1]
assert everything.contains('[ERROR] generated/fraud-scorer.yaml:9:24 SL201 minCapacity is 0 on variant AllTraffic')
assert everything.contains('sagelint: 2 files checked, 1 error')
return true
