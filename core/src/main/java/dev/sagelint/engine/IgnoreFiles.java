package dev.sagelint.engine;

import org.eclipse.jgit.ignore.IgnoreNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Git's ignore rules as git applies them, matched by JGit's implementation ({@link IgnoreNode}) rather
 * than our own globs: every {@code .gitignore} from the top of the tree down to an entry's folder, the
 * deepest match winning (so {@code !name} in a nested file re-includes what a parent file ignored), and
 * {@code .git/info/exclude} of the repository below them all. A folder git ignores is not entered, so
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
        for (Path dir = path.getParent(); dir != null && dir.startsWith(top); dir = dir.getParent()) {
            Optional<IgnoreNode> node = node(dir.resolve(".gitignore"));
            if (node.isPresent()) {
                Boolean result = node.get().checkIgnored(relative(dir, path), directory);
                if (result != null) {
                    return result;
                }
            }
        }
        if (Files.isDirectory(top.resolve(".git"))) {
            Optional<IgnoreNode> exclude = node(top.resolve(".git").resolve("info").resolve("exclude"));
            if (exclude.isPresent()) {
                Boolean result = exclude.get().checkIgnored(relative(top, path), directory);
                return result != null && result;
            }
        }
        return false;
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
