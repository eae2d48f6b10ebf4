package dev.sagelint.engine;

import org.eclipse.jgit.ignore.IgnoreNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Git's ignore rules as git applies them, matched by JGit's implementation ({@link IgnoreNode}) rather
 * than our own globs: every {@code .gitignore} from the top of the tree down to an entry's folder, the
 * deepest match winning (so {@code !name} in a nested file re-includes what a parent file ignored), and
 * {@code info/exclude} of the repository below them all (in {@code .git}, or in the common git folder of a linked
 * worktree or submodule whose {@code .git} is a {@code gitdir:} file). A folder git ignores is not entered, so
 * nothing under it can be re-included, as in git.
 *
 * <p>The top of the tree is the git work tree (the nearest folder at or above the path with a
 * {@code .git} entry). Outside a work tree, the {@code .gitignore} files from the given fallback folder
 * down still apply: a copy of a repository without its {@code .git} is read as the repository would be.
 * The user's global excludes file ({@code core.excludesFile}) is not read: the result must not depend on
 * the machine.
 */
final class IgnoreFiles {

    private final Map<Path, Optional<IgnoreNode>> nodes = new ConcurrentHashMap<>();
    private final Map<Path, Optional<Path>> workTrees = new ConcurrentHashMap<>();

    /**
     * The folder whose ignore files are the outermost that apply to {@code path}: its git work tree, else
     * {@code fallback} when the path is under it, else the path's own folder.
     */
    Path top(Path path, Path fallback) {
        Path start = Files.isDirectory(path) ? path : path.getParent();
        Optional<Path> tree = start == null ? Optional.empty() : workTree(start);
        if (tree.isPresent()) {
            return tree.get();
        }
        if (path.startsWith(fallback)) {
            return fallback;
        }
        return start == null ? path : start;
    }

    /**
     * True when git ignores the entry. Only the entry's own name and path are matched, not its parent
     * folders: a walk checks each folder before it enters it ({@link #ignoredBelow} checks them all).
     *
     * @param top       from {@link #top}; {@code path} is under it
     * @param path      absolute, normalised
     * @param directory whether the entry is a folder (patterns ending in {@code /} match only folders)
     */
    boolean ignored(Path top, Path path, boolean directory) {
        String name = path.toString();
        for (Folder folder : folders(top, path.getParent())) {
            Boolean result = folder.node().checkIgnored(ProjectLinter.below(folder.path(), name), directory);
            if (result != null) {
                return result;
            }
        }
        Optional<Path> excludeFile = excludeFile(top);
        if (excludeFile.isPresent()) {
            Optional<IgnoreNode> exclude = node(excludeFile.get());
            if (exclude.isPresent()) {
                Boolean result = exclude.get().checkIgnored(relative(top, path), directory);
                return result != null && result;
            }
        }
        return false;
    }

    /** A folder with a {@code .gitignore} that has rules, its path as a string. */
    private record Folder(String path, IgnoreNode node) {
    }

    /** The folders from a top down to a folder: the folder is a key on its own only together with its top. */
    private record Chain(Path top, Path dir) {
        // written out, as in Finding: the generated ones are linked through ObjectMethods on first call, and
        // this is the first record a lint compares, on the main thread before any file is read
        @Override
        public boolean equals(Object o) {
            return o instanceof Chain c && Objects.equals(top, c.top) && Objects.equals(dir, c.dir);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(top) * 31 + Objects.hashCode(dir);
        }
    }

    private final Map<Chain, List<Folder>> folders = new ConcurrentHashMap<>();

    /**
     * The folders from {@code dir} up to {@code top} whose {@code .gitignore} has rules, deepest first: the same for
     * every entry of a folder, so it is found once per folder (a walk of 10,000 files looked each one up again for
     * every file, a third of its discovery).
     */
    private List<Folder> folders(Path top, Path dir) {
        if (dir == null) {
            return List.of();
        }
        Chain key = new Chain(top, dir);
        List<Folder> cached = folders.get(key);
        if (cached != null) {
            return cached;
        }
        List<Folder> found = new ArrayList<>();
        for (Path d = dir; d != null && d.startsWith(top); d = d.getParent()) {
            Path folder = d;
            node(d.resolve(".gitignore")).ifPresent(node -> found.add(new Folder(folder.toString(), node)));
        }
        List<Folder> chain = List.copyOf(found);
        folders.putIfAbsent(key, chain);
        return chain;
    }

    private final Map<Path, Optional<Path>> excludeFiles = new ConcurrentHashMap<>();

    /** The most bytes read of a {@code .git} file or a {@code commondir} file (both hold one path). */
    private static final int MAX_POINTER_BYTES = 4096;

    /**
     * The work tree's {@code info/exclude}, as git finds it: in the {@code .git} folder, or, where {@code .git} is a
     * file ({@code gitdir: PATH}, a linked worktree or a submodule), in the repository's common folder: the
     * {@code commondir} named in that git folder, else the git folder itself.
     */
    private Optional<Path> excludeFile(Path top) {
        return excludeFiles.computeIfAbsent(top, t -> {
            Path dotGit = t.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return Optional.of(dotGit.resolve("info").resolve("exclude"));
            }
            Optional<String> pointer = firstLine(dotGit).filter(l -> l.startsWith("gitdir:"));
            if (pointer.isEmpty()) {
                return Optional.empty();
            }
            Path gitDir = t.resolve(pointer.get().substring("gitdir:".length()).trim()).normalize();
            Path common = firstLine(gitDir.resolve("commondir")).map(c -> gitDir.resolve(c.trim()).normalize())
                    .orElse(gitDir);
            return Optional.of(common.resolve("info").resolve("exclude"));
        });
    }

    /** The first line of a small regular file, empty when it is missing, unreadable or not a regular file. */
    private static Optional<String> firstLine(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readNBytes(MAX_POINTER_BYTES), java.nio.charset.StandardCharsets.UTF_8);
            String line = text.lines().findFirst().orElse("").strip();
            return line.isEmpty() ? Optional.empty() : Optional.of(line);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** True when git ignores the entry or one of its folders below {@code top}. */
    boolean ignoredBelow(Path top, Path path, boolean directory) {
        Path rel = top.relativize(path);
        Path current = top;
        for (int i = 0; i < rel.getNameCount(); i++) {
            current = current.resolve(rel.getName(i));
            boolean last = i == rel.getNameCount() - 1;
            if (ignored(top, current, !last || directory)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Path> workTree(Path dir) {
        Optional<Path> cached = workTrees.get(dir);
        if (cached != null) {
            return cached;
        }
        Optional<Path> found = Optional.empty();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                found = Optional.of(d);
                break;
            }
        }
        workTrees.putIfAbsent(dir, found);
        return found;
    }

    private Optional<IgnoreNode> node(Path file) {
        Optional<IgnoreNode> cached = nodes.get(file);
        if (cached != null) {
            return cached;
        }
        Optional<IgnoreNode> parsed = parse(file);
        nodes.putIfAbsent(file, parsed);
        return parsed;
    }

    private static Optional<IgnoreNode> parse(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(file.toString(), in);
        } catch (IOException e) {
            // git itself skips an ignore file it cannot read; the files it would have hidden are then linted
            return Optional.empty();
        }
        return node.getRules().isEmpty() ? Optional.empty() : Optional.of(node);
    }

    private static String relative(Path dir, Path path) {
        return dir.relativize(path).toString().replace('\\', '/');
    }
}
