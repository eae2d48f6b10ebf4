// .sagelint.yaml names the classified pack with a classifier it was never installed with (gcp; only aws is in the
// IT's private repository, see rule-pack-classifier-in-config/classified-pack): Maven's resolver finds nothing and
// the build stops before any file is checked, the message giving the entry's place in the file, the coordinates
// with their classifier as written, the resolver's own reason and the fix.
def log = new File(basedir, 'build.log').text

assert log.contains('on project rule-pack-classifier-missing: sagelint: .sagelint.yaml:2:5: rulePacks:'
        + ' com.example:acme-sagelint-rules-classified:jar:gcp:1.0.0: cannot be resolved from the project\'s repositories'
        + ' (The following artifacts could not be resolved: com.example:acme-sagelint-rules-classified:jar:gcp:1.0.0'
        + ' (absent): Could not find artifact com.example:acme-sagelint-rules-classified:jar:gcp:1.0.0 in local.central')
// the repository's URL (the user's ~/.m2, as settings.xml serves it) stands between the two parts
assert log.contains('); check the coordinates, or install the pack with \'mvn install\' in its project')
assert log.contains('MAVEN/MojoExecutionException')
assert !log.contains(' checked, ')
assert !log.contains('ACME00')
assert !log.contains('BUILD SUCCESS')
return true
