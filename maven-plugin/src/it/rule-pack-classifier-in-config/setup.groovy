// the project is a repository of its own: .sagelint.yaml is searched for and SARIF paths are relative
// up to this folder, never the sagelint checkout the IT runs in (ConfigLocator, RepositoryRoot)
new File(basedir, ".git").mkdirs()
return true
