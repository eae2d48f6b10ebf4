// the project is a repository of its own: SARIF paths are relative to this folder, not to the checkout
// the IT runs in (RepositoryRoot finds the nearest .git)
new File(basedir, ".git").mkdirs()
return true
