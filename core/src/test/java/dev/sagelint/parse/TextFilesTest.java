package dev.sagelint.parse;

import dev.sagelint.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The one reader of configuration, baseline, parameter, variable, traffic and price files. */
class TextFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aRegularUtf8FileIsReadWithoutItsByteOrderMark() throws IOException {
        Path f = tmp.resolve("a.yaml");
        Files.write(f, ("\uFEFFkey: caf\u00e9\n").getBytes(StandardCharsets.UTF_8));
        assertThat(TextFiles.read(f, "a.yaml", 100)).isEqualTo("key: caf\u00e9\n");
    }

    @Test
    void devZeroIsRefusedAsACharacterDeviceWithoutBeingRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "/dev/zero exists on Linux and macOS");
        assertThatThrownBy(() -> TextFiles.read(zero, "/dev/zero", TextFiles.MAX_BYTES))
                .isInstanceOf(TextFiles.Unreadable.class)
                .hasMessage("not a regular file: /dev/zero (character device); give a regular file");
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> TextFiles.read(tmp, "cfg", 10))
                .hasMessage("not a regular file: cfg (folder); give a regular file");
    }

    @Test
    void aFifoIsRefusedAtOnceNotOpened() throws Exception {
        Path fifo = mkfifo(tmp.resolve("pipe.csv"));
        // opening a FIFO without a writer would block: the refusal must come from its attributes alone
        assertThatThrownBy(() -> TextFiles.read(fifo, "pipe.csv", 10))
                .hasMessage("not a regular file: pipe.csv (FIFO); give a regular file");
        assertThat(TextFiles.nonRegularKind(fifo)).isEqualTo("FIFO");
    }

    @Test
    void aFileOverTheLimitIsRefusedAfterReadingOneByteMoreThanTheLimit() throws IOException {
        Path f = tmp.resolve("big.csv");
        Files.writeString(f, "x".repeat(101));
        assertThatThrownBy(() -> TextFiles.read(f, "big.csv", 100))
                .hasMessage("big.csv: the file is over the limit of 100 bytes for this kind of file"
                        + " (see docs/robustness.md); give a smaller file");
        assertThat(TextFiles.read(f, "big.csv", 101)).hasSize(101);
    }

    @Test
    void invalidUtf8IsReportedWithTheLineColumnAndEncoding() throws IOException {
        Path f = tmp.resolve("latin1.yaml");
        Files.write(f, "a: 1\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        TextFiles.Unreadable e = org.junit.jupiter.api.Assertions.assertThrows(TextFiles.Unreadable.class,
                () -> TextFiles.read(f, "latin1.yaml", 100));
        assertThat(e.location()).isEqualTo(new Location("latin1.yaml", 2, 10));
        assertThat(e.getMessage()).isEqualTo("latin1.yaml:2:10: the file is not valid UTF-8: byte 0xE9 at line 2,"
                + " column 10 (byte offset 14) cannot be decoded; save it as UTF-8 and lint it again");
    }

    @Test
    void utf16ByByteOrderMarkAndNulBytesAreNamed() throws IOException {
        Path bom = tmp.resolve("bom.json");
        Files.write(bom, "\uFEFF{}".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> TextFiles.read(bom, "bom.json", 100)).hasMessage(
                "bom.json:1:1: the file is UTF-16 (it starts with the byte-order mark FF FE); save it as UTF-8");
        Path nul = tmp.resolve("nul.json");
        Files.write(nul, "{}".getBytes(StandardCharsets.UTF_16BE));
        assertThatThrownBy(() -> TextFiles.read(nul, "nul.json", 100))
                .hasMessageStartingWith("nul.json:1:1: the file has NUL bytes (the first at line 1, column 1)");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> TextFiles.read(tmp.resolve("none.json"), "none.json", 100))
                .hasMessage("none.json: no such file");
        assertThat(TextFiles.nonRegularKind(tmp.resolve("none.json"))).isNull();
    }

    /** A FIFO made with mkfifo(1); the test is skipped where there is none (not Linux or macOS). */
    static Path mkfifo(Path path) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo")),
                "mkfifo is available");
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo succeeded");
        return path;
    }
}
