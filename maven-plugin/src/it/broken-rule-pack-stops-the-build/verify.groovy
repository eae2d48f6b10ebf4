// The ACME pack (examples/custom-rule-pack) picks up ACME902-broken.drl from the second jar and cannot compile it: the build
// stops before any file is checked, with the pack, the file and the problem in the message.
def log = new File(basedir, 'build.log').text

assert log =~ /on project broken-rule-pack-stops-the-build: sagelint: cannot load the rule packs: rule pack acme does not compile:/
assert log =~ /com\/example\/sagelint\/rules\/ACME902-broken\.drl(:\d+)?: /
assert log.contains('MAVEN/MojoExecutionException')
assert !log.contains(' checked, ')
assert !log.contains('BUILD SUCCESS')
return true
