package dev.sagelint.engine;

import dev.sagelint.model.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A byte that is not UTF-8 is reported where it sits, at its line and column, not at 1:1. */
class SourceReaderTest {

    private static byte[] bytes(String before, int bad, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] b = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + 1 + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        out[a.length] = (byte) bad;
        System.arraycopy(b, 0, out, a.length + 1, b.length);
        return out;
    }

    private static String located(SourceReader.Read read) {
        assertThat(read.file()).isNull();
        InputProblem p = read.problem();
        return p.source().location() + " " + p.message();
    }

    @Test
    void aLatin1ByteIsReportedAtItsLineAndColumn(@TempDir Path tmp) throws IOException {
        // "café" saved as Latin-1 on line 3: 0xE9 is the 4th character of "# caf"
        Path file = tmp.resolve("spec.yaml");
        Files.write(file, bytes("apiVersion: sagelint/v1\nendpoints: []\n# caf", 0xE9, "\n"));
        assertThat(located(SourceReader.read("spec.yaml", file, 1 << 20))).isEqualTo(
                "spec.yaml:3:6 the file is not valid UTF-8: byte 0xE9 at line 3, column 6 (byte offset 43) cannot be"
                        + " decoded; save it as UTF-8 and lint it again");
        assertThat(located(SourceReader.head("spec.yaml", file, 1 << 20))).startsWith("spec.yaml:3:6 ");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        // "ünï" is 3 characters in 6 bytes before the bad byte
        assertThat(located(SourceReader.fromBytes("stdin", bytes("a: ünï", 0xFF, ""), 1 << 20)))
                .startsWith("stdin:1:7 the file is not valid UTF-8: byte 0xFF at line 1, column 7 (byte offset 8)");
        // a lone continuation byte after a complete 2-byte character, and a bad byte after a byte-order mark
        assertThat(located(SourceReader.fromBytes("x.json", bytes("{\"\u00e9", 0x80, "\"}"), 1 << 20)))
                .startsWith("x.json:1:4 ");
        assertThat(located(SourceReader.fromBytes("x.json", bytes("\uFEFF{\n\"a\": \"", 0xC3, "(\"}"), 1 << 20)))
                .startsWith("x.json:2:7 ");
    }

    @Test
    void aNulByteIsReportedAtItsLineAndColumn() {
        assertThat(located(SourceReader.fromBytes("x.tf", bytes("a = 1\nb = ", 0, "2\n"), 1 << 20))).isEqualTo(
                "x.tf:2:5 the file has NUL bytes (the first at line 2, column 5); it looks like UTF-16 or binary, not"
                        + " UTF-8 text; save it as UTF-8 or exclude it");
    }

    @Test
    void anInputOverTheLimitIsRefusedWithoutDecodingIt() {
        assertThat(located(SourceReader.fromBytes("stdin", new byte[11], 10))).isEqualTo(
                "stdin:1:1 the input is over the limit of 10 bytes; split it, or raise limits.maxFileBytes in"
                        + " .sagelint.yaml if it is trusted");
    }

    @Test
    void aHeadThatIsTheWholeFileIsLintedOnceWithinTheRunsBudgetAndReadAgainAfterwards(@TempDir Path tmp)
            throws IOException {
        Path small = tmp.resolve("small.yaml");
        Files.writeString(small, "a: 1\n");
        Path large = tmp.resolve("large.yaml");
        Files.writeString(large, "a: 1\n" + "#".repeat(SourceReader.HEAD_BYTES) + "\n");
        SourceReader.Read smallHead = SourceReader.head("small.yaml", small, 1 << 20);
        SourceReader.Read largeHead = SourceReader.head("large.yaml", large, 1 << 20);
        assertThat(smallHead.whole()).isTrue();
        assertThat(largeHead.whole()).isFalse();
        assertThat(SourceReader.read("large.yaml", large, 1 << 20).whole()).isTrue();

        int[] readsAgain = new int[1];
        java.util.function.Supplier<SourceReader.Read> again = () -> {
            readsAgain[0]++;
            return SourceReader.read("small.yaml", small, 1 << 20);
        };
        var budget = new java.util.concurrent.atomic.AtomicLong(5);
        var kept = ProjectLinter.reader(smallHead, again, budget);
        assertThat(kept.get()).isSameAs(smallHead);
        assertThat(readsAgain[0]).isZero();
        // a unit checked again (its worker was lost) reads the file again
        assertThat(kept.get().file().text()).isEqualTo("a: 1\n");
        assertThat(readsAgain[0]).isEqualTo(1);
        // the budget is spent (5 characters): the next whole head is not kept
        assertThat(ProjectLinter.reader(smallHead, again, budget)).isSameAs(again);
        assertThat(ProjectLinter.reader(largeHead, again, new java.util.concurrent.atomic.AtomicLong(1 << 30)))
                .isSameAs(again);
    }
}
