package dev.sagelint.maven;

import dev.sagelint.config.ConfigException;
import dev.sagelint.config.ConfigLoader;
import dev.sagelint.config.ConfigLocator;
import dev.sagelint.config.ConfigResolver;
import dev.sagelint.config.LintConfig;
import dev.sagelint.config.MavenCoordinates;
import dev.sagelint.config.Overrides;
import dev.sagelint.config.ResolvedConfig;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.Linter;
import dev.sagelint.engine.ProjectLinter;
import dev.sagelint.engine.RuleJars;
import dev.sagelint.engine.RuleLimits;
import dev.sagelint.engine.RulePackException;
import dev.sagelint.engine.Verdict;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;
import dev.sagelint.report.AtomicFiles;
import dev.sagelint.report.Report;
import dev.sagelint.report.ReportFormat;
import dev.sagelint.report.ToolInfo;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;

/**
 * Lints the SageMaker endpoint configurations of this module (sagelint specs, infrastructure
 * templates) and fails the build when a finding reaches {@code failOnSeverity}. Every finding is
 * logged as {@code path:line:column RULE message} at its own level, and the reports are written to
 * {@code outputDirectory}.
 *
 * <p>Discovery, configuration, suppressions, the baseline, the reports and the failure policy all
 * come from sagelint-core, shared with the command line, so {@code mvn verify} and
 * {@code sagelint lint} never disagree.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractMojo {

    /** Skips the check, e.g. {@code -Dsagelint.skip} for a quick local build. */
    @Parameter(property = "sagelint.skip", defaultValue = "false")
    boolean skip;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info}, or
     * {@code none} to report without failing. Default: the {@code failOnSeverity} of the configuration
     * file, else {@code error}.
     */
    @Parameter(property = "sagelint.failOnSeverity")
    String failOnSeverity;

    /**
     * The folders (or files) to check; relative ones are relative to the module, and those the module
     * does not have are skipped. Default: the module's base directory. The folders of child modules
     * are always left to those modules, so in a multi-module build each file is checked once, by its
     * own module.
     */
    @Parameter(property = "sagelint.sourceDirectories", alias = "paths")
    List<File> sourceDirectories;

    /**
     * Glob patterns of the files to check, relative to the module ({@code infra/**}{@code /*.yaml};
     * {@code **} spans folders, a pattern without {@code /} matches a file name anywhere). Default: every
     * supported input, or the configuration file's {@code include}. A comma-separated list in the
     * property.
     */
    @Parameter(property = "sagelint.includes")
    List<String> includes;

    /**
     * Glob patterns of the files not to check, like {@code includes}. {@code .git/}, {@code target/},
     * {@code node_modules/}, {@code .terraform/}, {@code .aws-sam/} and {@code cdk.out/asset.*} are always
     * skipped. Default: the configuration file's {@code exclude}.
     */
    @Parameter(property = "sagelint.excludes")
    List<String> excludes;

    /**
     * Whether folders are checked as git sees them: what {@code .gitignore} files (nested ones too) and
     * {@code .git/info/exclude} ignore is skipped. {@code false} checks ignored files as well. Default: the
     * configuration file's {@code respectGitignore}, else {@code true}.
     */
    @Parameter(property = "sagelint.respectGitignore")
    Boolean respectGitignore;

    /**
     * The sagelint configuration file (rule switches, severity overrides, traffic profiles, limits).
     * Default: {@code .sagelint.yaml} in the module's folder or the nearest folder above it up to the
     * repository root, found exactly as {@code sagelint lint} run in the module's folder finds it. The
     * file used is logged.
     */
    @Parameter(property = "sagelint.configLocation", alias = "config")
    File configLocation;

    /**
     * The reports written to {@code outputDirectory}: {@code sarif} ({@code sagelint.sarif}),
     * {@code json} ({@code sagelint.json}), {@code junit} ({@code sagelint-junit.xml}), {@code text}
     * ({@code sagelint.txt}), {@code github} ({@code sagelint-github.txt}). A comma-separated list in the
     * property; empty writes no report.
     */
    @Parameter(property = "sagelint.outputFormats", alias = "formats", defaultValue = "sarif,json")
    List<String> outputFormats;

    /** Where the reports are written: each module's own {@code target/sagelint}. */
    @Parameter(property = "sagelint.outputDirectory", defaultValue = "${project.build.directory}/sagelint")
    File outputDirectory;

    /**
     * A baseline of accepted findings (written by {@code sagelint lint --write-baseline FILE}): the
     * findings in it are not reported, so a team can adopt sagelint and fail only on new findings.
     * Default: the configuration file's {@code baseline}.
     */
    @Parameter(property = "sagelint.baseline")
    File baseline;

    /**
     * CloudFormation parameter files (a {@code [{"ParameterKey": ..., "ParameterValue": ...}]} list or
     * CodePipeline's {@code {"Parameters": {...}}}) whose values replace the templates' defaults, as in
     * {@code sagelint lint --parameters FILE}; later files override earlier ones.
     */
    @Parameter(property = "sagelint.parameters")
    List<File> parameters;

    /**
     * Run only these rules, as {@code sagelint lint --select}: rule ids ({@code SL201}), id prefixes
     * ({@code SL2}), tags ({@code capacity}) or severities. A comma-separated list in the property.
     */
    @Parameter(property = "sagelint.select")
    List<String> select;

    /** Never run these rules, as {@code sagelint lint --ignore} (same forms as {@code select}; wins over it). */
    @Parameter(property = "sagelint.ignore")
    List<String> ignore;

    /**
     * Switch these rules off, as {@code sagelint lint --disable} (rule ids, any case); for a one-off build
     * ({@code -Dsagelint.disable=SL106}) without editing the configuration file. A comma-separated list in the property.
     */
    @Parameter(property = "sagelint.disable")
    List<String> disable;

    /** Switch back on rules the configuration file switched off, as {@code sagelint lint --enable}. */
    @Parameter(property = "sagelint.enable")
    List<String> enable;

    /**
     * Fail the build on findings at or above {@code failOnSeverity} (as checkstyle's and PMD's
     * {@code failOnViolation}); false reports them without failing. An input that could not be read
     * still fails the build: it was not checked.
     */
    @Parameter(property = "sagelint.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /**
     * How many findings at or above {@code failOnSeverity} are tolerated before the build fails (as
     * checkstyle's {@code maxAllowedViolations}); 0 fails on the first.
     */
    @Parameter(property = "sagelint.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /**
     * Terraform variable files ({@code .tfvars}, {@code .tfvars.json}) applied as {@code terraform plan -var-file}
     * applies them, as in {@code sagelint lint --var-file FILE}: after {@code terraform.tfvars} and
     * {@code *.auto.tfvars}, which are always read; later files win. Relative to the module.
     */
    @Parameter(property = "sagelint.varFiles")
    List<File> varFiles;

    /**
     * Compare with the previous version, as {@code sagelint lint --base}: a folder laid out like the module
     * (relative to it; an export of what runs), or else a git revision ({@code origin/main}, {@code HEAD~1}) of the
     * repository that holds the module, read with JGit. The transition rules (SL708, SL712-SL715) then see both
     * versions. See docs/diff-mode.md.
     */
    @Parameter(property = "sagelint.baseRef")
    String baseRef;

    /**
     * With {@code baseRef}: report (and fail on) only the findings the base does not have, as
     * {@code sagelint lint --new-only}; the others stay in the SARIF report as suppressed, {@code unchanged}.
     */
    @Parameter(property = "sagelint.newOnly", defaultValue = "false")
    boolean newOnly;

    /**
     * Time one rule pack may take on one deployment, in milliseconds, as {@code sagelint lint --rule-timeout-millis};
     * past it the pack is stopped there and the deployment gets SL001 (the build fails: it was not checked).
     */
    @Parameter(property = "sagelint.ruleTimeoutMillis")
    Long ruleTimeoutMillis;

    /** Rule firings (and findings) one rule pack may make on one deployment, as {@code --max-rule-firings}. */
    @Parameter(property = "sagelint.maxRuleFirings")
    Integer maxRuleFirings;

    /** Time the rule packs may take to load, in milliseconds, as {@code --pack-load-timeout-millis}. */
    @Parameter(property = "sagelint.packLoadTimeoutMillis")
    Long packLoadTimeoutMillis;

    /** Logs every finding; when false only the summary is logged (the reports are complete either way). */
    @Parameter(property = "sagelint.consoleOutput", defaultValue = "true")
    boolean consoleOutput;

    /** The module's base directory: paths in findings and globs are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory;

    /** Child modules, whose folders are left to their own execution. */
    @Parameter(defaultValue = "${project.modules}", readonly = true)
    List<String> modules;

    /** Maven's resolver, for the rule packs {@code .sagelint.yaml} names by coordinates. */
    @Component
    RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    List<RemoteRepository> remoteRepositories;

    /** The folder the build was started in: the search for {@code .sagelint.yaml} stops there. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRootDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sagelint: skipped (sagelint.skip)");
            return;
        }
        List<ReportFormat> formats = formats();
        Verdict.Tolerance tolerance = tolerance();
        checkReportTargets(formats);
        // no context class loader to set here: the engine sets it around every Drools call (ContextClassLoader)
        Run run = lint();
        log(run.result());
        List<Path> reports = writeReports(run, formats);
        Verdict verdict = Verdict.of(run.result(), run.config(), tolerance);
        switch (verdict.action()) {
            case PASS -> { }
            case WARN -> getLog().warn("sagelint: " + verdict.message(reports).orElseThrow());
            case FAIL -> throw new MojoFailureException(verdict.message(reports).orElseThrow());
        }
    }

    /** {@code failOnViolation} and {@code maxAllowedViolations}, checked before anything is linted. */
    private Verdict.Tolerance tolerance() throws MojoExecutionException {
        try {
            return new Verdict.Tolerance(failOnViolation, maxAllowedViolations);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("sagelint: " + e.getMessage() + " (-Dsagelint.maxAllowedViolations=0"
                    + " fails on the first finding at or above failOnSeverity)");
        }
    }

    /** @param baseFingerprints the base's findings' fingerprints with {@code baseRef}, else null */
    private record Run(LintResult result, LintConfig config, Linter linter, java.util.Collection<String> baseFingerprints) {
    }

    /** The base to compare with, null when none is set. */
    private String base() {
        return baseRef == null || baseRef.isBlank() ? null : baseRef.trim();
    }

    private Run lint() throws MojoExecutionException {
        if (newOnly && base() == null) {
            throw new MojoExecutionException("sagelint: newOnly needs baseRef: the findings of the base are what it"
                    + " leaves out (-Dsagelint.baseRef=origin/main)");
        }
        try {
            ResolvedConfig resolved = ConfigResolver.resolve(overrides(), baseDirectory.toPath());
            getLog().info(resolved.fileName().map(f -> "sagelint: configuration " + f)
                    .orElse("sagelint: no " + ConfigLocator.FILE_NAME + " in the module's folder or above it (up to"
                            + " the repository root); the defaults apply"));
            Linter linter = linter(resolved);
            LintConfig config = resolved.config(linter.catalog());
            linter = linter.withConfig(config);
            List<Path> roots = roots();
            if (roots.isEmpty()) {
                return new Run(new LintResult(List.of(), List.of(), List.of(), 0), config, linter, null);
            }
            if (base() == null) {
                return new Run(new ProjectLinter(linter).lint(baseDirectory.toPath(), roots, 1), config, linter, null);
            }
            // the same change-aware run as sagelint lint --base: a folder if one is there, else a git revision
            var change = new dev.sagelint.engine.change.ChangeLinter(linter)
                    .lintAgainst(baseDirectory.toPath(), roots, base(), "sagelint.baseRef", 1);
            change.baseProblems().forEach(p -> getLog().warn("sagelint: base " + base() + ": " + p));
            return new Run(newOnly ? change.newOnly() : change.head(), config, linter,
                    change.base().fingerprints().values());
        } catch (ConfigException e) {
            throw new MojoExecutionException("sagelint: " + e.getMessage(), e);
        }
    }

    /**
     * The parameters that are set, as overrides of the configuration file (core's {@link ConfigResolver} merges them
     * by the one rule the CLI uses too); the folders of child modules are one more excludes entry.
     */
    Overrides overrides() {
        List<String> in = Parameters.split(includes);
        List<String> out = Parameters.split(excludes);
        return Overrides.builder()
                .configFile(configLocation == null ? null : configLocation.toPath())
                .failOnSeverity(failOnSeverity == null || failOnSeverity.isBlank() ? null : failOnSeverity)
                .includes(in.isEmpty() ? null : in)
                .excludes(out.isEmpty() ? null : out)
                .moreExcludes(aggregate() ? List.of() : Parameters.moduleExcludes(baseDirectory.toPath(), modules))
                .respectGitignore(respectGitignore)
                .baseline(baseline == null ? null : baseline.getAbsoluteFile().toPath())
                .disable(Parameters.split(disable)).enable(Parameters.split(enable))
                .select(Parameters.split(select)).ignore(Parameters.split(ignore))
                .ruleTimeoutMillis(ruleTimeoutMillis)
                .maxRuleFirings(maxRuleFirings == null ? null : maxRuleFirings.longValue())
                .packLoadTimeoutMillis(packLoadTimeoutMillis)
                .parameterFiles(parameters == null ? List.of() : parameters.stream().map(File::toPath).toList())
                .varFiles(varFiles == null ? List.of() : varFiles.stream().map(File::toPath).toList())
                .names(setting -> switch (setting) {
                    case "configFile" -> "configLocation";
                    case "parameterFiles" -> "parameters";
                    default -> setting;
                })
                .build();
    }

    /** How {@code rulePacks} coordinates become jars: Maven's resolver, over the project's repositories. */
    java.util.function.Function<MavenCoordinates, Path> packArtifacts() {
        return new PackArtifacts(repositorySystem, repositorySession, remoteRepositories);
    }

    /**
     * The built-in packs, those of the plugin's dependencies and the jars the configuration file names
     * ({@code rulePacks}, each checked as {@code sagelint lint} checks them), within the configuration's bounds.
     */
    private Linter linter(ResolvedConfig resolved) throws MojoExecutionException {
        ClassLoader own = CheckMojo.class.getClassLoader();
        List<Path> jars = new ArrayList<>();
        for (ConfigLoader.RulePackJar jar : resolved.rulePackJars(packArtifacts())) {
            try {
                RuleJars.check(jar.jar());
            } catch (RulePackException e) {
                throw new MojoExecutionException("sagelint: " + jar.at() + ": rulePacks: " + jar.name() + ": "
                        + e.getMessage());
            }
            jars.add(jar.jar());
        }
        try {
            Linter.Builder builder = Linter.builder().ruleLimits(RuleLimits.of(resolved.limits()))
                    .discoverRulePacks(own);
            if (!jars.isEmpty()) {
                builder.discoverRulePacks(RuleJars.classLoader(jars, own));
            }
            return builder.parameters(resolved.parameters()).varFiles(resolved.varFiles()).build();
        } catch (RulePackException | ServiceConfigurationError | UncheckedIOException e) {
            throw new MojoExecutionException("sagelint: cannot load the rule packs: " + e.getMessage()
                    + " (rule packs come from the plugin and its <dependencies>)", e);
        }
    }

    /** True for the aggregate goal: one run over the whole folder tree, child modules included. */
    boolean aggregate() {
        return false;
    }

    /** Where the reports go. */
    Path reportDirectory() {
        return outputDirectory.toPath();
    }

    /**
     * The source directories; the module's base directory when none are given. Like checkstyle and PMD,
     * a configured directory this module does not have is skipped, so a parent can configure folders
     * that only some modules have.
     */
    private List<Path> roots() {
        List<String> dirs = sourceDirectories == null ? List.of()
                : Parameters.split(sourceDirectories.stream().map(File::getPath).toList());
        if (dirs.isEmpty()) {
            return List.of(baseDirectory.toPath());
        }
        List<Path> roots = new ArrayList<>();
        for (String dir : dirs) {
            Path root = baseDirectory.toPath().resolve(dir).normalize();
            if (Files.exists(root)) {
                roots.add(root);
            } else {
                getLog().info("sagelint: source directory " + ProjectLinter.display(baseDirectory.toPath(), root)
                        + " does not exist in this module; skipped");
            }
        }
        return roots;
    }

    private List<ReportFormat> formats() throws MojoExecutionException {
        List<ReportFormat> formats = new ArrayList<>();
        for (String name : Parameters.split(outputFormats)) {
            try {
                formats.add(ReportFormat.parse(name));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("sagelint: outputFormats: " + e.getMessage());
            }
        }
        return formats.stream().distinct().toList();
    }

    private void log(LintResult result) {
        Log log = getLog();
        if (consoleOutput) {
            for (Finding f : result.findings()) {
                String line = f.location() + " " + f.ruleId() + " " + f.message();
                switch (f.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    case INFO -> log.info(line);
                }
            }
        }
        log.info("sagelint: " + plural(result.filesScanned().size(), "file") + " checked, "
                + plural(result.count(Severity.ERROR), "error") + ", " + plural(result.count(Severity.WARNING), "warning")
                + ", " + result.count(Severity.INFO) + " info, " + result.suppressed() + " suppressed");
    }

    /** A report file that is a folder, a FIFO or a device, or under a file, fails the build before the lint. */
    private void checkReportTargets(List<ReportFormat> formats) throws MojoExecutionException {
        for (ReportFormat format : formats) {
            Path target = reportDirectory().resolve(Parameters.reportFileName(format));
            try {
                AtomicFiles.checkTarget(target, target.toString());
            } catch (AtomicFiles.BadTarget e) {
                throw new MojoExecutionException("sagelint: outputDirectory: " + e.getMessage(), e);
            }
        }
    }

    private List<Path> writeReports(Run run, List<ReportFormat> formats) throws MojoExecutionException {
        Report plain = new Report(run.result(), run.linter().catalog(), ToolInfo.version(), run.config());
        Report report = run.baseFingerprints() == null ? plain : plain.withBase(run.baseFingerprints());
        List<Path> written = new ArrayList<>();
        // SARIF paths relative to the repository root (else the build's top folder), as code scanning reads them
        String repositoryPrefix = dev.sagelint.report.RepositoryRoot.prefix(baseDirectory.toPath(),
                executionRootDirectory == null ? null : executionRootDirectory.toPath());
        for (ReportFormat format : formats) {
            Path target = reportDirectory().resolve(Parameters.reportFileName(format));
            try {
                AtomicFiles.write(target, out -> format.reporter(false, repositoryPrefix).write(report, out));
            } catch (IOException e) {
                throw new MojoExecutionException("sagelint: cannot write the " + format.label() + " report "
                        + target + ": " + e.getMessage(), e);
            }
            written.add(target);
        }
        return written;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
