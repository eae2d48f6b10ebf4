package dev.sagelint.report;

import dev.sagelint.parse.TextFiles;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see the old content or the new, never half of it: temporary file, then rename.
 *
 * <p>Only regular files are written: a target that is a folder, a FIFO or a device, or whose folder is a file, is
 * refused ({@link #checkTarget}) before anything is created, so a report never replaces {@code /dev/null} or a named
 * pipe with a regular file. Modes: a file that exists keeps its permissions; a new file gets what the process's umask
 * gives, as a shell's {@code >} would. That is why the temporary file is made with {@link Files#createFile} (mode
 * 0666 minus the umask) and not {@link Files#createTempFile}, which makes it 0600 and the rename would keep that.
 */
public final class AtomicFiles {

    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** A target sagelint will not write, with a one-line message that says why and what to give instead. */
    public static final class BadTarget extends IOException {
        public BadTarget(String message) {
            super(message);
        }
    }

    private AtomicFiles() {
    }

    /**
     * Refuses, without creating anything, a target that cannot be a regular file: an existing folder, FIFO or
     * device, or a path whose folder (or a folder above it) is a file. A missing folder is fine: it is created.
     *
     * @param name how the message names the target (the path the user gave)
     */
    public static void checkTarget(Path target, String name) throws BadTarget {
        Path abs = target.toAbsolutePath().normalize();
        String kind = TextFiles.nonRegularKind(abs);
        if ("folder".equals(kind)) {
            throw new BadTarget(name + " is a folder; give the name of a file to write (in it or elsewhere)");
        }
        if (kind != null) {
            throw new BadTarget("not a regular file: " + name + " (" + kind + "); reports are written to regular"
                    + " files only, never into a FIFO or a device; give a file name");
        }
        for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new BadTarget(name + " cannot be created: " + dir + " is a file, not a folder; give a path"
                        + " in a folder");
            }
        }
    }

    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        checkTarget(abs, target.toString());
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Set<PosixFilePermission> mode = existingMode(abs);
        Path tmp = createTemporary(dir, abs.getFileName().toString());
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            if (mode != null) {
                Files.setPosixFilePermissions(tmp, mode);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /** The permissions of the file being replaced; null when it is new or the file system is not POSIX. */
    private static Set<PosixFilePermission> existingMode(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    /** A new, empty file beside the target, created with the default mode (0666 minus the umask). */
    private static Path createTemporary(Path dir, String name) throws IOException {
        while (true) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }
}
