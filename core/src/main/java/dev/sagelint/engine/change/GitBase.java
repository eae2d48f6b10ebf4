package dev.sagelint.engine.change;

import dev.sagelint.config.ConfigException;
import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.Globs;
import dev.sagelint.engine.ProjectLinter;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.InputFormat;
import dev.sagelint.parse.SourceFile;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The base read from a git revision with JGit (never by running git): the files the linted roots hold at that
 * commit, found as a folder walk finds them on disk (the formats' file names, the include/exclude globs, the skipped
 * folders, and, with respectGitignore, the {@code .gitignore} files of that commit and the repository's
 * {@code .git/info/exclude}), read into memory at the display paths the working tree's copies have.
 *
 * <p>Bounds: every file is held in memory until the base is linted (each under limits.maxFileBytes); symbolic links
 * and submodules are not followed, as a folder walk does not follow them.
 */
final class GitBase {

    /** The files read at the revision, and those that could not be read (SL001 on the base side). */
    record Read(String label, List<SourceFile> files, List<InputProblem> problems) {
    }

    private GitBase() {
    }

    /**
     * @param option how the revision was given, for messages ({@code --base HEAD~1}, {@code sagelint.baseRef=HEAD~1})
     * @throws ConfigException (a one-line usage error) when there is no repository, no such revision, the clone is
     *                         too shallow, or a root is outside the repository
     */
    static Read read(Path workingDir, List<Path> roots, String revision, String option, LintConfig config,
                     List<InputFormat> formats) {
        Path cwd = real(workingDir.toAbsolutePath().normalize());
        // the repository of the working folder, else of the first path (lint ~/infra from elsewhere)
        Path start = cwd;
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(start.toFile());
        if (builder.getGitDir() == null && !roots.isEmpty()) {
            start = existingFolder(cwd.resolve(roots.get(0)).normalize());
            builder = new FileRepositoryBuilder().readEnvironment().findGitDir(start.toFile());
        }
        if (builder.getGitDir() == null) {
            throw new ConfigException(option + ": not a folder, and " + start + " is not inside a git repository;"
                    + " give a folder to compare with, or lint inside a git checkout");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                throw new ConfigException(option + ": the repository " + repo.getDirectory() + " is bare: it has no"
                        + " working tree to compare with the revision");
            }
            Path top = real(repo.getWorkTree().toPath().toAbsolutePath().normalize());
            List<String> rels = new ArrayList<>();
            for (Path root : roots.isEmpty() ? List.of(cwd) : roots) {
                Path abs = real(cwd.resolve(root).normalize());
                if (!abs.startsWith(top)) {
                    throw new ConfigException(option + ": " + root + " is outside the git repository " + top
                            + ", so it has no version at " + revision + "; lint it without a base, or in its own"
                            + " repository");
                }
                rels.add(slashes(top.relativize(abs)));
            }
            RevCommit commit = commit(repo, revision, option);
            return new Reader(repo, top, cwd, config, formats, revision).read(commit, rels);
        } catch (IOException e) {
            throw new ConfigException(option + ": cannot read the repository: " + e.getMessage(), e);
        }
    }

    private static RevCommit commit(Repository repo, String revision, String option) throws IOException {
        ObjectId id;
        try {
            id = repo.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException
                 | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            throw new ConfigException(option + ": neither a folder nor a commit of the repository at " + repo.getWorkTree() + " (" + e.getMessage() + ")");
        } catch (MissingObjectException e) {
            throw shallowOr(repo, revision, option);
        }
        if (id == null) {
            throw shallowOr(repo, revision, option);
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(id);
        } catch (MissingObjectException e) {
            throw shallowOr(repo, revision, option);
        }
    }

    private static ConfigException shallowOr(Repository repo, String revision, String option) throws IOException {
        if (!repo.getObjectDatabase().getShallowCommits().isEmpty()) {
            return new ConfigException(option + ": the revision is not in this shallow clone of "
                    + repo.getWorkTree() + "; fetch the history (git fetch --unshallow, or fetch-depth: 0 in"
                    + " actions/checkout), or give a folder");
        }
        String near = nearest(repo, revision);
        return new ConfigException(option + ": neither a folder nor a revision of the repository at " + repo.getWorkTree() + (near == null ? "; give a branch, tag or commit (HEAD~1, origin/main)"
                : " (did you mean " + near + "?)"));
    }

    /** The branch or tag name closest to what was typed, when it is only a typo away. */
    private static String nearest(Repository repo, String revision) throws IOException {
        String best = null;
        int bestDistance = Math.max(1, Math.min(3, revision.length() / 4)) + 1;
        List<String> names = new ArrayList<>(List.of("HEAD"));
        for (Ref ref : repo.getRefDatabase().getRefs()) {
            names.add(Repository.shortenRefName(ref.getName()));
        }
        for (String name : names.stream().sorted().distinct().toList()) {
            int d = dev.sagelint.config.DidYouMean.distance(revision, name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    private static Path existingFolder(Path p) {
        Path dir = p;
        while (dir != null && !Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        return dir == null ? p : dir;
    }

    /** The path with symbolic links resolved as far as it exists, so the working tree and the roots compare. */
    private static Path real(Path p) {
        Path existing = p;
        Path rest = Path.of("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** One read of a commit's tree. */
    private static final class Reader {
        private final Repository repo;
        private final Path top;
        private final Path cwd;
        private final LintConfig config;
        private final List<InputFormat> formats;
        private final String revision;
        private final Globs includes;
        private final Globs excludes;
        private final Map<String, IgnoreNode> ignores = new HashMap<>();
        private IgnoreNode infoExclude;

        Reader(Repository repo, Path top, Path cwd, LintConfig config, List<InputFormat> formats, String revision) {
            this.repo = repo;
            this.top = top;
            this.cwd = cwd;
            this.config = config;
            this.formats = formats;
            this.revision = revision;
            this.includes = new Globs(config.includes());
            this.excludes = new Globs(config.excludes());
        }

        Read read(RevCommit commit, List<String> roots) throws IOException {
            // every blob under the roots, and the .gitignore files of the whole tree (a parent folder's apply too)
            Map<String, ObjectId> blobs = new TreeMap<>();
            try (TreeWalk walk = new TreeWalk(repo)) {
                walk.addTree(commit.getTree());
                walk.setRecursive(true);
                while (walk.next()) {
                    FileMode mode = walk.getFileMode(0);
                    if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                        continue;
                    }
                    String path = walk.getPathString();
                    if (config.respectGitignore() && (path.equals(".gitignore") || path.endsWith("/.gitignore"))) {
                        IgnoreNode node = new IgnoreNode();
                        try (InputStream in = repo.open(walk.getObjectId(0)).openStream()) {
                            node.parse(in);
                        }
                        ignores.put(path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "", node);
                    }
                    if (roots.stream().anyMatch(r -> r.isEmpty() || path.equals(r) || path.startsWith(r + "/"))) {
                        blobs.put(path, walk.getObjectId(0));
                    }
                }
            }
            if (config.respectGitignore()) {
                // a linked worktree shares info/exclude with its main repository, as git reads it
                Path exclude = repo.getCommonDirectory().toPath().resolve("info").resolve("exclude");
                if (Files.isRegularFile(exclude)) {
                    infoExclude = new IgnoreNode();
                    try (InputStream in = Files.newInputStream(exclude)) {
                        infoExclude.parse(in);
                    }
                }
            }
            List<SourceFile> files = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            for (Map.Entry<String, ObjectId> blob : blobs.entrySet()) {
                String path = blob.getKey();
                String root = roots.stream().filter(r -> path.equals(r)).findFirst()
                        .orElseGet(() -> roots.stream().filter(r -> r.isEmpty() || path.startsWith(r + "/"))
                                .findFirst().orElseThrow());
                if (wanted(path, root)) {
                    load(path, blob.getValue(), files, problems);
                }
            }
            return new Read(revision, files, problems);
        }

        /** As {@link ProjectLinter#discover} decides for the file on disk. */
        private boolean wanted(String path, String root) {
            String display = display(path);
            if (path.equals(root)) {
                return !config.forceExclude() || !excludes.matches(display) && !skippedFolder(path, "")
                        && !ignoredBelow(path, "");
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            return formats.stream().anyMatch(f -> f.files().matches(name))
                    && (includes.isEmpty() || includes.matches(display)) && !excludes.matches(display)
                    && !skippedFolder(path, root) && !ignoredBelow(path, root);
        }

        /** True when a folder between the root and the file is one a walk never enters. */
        private static boolean skippedFolder(String path, String root) {
            String[] parts = path.split("/");
            int first = root.isEmpty() ? 0 : root.split("/").length;
            for (int i = first; i < parts.length - 1; i++) {
                boolean asset = parts[i].startsWith("asset.") && i > 0 && parts[i - 1].equals("cdk.out");
                if (asset || ProjectLinter.SKIPPED_FOLDERS.contains(parts[i])) {
                    return true;
                }
            }
            return false;
        }

        /** True when git's ignore rules skip the file, or a folder below the root that holds it. */
        private boolean ignoredBelow(String path, String root) {
            if (!config.respectGitignore()) {
                return false;
            }
            String[] parts = path.split("/");
            int first = root.isEmpty() ? 0 : root.split("/").length;
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                prefix.append(i == 0 ? "" : "/").append(parts[i]);
                if (i >= first && ignored(prefix.toString(), i < parts.length - 1)) {
                    return true;
                }
            }
            return false;
        }

        private boolean ignored(String path, boolean directory) {
            for (String dir = parent(path); dir != null; dir = dir.isEmpty() ? null : parent(dir)) {
                IgnoreNode node = ignores.get(dir);
                if (node != null) {
                    Boolean result = node.checkIgnored(dir.isEmpty() ? path : path.substring(dir.length() + 1),
                            directory);
                    if (result != null) {
                        return result;
                    }
                }
            }
            Boolean excluded = infoExclude == null ? null : infoExclude.checkIgnored(path, directory);
            return excluded != null && excluded;
        }

        private static String parent(String path) {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }

        /** The path as the working tree's copy of the file is shown: relative to the working folder. */
        private String display(String path) {
            return ProjectLinter.display(cwd, top.resolve(path));
        }

        private void load(String path, ObjectId id, List<SourceFile> files, List<InputProblem> problems)
                throws IOException {
            String display = display(path);
            Location start = new Location(display, 1, 1);
            ObjectLoader loader;
            try {
                loader = repo.open(id);
            } catch (MissingObjectException e) {
                problems.add(InputProblem.fatalAt(start, "the file's content at " + revision + " is missing from"
                        + " the repository (a partial clone?); fetch it, or compare with a folder"));
                return;
            }
            long limit = config.limits().maxFileBytes();
            if (loader.getSize() > limit) {
                problems.add(InputProblem.fatalAt(start, "the file is " + loader.getSize() + " bytes at " + revision
                        + ", over the limit of " + limit + " bytes; raise limits.maxFileBytes in .sagelint.yaml if it"
                        + " is trusted"));
                return;
            }
            byte[] bytes = loader.getBytes();
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.indexOf('\0') >= 0) {
                    problems.add(InputProblem.fatalAt(start, "the file has NUL bytes at " + revision
                            + ": it is not UTF-8 text (UTF-16, or a binary file)"));
                    return;
                }
                files.add(new SourceFile(display, text));
            } catch (CharacterCodingException e) {
                problems.add(InputProblem.fatalAt(start, "the file is not UTF-8 text at " + revision
                        + "; the base is read as UTF-8, as the working tree is"));
            }
        }
    }
}
