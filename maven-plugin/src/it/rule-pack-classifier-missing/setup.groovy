// the project is a repository of its own: .sagelint.yaml is searched for and SARIF paths are relative
// up to this folder, never the sagelint checkout the IT runs in (ConfigLocator, RepositoryRoot)
new File(basedir, ".git").mkdirs()
// the private repository outlives a run (only mvn clean empties it), and the resolver caches a miss there: the
// next run would get "was not found ... during a previous attempt" instead of the first-time message verify.groovy
// asserts. Forgetting the cached miss makes every run resolve afresh, as a user's first build does.
new File(localRepositoryPath,
        'com/example/acme-sagelint-rules-classified/1.0.0/acme-sagelint-rules-classified-1.0.0-gcp.jar.lastUpdated').delete()
return true
