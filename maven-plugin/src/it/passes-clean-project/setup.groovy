// the project is a repository of its own: .sagelint.yaml is searched for and SARIF paths are relative
// up to this folder, never the sagelint checkout the IT runs in (ConfigLocator, RepositoryRoot)
new File(basedir, ".git").mkdirs()
// a generated copy of a bad spec in the build folder must not be checked
def generated = new File(basedir, 'target/generated-sources/fraud-scorer.yaml')
generated.parentFile.mkdirs()
generated.text = new File(basedir, 'node_modules/some-lib/example.yaml').text
return true
