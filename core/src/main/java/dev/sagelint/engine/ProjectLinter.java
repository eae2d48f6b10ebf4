package dev.sagelint.engine;

import dev.sagelint.config.ConfigException;
import dev.sagelint.config.LintConfig;
import dev.sagelint.model.InputProblem;
import dev.sagelint.parse.DeploymentReader;
import dev.sagelint.parse.TextFiles;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Lints files and folders on disk: the part of a run both front ends share. Finds candidate files
 * under the roots (recursively, skipping tool output and caches ({@link #SKIPPED_FOLDERS} and
 * {@code cdk.out/asset.*}), what git ignores ({@link IgnoreFiles}, unless
 * {@link LintConfig#respectGitignore()} is off) and honouring the configuration's include/exclude
 * globs), reads them safely
 * (size limit, strict UTF-8; a file that cannot be read becomes an SL001 finding at 1:1 and is
 * listed in {@link LintResult#unreadable()}), lints them in parallel with a deterministic result, and
 * hides the findings recorded in the configured baseline.
 *
 * <p>Folders are searched for the files the input formats declare ({@link dev.sagelint.parse.InputFormat#files()});
 * the formats then decide by content. A file named explicitly is always read, whatever its
 * extension, and the globs and ignore rules do not apply to it unless {@link LintConfig#forceExclude()}
 * is on (pre-commit names every changed file).
 */
public final class ProjectLinter {

    /**
     * Folders never entered: version control, build output and tool caches whose files are copies or
     * downloads of inputs linted where they come from ({@code .terraform/} holds downloaded modules,
     * {@code .aws-sam/} the built copy of a SAM template).
     */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules", ".terraform",
            ".aws-sam");

    private final Linter linter;

    public ProjectLinter(Linter linter) {
        this.linter = linter;
    }

    public Linter linter() {
        return linter;
    }

    /**
     * Lints the roots (files or folders; the working folder when empty).
     *
     * @param workingDir display paths are relative to it, as are relative roots
     * @param jobs       threads for reading, parsing and rules; the result never depends on it
     * @throws ConfigException when a root does not exist or the baseline cannot be read
     */
    public LintResult lint(Path workingDir, List<Path> roots, int jobs) {
        return lintDiscovered(workingDir, discover(workingDir, roots), jobs);
    }

    /**
     * Lints files already found by {@link #discover}. A file that vanished or became unreadable since is
     * reported (SL001, listed as unreadable) and the others are linted as usual.
     */
    public LintResult lintDiscovered(Path workingDir, List<Path> files, int jobs) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        long limit = linter.config().limits().maxFileBytes();
        // detection reads only each file's head; the whole text is read when the file's unit is linted, unless the
        // head was the whole file and the run keeps it (up to KEPT_CHARS)
        AtomicLong keep = new AtomicLong(KEPT_CHARS);
        List<Detected> detected = Parallel.map(files, Math.max(1, jobs), f -> detect(cwd, f, limit, keep));
        List<Linter.Input> inputs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Detected d : detected) {
            if (d.problem() != null) {
                problems.add(d.problem());
            } else if (d.input() != null) {
                inputs.add(d.input());
            }
        }
        LintResult result = linter.lintInputs(inputs, problems, Math.max(1, jobs));
        String baseline = linter.config().baseline();
        return baseline == null ? result : readBaseline(cwd.resolve(baseline)).filter(result);
    }

    /**
     * Lints text read from standard input as if it were the file {@code name} ({@code sagelint lint -
     * --stdin-filename NAME}): the name chooses the format, as a file's name does, and is the path in the report.
     * The input is linted on its own, without the other files of its folder. With
     * {@link LintConfig#forceExclude()}, a name the excludes or git's ignore rules match is not linted.
     *
     * @param in read up to the size limit (one byte more, to tell that it is over)
     */
    public LintResult lintStdin(Path workingDir, String name, java.io.InputStream in) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        Path file = cwd.resolve(name).normalize();
        String path = display(cwd, file);
        LintConfig config = linter.config();
        if (config.forceExclude() && forceExcluded(cwd, file, new Globs(config.excludes()),
                config.respectGitignore() ? new IgnoreFiles() : null)) {
            return new LintResult(List.of(), List.of(), List.of(), 0);
        }
        long limit = config.limits().maxFileBytes();
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new ConfigException("cannot read standard input: " + e.getMessage(), e);
        }
        SourceReader.Read read = SourceReader.fromBytes(path, bytes, limit);
        List<Linter.Input> inputs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        if (read.problem() != null) {
            problems.add(read.problem());
        } else {
            DeploymentReader.sniff(linter.formats(), read.file().head())
                    .ifPresent(format -> inputs.add(new Linter.Input(path, format, () -> read)));
        }
        LintResult result = linter.lintInputs(inputs, problems, 1);
        String baseline = config.baseline();
        return baseline == null ? result : readBaseline(cwd.resolve(baseline)).filter(result);
    }

    /** A discovered file after detection: an input of a format, a file that cannot be read, or neither. */
    private record Detected(Linter.Input input, InputProblem problem) {
    }

    /**
     * The most characters of file text a run keeps from detection until the files are linted: a file detection read
     * whole (at most {@link SourceReader#HEAD_BYTES}) is then not opened, read and decoded a second time. Past this
     * sum the files are read again, so memory stays bounded whatever the number of files.
     */
    static final long KEPT_CHARS = 16L * 1024 * 1024;

    private Detected detect(Path cwd, Path file, long limit, AtomicLong keep) {
        String path = display(cwd, file);
        SourceReader.Read head = SourceReader.head(path, file, limit);
        if (head.problem() != null) {
            return new Detected(null, head.problem());
        }
        return DeploymentReader.sniff(linter.formats(), head.file())
                .map(format -> new Detected(new Linter.Input(path, format,
                        reader(head, () -> SourceReader.read(path, file, limit), keep)), null))
                .orElse(new Detected(null, null));
    }

    /** How a detected file is read when linted: its head when that is the whole file and {@code keep} allows. */
    static Supplier<SourceReader.Read> reader(SourceReader.Read head, Supplier<SourceReader.Read> again,
                                              AtomicLong keep) {
        return head.whole() && keep.addAndGet(-head.file().text().length()) >= 0 ? new Kept(head, again) : again;
    }

    /** A text detection read whole: handed out once (a unit linted again reads its file again), then dropped. */
    private static final class Kept implements Supplier<SourceReader.Read> {
        private SourceReader.Read read;
        private final Supplier<SourceReader.Read> again;

        Kept(SourceReader.Read read, Supplier<SourceReader.Read> again) {
            this.read = read;
            this.again = again;
        }

        @Override
        public synchronized SourceReader.Read get() {
            SourceReader.Read out = read;
            read = null;
            return out != null ? out : again.get();
        }
    }

    /** Reads a baseline file, or says clearly why it cannot. */
    public static Baseline readBaseline(Path file) {
        if (!Files.exists(file)) {
            throw new ConfigException("baseline " + file + " does not exist; create it with --write-baseline "
                    + file.getFileName());
        }
        try {
            return Baseline.parse(file.toString(), TextFiles.read(file, file.toString(), TextFiles.MAX_BYTES));
        } catch (TextFiles.Unreadable e) {
            throw e.location() != null ? new ConfigException(e.location(), e.problem())
                    : new ConfigException("baseline: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** The files a run would read, sorted by display path. */
    public List<Path> discover(Path workingDir, List<Path> roots) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        LintConfig config = linter.config();
        Globs includes = new Globs(config.includes());
        Globs excludes = new Globs(config.excludes());
        IgnoreFiles ignores = config.respectGitignore() ? new IgnoreFiles() : null;
        // by display path, each computed once: a comparator that computed both sides' paths on every comparison was
        // a tenth of the main thread's time at 10,000 files
        Map<String, Path> out = new TreeMap<>();
        for (Path root : roots.isEmpty() ? List.of(cwd) : roots) {
            Path abs = cwd.resolve(root).normalize();
            if (Files.isRegularFile(abs)) {
                if (!config.forceExclude() || !forceExcluded(cwd, abs, excludes, ignores)) {
                    out.putIfAbsent(display(cwd, abs), abs);
                }
            } else if (Files.isDirectory(abs)) {
                walk(cwd, abs, includes, excludes, ignores, out);
            } else if (TextFiles.nonRegularKind(abs) != null) {
                // a FIFO or a device named on the command line: reading it would block or never end
                throw new ConfigException(TextFiles.notRegular(root.toString(), TextFiles.nonRegularKind(abs)));
            } else {
                throw new ConfigException("no such file or folder: " + root + " (paths are relative to " + cwd + ")");
            }
        }
        return List.copyOf(out.values());
    }

    /** With forceExclude, a named file is dropped as a walk would drop it: excluded, ignored by git, or in a cache. */
    private static boolean forceExcluded(Path cwd, Path file, Globs excludes, IgnoreFiles ignores) {
        if (excludes.matches(display(cwd, file))) {
            return true;
        }
        Path top = ignores != null ? ignores.top(file, cwd) : file.startsWith(cwd) ? cwd : file.getParent();
        for (Path dir = file.getParent(); dir != null && dir.startsWith(top) && !dir.equals(top); dir = dir.getParent()) {
            if (skipped(dir)) {
                return true;
            }
        }
        return ignores != null && ignores.ignoredBelow(top, file, false);
    }

    private void walk(Path cwd, Path root, Globs includes, Globs excludes, IgnoreFiles ignores,
                      Map<String, Path> out) {
        Path top = ignores == null ? root : ignores.top(root, cwd);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    return skipped(dir) || ignores != null && ignores.ignored(top, dir, true)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String path = display(cwd, file);
                    if (attrs.isRegularFile() && candidate(file) && (includes.isEmpty() || includes.matches(path))
                            && !excludes.matches(path) && (ignores == null || !ignores.ignored(top, file, false))) {
                        out.putIfAbsent(path, file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // an unreadable folder entry: let read() report it if it looks like an input
                    if (candidate(file) && (ignores == null || !ignores.ignored(top, file, false))) {
                        out.putIfAbsent(display(cwd, file), file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ConfigException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    static boolean skipped(Path dir) {
        String name = dir.getFileName().toString();
        if (SKIPPED_FOLDERS.contains(name)) {
            return true;
        }
        Path parent = dir.getParent();
        return name.startsWith("asset.") && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals("cdk.out");
    }

    /** True when a format declares the file's name ending: the only list of extensions is the formats' own. */
    boolean candidate(Path file) {
        String name = file.getFileName().toString();
        return linter.formats().stream().anyMatch(f -> f.files().matches(name));
    }

    /** A path as reports show it: relative to the working folder, forward slashes. */
    public static String display(Path cwd, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String under = under(cwd, abs);
        if (under != null) {
            return under;
        }
        Path rel;
        try {
            rel = cwd.relativize(abs);
        } catch (IllegalArgumentException e) {
            rel = abs;
        }
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? abs.getFileName().toString() : s;
    }

    /**
     * {@code cwd.relativize(abs)} for a file below an absolute working folder, from the paths' strings (a normalised
     * path below it has the folder's string and a separator as its start); null otherwise. A walk of 10,000 files
     * spent a fifth of its discovery here, relativising paths name by name.
     */
    private static String under(Path cwd, Path abs) {
        if (!cwd.isAbsolute()) {
            return null;
        }
        String folder = cwd.toString();
        String path = abs.toString();
        String separator = abs.getFileSystem().getSeparator();
        int start = folder.endsWith(separator) ? folder.length() : folder.length() + separator.length();
        boolean below = path.length() > start && path.startsWith(folder)
                && path.startsWith(separator, start - separator.length());
        return below ? below(folder, path) : null;
    }

    /**
     * The part of {@code path} below {@code folder}, forward slashes, from the two paths' strings: both absolute and
     * normalised, the folder one of the path's parents (the ignore files' matching uses it too).
     */
    static String below(String folder, String path) {
        int start = folder.length() + (folder.endsWith(java.io.File.separator) ? 0 : 1);
        return path.substring(start).replace('\\', '/');
    }
}
