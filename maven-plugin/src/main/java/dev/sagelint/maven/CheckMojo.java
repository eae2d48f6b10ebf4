package dev.sagelint.maven;

import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.Linter;
import dev.sagelint.engine.RulePackException;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lints the SageMaker endpoint configurations of this module (native specs, infrastructure templates)
 * and fails the build when a finding reaches {@link #failOnSeverity}. Every finding is logged as
 * {@code path:line:column RULE message} at its own level, and the reports are written to
 * {@link #outputDirectory}.
 *
 * <p>All policy (what is read, what is suppressed, what fails) lives in sagelint-core and is shared
 * with the command line, so {@code mvn verify} and {@code sagelint check} never disagree.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractMojo {

    /** Skips the check, e.g. {@code -Dsagelint.skip} for a quick local build. */
    @Parameter(property = "sagelint.skip", defaultValue = "false")
    boolean skip;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info}, or
     * {@code none} to report without ever failing.
     */
    @Parameter(property = "sagelint.failOnSeverity", defaultValue = "error")
    String failOnSeverity;

    /**
     * The folders searched for inputs. Defaults to the module's base directory; in a multi-module
     * build the folders of child modules are left to those modules, so each file is checked once.
     */
    @Parameter(property = "sagelint.sourceDirectories")
    List<File> sourceDirectories;

    /**
     * Glob patterns, relative to a source directory, of the files to check, e.g.
     * {@code infra/**}{@code /*.yaml}. Empty means every file in a supported format.
     */
    @Parameter(property = "sagelint.includes")
    List<String> includes;

    /**
     * Glob patterns, relative to a source directory, of the files not to check. {@code target/} and
     * {@code node_modules/} are always skipped.
     */
    @Parameter(property = "sagelint.excludes")
    List<String> excludes;

    /**
     * The sagelint configuration file (disabled rules, severity overrides, traffic profiles).
     * Defaults to {@code .sagelint.yaml} in the module's base directory or the nearest parent folder
     * up to the top of the build, when there is one.
     */
    @Parameter(property = "sagelint.configLocation")
    File configLocation;

    /** The report formats written to {@link #outputDirectory}: {@code sarif}, {@code json}, {@code junit}, {@code text}. */
    @Parameter(property = "sagelint.outputFormats", defaultValue = "sarif,json")
    List<String> outputFormats;

    /** Where the reports are written; one folder per module. */
    @Parameter(property = "sagelint.outputDirectory", defaultValue = "${project.build.directory}/sagelint")
    File outputDirectory;

    /**
     * A baseline file of accepted findings (written by {@code sagelint baseline}); findings in it are
     * not reported, so a team can adopt sagelint without fixing everything first.
     */
    @Parameter(property = "sagelint.baseline")
    File baseline;

    /** Logs every finding, not only the summary. */
    @Parameter(property = "sagelint.consoleOutput", defaultValue = "true")
    boolean consoleOutput;

    /** The module's base directory: display paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory;

    /** Child modules, whose folders are left to their own execution. */
    @Parameter(defaultValue = "${project.modules}", readonly = true)
    List<String> modules;

    /** The top of the build, where the search for {@code .sagelint.yaml} stops. */
    @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}", readonly = true)
    File topDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sagelint: skipped (sagelint.skip)");
            return;
        }
        Optional<Severity> threshold = threshold(failOnSeverity);
        LintConfig config = LintConfig.defaults().withFailOnSeverity(threshold);
        List<dev.sagelint.parse.SourceFile> files = InterimInputs.collect(baseDirectory.toPath(),
                roots(), Parameters.split(includes), Parameters.split(excludes), modules);
        LintResult result = withPluginClassLoader(() -> linter(config).lint(files));
        log(result);
        List<String> reports = List.of();
        long failing = threshold.map(result::countAtLeast).orElse(0L);
        if (failing > 0) {
            throw new MojoFailureException(failureMessage(failing, threshold.get(), reports));
        }
    }

    private Linter linter(LintConfig config) throws MojoExecutionExceptionWrapper {
        try {
            return Linter.builder().discoverRulePacks(pluginClassLoader()).config(config).build();
        } catch (RulePackException e) {
            throw new MojoExecutionExceptionWrapper("sagelint: cannot load the rule packs: " + e.getMessage(), e);
        }
    }

    /** The source directories, {@link #baseDirectory} when none are given; relative ones resolved against it. */
    private List<File> roots() {
        if (sourceDirectories == null || sourceDirectories.isEmpty()) {
            return List.of(baseDirectory);
        }
        return Parameters.split(sourceDirectories.stream().map(File::getPath).toList()).stream()
                .map(p -> baseDirectory.toPath().resolve(p).normalize().toFile())
                .toList();
    }

    static Optional<Severity> threshold(String value) throws MojoExecutionException {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.parse(value));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("sagelint: failOnSeverity is '" + value
                    + "'; expected one of error, warning, info, none");
        }
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
        log.info(String.format(Locale.ROOT, "sagelint: %d file(s) checked, %d error(s), %d warning(s), %d info(s)",
                result.filesScanned().size(), result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO)));
    }

    static String failureMessage(long failing, Severity threshold, List<String> reports) {
        String msg = failing + (failing == 1 ? " sagelint finding" : " sagelint findings") + " at or above "
                + threshold.label() + " (failOnSeverity)";
        return reports.isEmpty() ? msg : msg + "; reports: " + String.join(", ", reports);
    }

    private ClassLoader pluginClassLoader() {
        return CheckMojo.class.getClassLoader();
    }

    /**
     * Runs an engine call with the plugin's class loader as the thread context class loader: KIE
     * service discovery reads it, and Maven does not promise what it is (docs/engine-notes section 4).
     */
    private <T> T withPluginClassLoader(Supplier<T> call) throws MojoExecutionException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(pluginClassLoader());
        try {
            return call.get();
        } catch (MojoExecutionExceptionWrapper e) {
            throw new MojoExecutionException(e.getMessage(), e.getCause());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Carries a MojoExecutionException out of a Supplier. */
    private static final class MojoExecutionExceptionWrapper extends RuntimeException {
        MojoExecutionExceptionWrapper(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
