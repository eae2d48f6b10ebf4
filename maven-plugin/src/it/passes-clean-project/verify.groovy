// The clean spec passes; copies of a bad spec under node_modules/ and target/ are never read.
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log =~ /sagelint(?:-maven-plugin)?:[^:]+:check \(default\) @ passes-clean-project/
assert log.contains('sagelint: 1 file checked, 0 errors, 0 warnings, 0 info')
assert !(log =~ /SL\d{3}/)
assert !log.contains('node_modules')
assert !log.contains('generated-sources')
return true
