package dev.sagelint.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Report files: written whole, only as regular files, with the mode a user expects (issue 14, class 4). */
class AtomicFilesTest {

    @TempDir
    Path tmp;

    private static void assumePosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
    }

    @Test
    void anExistingFileKeepsItsMode() throws IOException {
        assumePosix();
        for (String mode : new String[] {"rw-r-----", "rwxr-xr-x", "rw-------"}) {
            Path f = tmp.resolve("report-" + mode + ".json");
            Files.writeString(f, "old");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
            AtomicFiles.write(f, "new");
            assertThat(Files.readString(f)).isEqualTo("new");
            assertThat(Modes.of(f)).as(mode).isEqualTo(mode);
        }
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGivesNotOwnerOnly() throws IOException {
        assumePosix();
        // what the process's umask makes of 0666: the mode a shell's '>' would give the report
        Path probe = Files.createFile(tmp.resolve("probe"));
        String expected = Modes.of(probe);
        Path f = tmp.resolve("out/new.sarif");
        AtomicFiles.write(f, "{}");
        assertThat(Modes.of(f)).isEqualTo(expected);
        if (!expected.equals("rw-------")) {
            assertThat(Modes.of(f)).as("not createTempFile's 0600").isNotEqualTo("rw-------");
        }
        try (var left = Files.list(f.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("new.sarif");
        }
    }

    @Test
    void aFolderIsRefusedAndLeftAsItIs() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        assertThatThrownBy(() -> AtomicFiles.write(dir, "x"))
                .isInstanceOf(AtomicFiles.BadTarget.class)
                .hasMessage(dir + " is a folder; give the name of a file to write (in it or elsewhere)");
        assertThat(dir).isDirectory().isEmptyDirectory();
    }

    @Test
    void aDeviceIsRefusedNeverReplaced() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        assertThatThrownBy(() -> AtomicFiles.checkTarget(devNull, "/dev/null"))
                .hasMessage("not a regular file: /dev/null (character device); reports are written to regular files"
                        + " only, never into a FIFO or a device; give a file name");
        assertThatThrownBy(() -> AtomicFiles.write(devNull, "x")).isInstanceOf(AtomicFiles.BadTarget.class);
        assertThat(Files.isRegularFile(devNull)).isFalse();
    }

    @Test
    void aFifoIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = tmp.resolve("pipe.json");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo")));
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0);
        assertThatThrownBy(() -> AtomicFiles.write(fifo, "x"))
                .hasMessage("not a regular file: " + fifo + " (FIFO); reports are written to regular files only,"
                        + " never into a FIFO or a device; give a file name");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aPathUnderAFileIsRefusedBeforeAnythingIsCreated() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "keep");
        Path target = file.resolve("sub/report.json");
        assertThatThrownBy(() -> AtomicFiles.write(target, "x"))
                .hasMessage(target + " cannot be created: " + file + " is a file, not a folder; give a path in a"
                        + " folder");
        assertThat(Files.readString(file)).isEqualTo("keep");
    }

    /** A file's permissions as ls shows them. */
    private static final class Modes {
        static String of(Path f) throws IOException {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
        }
    }
}
