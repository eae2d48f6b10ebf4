package dev.sagelint.engine;

import dev.sagelint.config.ConfigException;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.SourceFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lints files and folders on disk: the part of a run both front ends share. Finds candidate files
 * under the roots (recursively, skipping {@code target/}, {@code node_modules/}, {@code .git/} and
 * {@code cdk.out/asset.*}, honouring the configuration's include/exclude globs), reads them safely
 * (size limit, strict UTF-8; a file that cannot be read becomes an SL001 finding at 1:1 and is
 * listed in {@link LintResult#unreadable()}), lints them in parallel with a deterministic result, and
 * hides the findings recorded in the configured baseline.
 *
 * <p>Folders are searched for files with the extensions inputs use ({@link #CANDIDATE_EXTENSIONS});
 * the input formats then decide by content. A file named explicitly is always read, whatever its
 * extension, and the globs do not apply to it.
 */
public final class ProjectLinter {

    public static final List<String> CANDIDATE_EXTENSIONS =
            List.of(".yaml", ".yml", ".json", ".template", ".tf", ".hcl");
    public static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules", ".git");

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
        List<Read> reads = Parallel.map(files, Math.max(1, jobs), f -> read(cwd, f));
        List<SourceFile> sources = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Read r : reads) {
            if (r.file() != null) {
                sources.add(r.file());
            } else {
                problems.add(r.problem());
            }
        }
        LintResult result = linter.lint(sources, problems, Math.max(1, jobs));
        String baseline = linter.config().baseline();
        return baseline == null ? result : readBaseline(cwd.resolve(baseline)).filter(result);
    }

    /** Reads a baseline file, or says clearly why it cannot. */
    public static Baseline readBaseline(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("baseline " + file + " does not exist; create it with --write-baseline "
                    + file.getFileName());
        }
        try {
            return Baseline.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("cannot read baseline " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** The files a run would read, sorted by display path. */
    public List<Path> discover(Path workingDir, List<Path> roots) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        Globs includes = new Globs(linter.config().includes());
        Globs excludes = new Globs(linter.config().excludes());
        Set<Path> out = new TreeSet<>((a, b) -> display(cwd, a).compareTo(display(cwd, b)));
        for (Path root : roots.isEmpty() ? List.of(cwd) : roots) {
            Path abs = cwd.resolve(root).normalize();
            if (Files.isRegularFile(abs)) {
                out.add(abs);
            } else if (Files.isDirectory(abs)) {
                walk(cwd, abs, includes, excludes, out);
            } else {
                throw new ConfigException("no such file or folder: " + root + " (paths are relative to " + cwd + ")");
            }
        }
        return List.copyOf(out);
    }

    private static void walk(Path cwd, Path root, Globs includes, Globs excludes, Set<Path> out) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String path = display(cwd, file);
                    if (attrs.isRegularFile() && candidate(file) && (includes.isEmpty() || includes.matches(path))
                            && !excludes.matches(path)) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // an unreadable folder entry: let read() report it if it looks like an input
                    if (candidate(file)) {
                        out.add(file);
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

    static boolean candidate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return CANDIDATE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** A path as reports show it: relative to the working folder, forward slashes. */
    public static String display(Path cwd, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel;
        try {
            rel = cwd.relativize(abs);
        } catch (IllegalArgumentException e) {
            rel = abs;
        }
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? abs.getFileName().toString() : s;
    }

    private record Read(SourceFile file, InputProblem problem) {
    }

    private Read read(Path cwd, Path file) {
        String path = display(cwd, file);
        Location start = new Location(path, 1, 1);
        long limit = linter.config().limits().maxFileBytes();
        try {
            long size = Files.size(file);
            if (size > limit) {
                return problem(start, "the file is " + size + " bytes, over the limit of " + limit
                        + " bytes; split it, or raise limits.maxFileBytes in .sagelint.yaml if it is trusted");
            }
            byte[] bytes = Files.readAllBytes(file);
            return new Read(new SourceFile(path, decode(bytes)), null);
        } catch (CharacterCodingException e) {
            return problem(start, e.getMessage().startsWith("the file ") ? e.getMessage()
                    : "the file is not valid UTF-8: " + e.getMessage() + "; save it as UTF-8 and lint it again");
        } catch (java.nio.file.NoSuchFileException e) {
            return problem(start, "the file disappeared while sagelint was running (deleted or moved);"
                    + " lint again once the files have settled");
        } catch (java.nio.file.AccessDeniedException e) {
            return problem(start, "the file cannot be read: permission denied; make it readable for the user "
                    + "running sagelint, or exclude it");
        } catch (IOException e) {
            return problem(start, "the file cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); check that it exists and is readable, or exclude it");
        }
    }

    private static Read problem(Location at, String message) {
        return new Read(null, InputProblem.fatalAt(at, message));
    }

    /** Strict UTF-8 (a leading byte-order mark is dropped); says on which line the first bad byte is. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        String bom = utf16Or32Bom(bytes);
        if (bom != null) {
            throw codingError("the file is " + bom + "; save it as UTF-8");
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String message = "byte 0x" + String.format("%02X", bytes[offset] & 0xff) + " on line " + line
                    + " (offset " + offset + ") cannot be decoded";
            throw new CharacterCodingException() {
                @Override
                public String getMessage() {
                    return message;
                }
            };
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            // valid UTF-8 but no text format allows NUL: UTF-16 without a byte-order mark, or a binary file
            int line = 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count();
            throw codingError("the file has NUL bytes (the first on line " + line + "); it looks like UTF-16 or binary,"
                    + " not UTF-8 text; save it as UTF-8 or exclude it");
        }
        return text;
    }

    /** The encoding a byte-order mark announces when it is not UTF-8's, else null. */
    private static String utf16Or32Bom(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xff : -1;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        if (b.length >= 4 && b0 == 0 && b1 == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
            return "UTF-32 (it starts with the byte-order mark 00 00 FE FF)";
        }
        if (b.length >= 4 && b0 == 0xFF && b1 == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32 (it starts with the byte-order mark FF FE 00 00)";
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return "UTF-16 (it starts with the byte-order mark FF FE)";
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return "UTF-16 (it starts with the byte-order mark FE FF)";
        }
        return null;
    }

    /** A coding error whose message is exactly the given sentence (read() prints it as it is). */
    private static CharacterCodingException codingError(String sentence) {
        return new CharacterCodingException() {
            @Override
            public String getMessage() {
                return sentence;
            }
        };
    }
}
