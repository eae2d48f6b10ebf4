package dev.sagelint.engine.change;

import dev.sagelint.config.ConfigException;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.Linter;
import dev.sagelint.engine.ProjectLinter;
import dev.sagelint.model.Finding;
import dev.sagelint.parse.SourceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Change-aware linting: lints the base (the previous version: a folder, or a git revision read in memory) and the
 * head (the working tree) through the same streaming pipeline. The base run remembers its deployments
 * ({@link BaseIndex}); the head run adds, to each of its deployments, the transition facts that pair each endpoint,
 * config, variant, target and model with its base version ({@link Transitions}), so transition rules
 * ({@code VariantTransition(...)} in DRL) see both versions while every other rule sees the head as usual.
 */
public final class ChangeLinter {

    private final Linter linter;

    public ChangeLinter(Linter linter) {
        this.linter = linter;
    }

    /**
     * Both runs' results: the head's findings (transition rules included) and the base's own findings (for
     * {@code --new-only}, and the base's unreadable files).
     *
     * @param baseLabel how the base was given (a revision or a folder), for messages about it
     */
    public record Result(LintResult head, LintResult base, String baseLabel) {

        public Result(LintResult head, LintResult base) {
            this(head, base, "the base");
        }

        /**
         * The head's findings that the base does not have: a finding whose fingerprint (rule, file, text of the
         * reported line, occurrence; see {@link dev.sagelint.engine.Fingerprints}) is among the base's is left out
         * and counted as suppressed.
         */
        public LintResult newOnly() {
            java.util.Set<String> known = new java.util.HashSet<>(base.fingerprints().values());
            return head.without(head.findings().stream().filter(f -> known.contains(head.fingerprint(f))).toList(),
                    "already in the base (" + baseLabel + "), so the new-only view leaves it out");
        }

        /** The base's SL001 findings: base files that could not be read (the head has an SL004 note for each). */
        public List<Finding> baseProblems() {
            return base.findings().stream().filter(f -> f.ruleId().equals(UNREADABLE)).toList();
        }

        /** Whether a head finding was already in the base (its fingerprint is among the base's). */
        public boolean inBase(Finding headFinding) {
            return base.fingerprints().containsValue(head.fingerprint(headFinding));
        }
    }

    private static final String UNREADABLE = "SL001";

    /** Lints files held in memory: {@code base} at the display paths the head uses. */
    public Result lint(List<SourceFile> head, List<SourceFile> base, int jobs) {
        BaseIndex index = new BaseIndex();
        LintResult baseResult = linter.withHook(index).lint(base, jobs);
        index.freeze();
        LintResult headResult = linter.withHook(new Transitions(index, unreadable(baseResult), "the base"))
                .lint(head, jobs);
        return new Result(headResult, baseResult);
    }

    /**
     * Lints the roots under the working folder (the head) against the same roots under {@code baseFolder} (the
     * base): a root that the base does not have is simply absent from it (everything there is new).
     *
     * @throws ConfigException when the base folder does not exist
     */
    public Result lint(Path workingDir, List<Path> roots, Path baseFolder, int jobs) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        Path baseRoot = cwd.resolve(baseFolder).normalize();
        if (!Files.isDirectory(baseRoot)) {
            throw new ConfigException("--base " + baseFolder + ": no such folder (paths are relative to " + cwd + ")");
        }
        List<Path> baseRoots = new ArrayList<>();
        for (Path root : roots) {
            Path abs = cwd.resolve(root).normalize();
            if (!abs.startsWith(cwd)) {
                throw new ConfigException("--base " + baseFolder + ": " + root + " is outside the working folder "
                        + cwd + ", so it has no place in the base folder");
            }
            Path inBase = baseRoot.resolve(cwd.relativize(abs).toString());
            if (Files.exists(inBase)) {
                baseRoots.add(inBase);
            }
        }
        BaseIndex index = new BaseIndex();
        LintResult baseResult = roots.isEmpty() || !baseRoots.isEmpty()
                ? new ProjectLinter(baseLinter().withHook(index)).lint(baseRoot, baseRoots, jobs)
                : new LintResult(List.of(), List.of(), List.of(), 0);
        return head(cwd, roots, index, baseResult, baseFolder.toString(), jobs);
    }

    /**
     * Lints the roots under the working folder (the head) against the same paths at a git revision of the
     * repository that holds them (the base), read with JGit ({@link GitBase}).
     *
     * @param option how the revision was given, for errors ({@code --base}, {@code sagelint.baseRef})
     * @throws ConfigException (a usage error, one line) when there is no repository, no such revision, the clone is
     *                         too shallow, or a root is outside the repository
     */
    public Result lintRevision(Path workingDir, List<Path> roots, String revision, String option, int jobs) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        GitBase.Read read = GitBase.read(cwd, roots, revision, option + " " + revision, linter.config(),
                linter.formats());
        BaseIndex index = new BaseIndex();
        LintResult baseResult = baseLinter().withHook(index).lint(read.files(), read.problems(), jobs);
        return head(cwd, roots, index, baseResult, revision, jobs);
    }

    /**
     * The base given as a folder when one exists at {@code base} (relative to the working folder), else as a git
     * revision: what {@code --base} and {@code sagelint.baseRef} mean.
     */
    public Result lintAgainst(Path workingDir, List<Path> roots, String base, String option, int jobs) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        Path folder;
        try {
            folder = cwd.resolve(base).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            folder = null;
        }
        if (folder != null && Files.isDirectory(folder)) {
            return lint(cwd, roots, Path.of(base), jobs);
        }
        return lintRevision(cwd, roots, base, option, jobs);
    }

    /** The base is compared, not judged against a baseline file: all its findings count. */
    private Linter baseLinter() {
        return linter.withConfig(linter.config().withBaseline(null));
    }

    private Result head(Path cwd, List<Path> roots, BaseIndex index, LintResult baseResult, String label, int jobs) {
        index.freeze();
        LintResult headResult = new ProjectLinter(linter.withHook(new Transitions(index, unreadable(baseResult),
                label))).lint(cwd, roots, jobs);
        return new Result(headResult, baseResult, label);
    }

    private static java.util.Map<String, Finding> unreadable(LintResult base) {
        java.util.Map<String, Finding> out = new java.util.HashMap<>();
        base.findings().stream().filter(f -> f.ruleId().equals(UNREADABLE))
                .forEach(f -> out.putIfAbsent(f.location().file(), f));
        return out;
    }
}
