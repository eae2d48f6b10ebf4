package dev.sagelint.cli;

import dev.sagelint.config.ConfigResolver;
import dev.sagelint.config.LintConfig;
import dev.sagelint.config.Overrides;
import dev.sagelint.config.ResolvedConfig;
import dev.sagelint.engine.Baseline;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.Linter;
import dev.sagelint.engine.Outcome;
import dev.sagelint.engine.ProjectLinter;
import dev.sagelint.parse.Formats;
import dev.sagelint.report.AtomicFiles;
import dev.sagelint.report.Report;
import dev.sagelint.report.ReportFormat;
import dev.sagelint.report.ToolInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Lints sagelint specs, CloudFormation templates, Terraform and AWS API JSON.",
        footerHeading = "%nExit codes (never a count):%n",
        footer = {
                "  0  no findings at or above the failure threshold",
                "  1  findings at or above the failure threshold",
                "  2  usage or configuration error",
                "  3  an input could not be read at all (also reported as SL001 findings)",
                "  4  internal error (a bug in sagelint; --debug shows the stack trace)",
                "",
                "Options override .sagelint.yaml, which is found in the working folder or above it.",
                "Examples:",
                "  sagelint lint",
                "  sagelint lint infra/ --format sarif:target/sagelint.sarif --format text",
                "  sagelint lint --fail-on-severity warning --baseline sagelint-baseline.json"})
final class LintCommand implements Callable<Integer> {

    /** The help's description: the searched files come from the formats' own declaration, never a second list. */
    static String[] description() {
        return new String[] {"Lints sagelint specs, CloudFormation templates, Terraform and AWS API JSON.",
            "Folders are searched recursively for the files the input formats declare ("
                    + Formats.globs(Formats.all()).replace("%", "%%") + "), recognised by content; what git"
                    + " ignores (.gitignore) is skipped, and so are .git/, target/, node_modules/, .terraform/,"
                    + " .aws-sam/ and cdk.out/asset.*."};
    }

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files or folders to lint (default: the working folder);"
            + " - reads standard input.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[:FILE]", completionCandidates = RuleCompletion.Formats.class,
            description = "Report format: text (default), json, sarif, junit, github. With :FILE the report is "
                    + "written to that file (atomically) instead of standard output. Repeatable.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--fail-on-severity", paramLabel = "LEVEL", completionCandidates = RuleCompletion.Thresholds.class,
            description = "Fail (exit 1) on findings at or above: error (default), warning, info, none.")
    String failOnSeverity;

    @Option(names = {"-q", "--quiet"},
            description = "Print the findings only: no summary line on standard error and no notes.")
    boolean quiet;

    @Mixin
    ConfigOptions configOptions;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Threads for reading, parsing and rules (default: the number of cores). "
                    + "The output does not depend on it.")
    Integer jobs;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only lint matching files in folders; replaces the configuration's list. Repeatable.")
    List<String> includes;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip matching files in folders; replaces the configuration's list. Repeatable.")
    List<String> excludes;

    @Option(names = "--respect-gitignore", negatable = true,
            description = "Skip in folders what .gitignore files and .git/info/exclude ignore (default: on, or the"
                    + " configuration's respectGitignore). --no-respect-gitignore reads ignored files too.")
    Boolean respectGitignore;

    @Option(names = "--force-exclude",
            description = "Apply the excludes and git's ignore rules to files named on the command line too "
                    + "(for pre-commit and editors, which name files one by one).")
    Boolean forceExclude;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "With the path -: the name of standard input in reports, which also chooses its format as"
                    + " a file's name does (main.tf is Terraform, template.yaml YAML). Default: stdin, which has no"
                    + " extension, so only a Terraform plan JSON is recognised.")
    String stdinFilename;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide the findings recorded in this baseline file.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the current findings in this baseline file (and exit 0 unless an input is unreadable).")
    Path writeBaseline;

    @Option(names = "--base", paramLabel = "REF|PATH",
            description = "Compare with the previous version: a folder laid out like the working folder (e.g. an"
                    + " export of what runs), or else a git revision (HEAD~1, origin/main) of the repository that"
                    + " holds the paths, read with JGit. The transition rules (SL708, SL712-SL715) see both"
                    + " versions. See docs/diff-mode.md.")
    String base;

    @Option(names = "--new-only",
            description = "With --base: report only findings the base does not have (by fingerprint).")
    boolean newOnly;

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "CloudFormation parameter values (ParameterKey/ParameterValue list or CodePipeline's"
                    + " {\"Parameters\": {...}}) used instead of the templates' defaults. Repeatable.")
    List<Path> parameterFiles = new ArrayList<>();

    @Option(names = "--var-file", paramLabel = "FILE",
            description = "A Terraform variable file (.tfvars or .tfvars.json) applied as terraform plan -var-file"
                    + " does: after terraform.tfvars and *.auto.tfvars, which are always read; later files win."
                    + " Repeatable.")
    List<Path> varFiles = new ArrayList<>();

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (default: on a terminal, unless NO_COLOR is set), always, never.")
    String color;

    // read by Main before picocli parses (it works with every command); declared here so --help lists it
    @Option(names = "--debug",
            description = "Print stack traces of internal errors and of inputs a parser failed on (for bug reports).")
    boolean debug;

    @Mixin
    RulePacks rulePacks;

    @Mixin
    RuleBounds ruleBounds;

    LintCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        List<Output> outputs = outputs();
        for (Output o : outputs) {
            if (o.file() != null) {
                ReportTargets.check(env, "--format " + o.format().label() + ":" + o.file(), o.file());
            }
        }
        if (writeBaseline != null) {
            ReportTargets.check(env, "--write-baseline", writeBaseline);
        }
        boolean colour = colour();
        ResolvedConfig resolved = ConfigResolver.resolve(overrides(), env.workingDir());
        Linter linter = rulePacks.builder(env, resolved).parameters(resolved.parameters())
                .varFiles(resolved.varFiles()).start();
        // the packs go on loading while the inputs are found and parsed unless a rule option needs their rules
        LintConfig cfg = resolved.configWhileLoading(linter::catalog);
        linter = linter.withConfig(cfg);
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new UsageException("--jobs must be at least 1, not " + threads);
        }
        boolean stdin = paths.stream().anyMatch(p -> p.toString().equals("-"));
        if (stdin && paths.size() > 1) {
            throw new UsageException("'-' (standard input) cannot be linted together with other paths; lint them"
                    + " in separate runs");
        }
        if (stdinFilename != null && !stdin) {
            throw new UsageException("--stdin-filename names standard input: give '-' as the path");
        }
        if (stdinFilename != null && stdinFilename.isBlank()) {
            throw new UsageException("--stdin-filename: the name is empty");
        }
        if (newOnly && base == null) {
            throw new UsageException("--new-only needs --base: the findings of the base are what it leaves out");
        }
        if (base != null && stdin) {
            throw new UsageException("--base cannot be used with standard input ('-')");
        }
        ProjectLinter project = new ProjectLinter(linter);
        LintResult result;
        java.util.Collection<String> baseFingerprints = null;
        if (base != null) {
            if (base.isBlank()) {
                throw new UsageException("--base: the revision or folder is empty");
            }
            var change = new dev.sagelint.engine.change.ChangeLinter(linter)
                    .lintAgainst(env.workingDir(), paths, base, "--base", threads);
            if (!quiet) {
                for (var problem : change.baseProblems()) {
                    spec.commandLine().getErr().println("sagelint: base " + base + ": " + problem);
                }
            }
            result = newOnly ? change.newOnly() : change.head();
            baseFingerprints = change.base().fingerprints().values();
        } else {
            result = stdin
                    ? project.lintStdin(env.workingDir(), stdinFilename == null ? "stdin" : stdinFilename, env.stdin())
                    : project.lint(env.workingDir(), paths, threads);
        }
        // a rule id of the file no pack provides is a usage error (exit 2, at its line), the findings unreported
        resolved.checkRuleIds(linter.catalog());
        if (result.filesScanned().isEmpty() && result.unreadable().isEmpty() && !quiet) {
            spec.commandLine().getErr().println("sagelint: no supported input found in "
                    + (stdin ? "standard input" + (stdinFilename == null ? "" : " (" + stdinFilename + ")")
                    : paths.isEmpty() ? "the working folder" : paths.stream().map(Path::toString)
                    .collect(java.util.stream.Collectors.joining(" ")))
                    + " (sagelint specs, CloudFormation, Terraform, AWS API JSON); "
                    + (!stdin ? "check the paths and --include"
                    : stdinFilename == null ? "formats go by the file name too: give one with --stdin-filename NAME"
                    + " (main.tf, template.yaml)" : "check the content and the name's extension"));
        }
        if (writeBaseline != null) {
            Baseline b = Baseline.of(result);
            AtomicFiles.write(env.resolve(writeBaseline), b.toJson());
            if (!quiet) {
                spec.commandLine().getErr().println("sagelint: recorded " + b.entries().size() + " finding"
                        + (b.entries().size() == 1 ? "" : "s") + " in " + writeBaseline);
            }
            result = b.filter(result);
        }
        Report plainReport = new Report(result, linter.catalog(), ToolInfo.version(), cfg);
        Report report = baseFingerprints == null ? plainReport : plainReport.withBase(baseFingerprints);
        PrintWriter out = spec.commandLine().getOut();
        String repositoryPrefix = dev.sagelint.report.RepositoryRoot.prefix(env.workingDir(), null);
        for (Output o : outputs) {
            if (o.file() == null && o.format() == ReportFormat.TEXT) {
                // the summary goes to standard error below, once, whatever the formats
                new dev.sagelint.report.TextReporter(colour, false).write(report, out);
            } else if (o.file() == null) {
                o.format().reporter(false, repositoryPrefix).write(report, out);
            } else {
                AtomicFiles.write(env.resolve(o.file()), w -> o.format().reporter(false, repositoryPrefix).write(report, w));
            }
        }
        out.flush();
        if (!quiet) {
            spec.commandLine().getErr().println(dev.sagelint.report.TextReporter.summaryLine(report));
        }
        return Outcome.of(result, cfg).exitCode();
    }

    private record Output(ReportFormat format, Path file) {
    }

    private List<Output> outputs() {
        List<Output> out = new ArrayList<>();
        for (String f : formats.isEmpty() ? List.of("text") : formats) {
            int colon = f.indexOf(':');
            String name = colon < 0 ? f : f.substring(0, colon);
            String file = colon < 0 ? null : f.substring(colon + 1);
            ReportFormat format;
            try {
                format = ReportFormat.parse(name);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--format " + f + ": " + e.getMessage());
            }
            if (file != null && file.isBlank()) {
                throw new UsageException("--format " + f + ": the file name after ':' is empty");
            }
            out.add(new Output(format, file == null ? null : Path.of(file)));
        }
        java.util.Map<Path, String> targets = new java.util.HashMap<>();
        for (Output o : out) {
            if (o.file() != null) {
                String previous = targets.putIfAbsent(env.resolve(o.file()).toAbsolutePath().normalize(),
                        o.format().label());
                if (previous != null) {
                    throw new UsageException("--format " + o.format().label() + ":" + o.file() + ": the " + previous
                            + " report is already written to " + o.file() + "; give each report its own file");
                }
            }
        }
        if (out.stream().filter(o -> o.file() == null).count() > 1) {
            throw new UsageException("only one --format can write to standard output; give the others a file "
                    + "(--format sarif:sagelint.sarif)");
        }
        return out;
    }

    private boolean colour() {
        return switch (color) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> env.terminal() && env.variables().getOrDefault("NO_COLOR", "").isEmpty();
            default -> throw new UsageException("--color " + color + ": expected auto, always or never");
        };
    }

    /** The options that override the configuration file, in the command line's words. */
    private Overrides overrides() {
        Overrides.Builder o = configOptions.overrides().failOnSeverity(failOnSeverity).includes(includes)
                .excludes(excludes).respectGitignore(respectGitignore).forceExclude(forceExclude)
                .baseline(baseline == null ? null : env.resolve(baseline))
                .noBaseline(writeBaseline != null) // the baseline being written must not hide what it records
                .parameterFiles(parameterFiles).varFiles(varFiles);
        return ruleBounds.overrides(o).build();
    }
}
