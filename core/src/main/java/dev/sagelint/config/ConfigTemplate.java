package dev.sagelint.config;

/** The commented {@code .sagelint.yaml} that {@code sagelint init} writes: every setting at its default. */
public final class ConfigTemplate {

    public static final String TEXT = """
            # sagelint configuration. sagelint finds this file in the working folder or the nearest folder
            # above it (or takes --config FILE). Command-line options override what is set here.
            # Every setting below is at its default; unknown keys and unknown rule ids are errors.

            # Findings at or above this severity fail the run (exit code 1): error | warning | info | none
            failOnSeverity: error

            # Switch rules off or change their severity, by rule id ('sagelint rules' lists them):
            #   SL106: off                      # never report it
            #   SL204: info                     # report it as info
            #   SL101: { enabled: true, severity: error }
            rules: {}

            # Glob patterns, relative to the working folder, of files to lint in folders.
            # ** spans folders; a pattern without '/' matches a file name anywhere (*.json).
            # An empty include list means every supported input. Files named on the command line are
            # linted whatever these lists say, unless forceExclude is true. Tool output and caches are
            # always skipped in folders: .git/, target/, node_modules/, .terraform/, .aws-sam/, cdk.out/asset.*.
            include: []
            exclude: []

            # Folders are walked as git sees them: what .gitignore files (nested ones too, with !negation)
            # and .git/info/exclude ignore is skipped. false reads ignored files as well.
            respectGitignore: true

            # true: the excludes (and git's ignore rules) apply to files named on the command line too, as
            # pre-commit and editors name files one by one.
            forceExclude: false

            # Findings recorded in this file are hidden (create it with 'sagelint lint --write-baseline FILE').
            # A relative path is relative to this file's folder.
            baseline: null

            # How each endpoint's traffic behaves, by endpoint name, for inputs that cannot say it themselves:
            #   fraud-scorer:
            #     pattern: spiky                # steady | spiky | predictable
            #     peakRps: 400
            #     baselineRps: 20
            #     unpredictableBursts: true
            #     peakHours: "08:00-18:00 MON-FRI"
            #     instanceCapacityRps: 60       # one instance at saturation (from a load test)
            traffic: {}

            # Whether an endpoint is production, by endpoint name (otherwise taken from stage tags):
            #   fraud-scorer: true
            production: {}

            # Safety limits for every input file (raise them only for files you trust).
            limits:
              maxFileBytes: 10485760
              maxNestingDepth: 100
              maxAliases: 50
              parseTimeoutMillis: 2000
              ruleTimeoutMillis: 10000         # one rule pack on one deployment (--rule-timeout-millis wins)
              maxRuleFirings: 100000           # rule firings of one pack on one deployment
              packLoadTimeoutMillis: 120000    # loading the rule packs

            # Rule pack jars loaded with the built-in rules, as 'sagelint lint --rules-jar JAR' loads them;
            # relative to this file's folder, or Maven coordinates groupId:artifactId:version (the Maven
            # plugin resolves them; the command line finds them in ~/.m2/repository only).
            # Rule ids of these packs may be used under 'rules' above.
            rulePacks: []

            # Account quotas no template records, for SL207 and SL211 (the Service Quotas values):
            #   ml.g5.xlarge: 4                # instances of a type "for endpoint usage"
            #   serverlessConcurrency: 20      # total MaxConcurrency of the serverless endpoints
            quotas: {}
            """;

    private ConfigTemplate() {
    }
}
