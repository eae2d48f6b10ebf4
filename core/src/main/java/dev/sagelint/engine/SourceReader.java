package dev.sagelint.engine;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.parse.Sniff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads input files from disk safely: the size limit, strict UTF-8 (a byte-order mark of UTF-16/32, a bad byte or
 * a NUL is reported with its line), and a message that says what to do when a file cannot be read. Detection reads
 * only a file's head ({@link #head}); the whole text is read when the file's deployment unit is linted
 * ({@link #read}), so a run never holds more than the units being linted.
 */
final class SourceReader {

    /** Bytes read for detection: enough for {@link Sniff#PREFIX_CHARS} characters of any UTF-8 text. */
    static final int HEAD_BYTES = 4 * Sniff.PREFIX_CHARS;

    private SourceReader() {
    }

    /** A file's text, or the fatal problem that kept it from being read. */
    record Read(SourceFile file, InputProblem problem) {
    }

    /**
     * The head of a file for detection ({@link SourceFile#head()}), or the fatal problem that keeps the file from
     * being read at all (too large, not UTF-8 in its head, unreadable). A bad byte past the head is found by
     * {@link #read}.
     */
    static Read head(String path, Path file, long limit) {
        return read(path, file, limit, true);
    }

    /** The whole text of a file, or the fatal problem that keeps it from being read. */
    static Read read(String path, Path file, long limit) {
        return read(path, file, limit, false);
    }

    private static Read read(String path, Path file, long limit, boolean headOnly) {
        Location start = new Location(path, 1, 1);
        try {
            long size = Files.size(file);
            if (size > limit) {
                return problem(start, "the file is " + size + " bytes, over the limit of " + limit
                        + " bytes; split it, or raise limits.maxFileBytes in .sagelint.yaml if it is trusted");
            }
            if (headOnly && size > HEAD_BYTES) {
                byte[] bytes = new byte[HEAD_BYTES];
                int n;
                try (InputStream in = Files.newInputStream(file)) {
                    n = in.readNBytes(bytes, 0, HEAD_BYTES);
                }
                return new Read(new SourceFile(path, decode(bytes, n, n < HEAD_BYTES)).head(), null);
            }
            byte[] bytes = Files.readAllBytes(file);
            SourceFile whole = new SourceFile(path, decode(bytes, bytes.length, true));
            return new Read(headOnly ? whole.head() : whole, null);
        } catch (CharacterCodingException e) {
            return decodingProblem(path, e);
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

    /**
     * Text that did not come from a file ({@code sagelint lint -} reads standard input): the same size limit and
     * strict UTF-8 as a file.
     *
     * @param bytes at most {@code limit + 1} bytes of the input, so an oversized input is seen without reading it all
     */
    static Read fromBytes(String path, byte[] bytes, long limit) {
        if (bytes.length > limit) {
            return problem(new Location(path, 1, 1), "the input is over the limit of " + limit
                    + " bytes; split it, or raise limits.maxFileBytes in .sagelint.yaml if it is trusted");
        }
        try {
            return new Read(new SourceFile(path, decode(bytes, bytes.length, true)), null);
        } catch (CharacterCodingException e) {
            return decodingProblem(path, e);
        }
    }

    private static Read decodingProblem(String path, CharacterCodingException e) {
        Location at = e instanceof Undecodable u ? new Location(path, u.line, u.column) : new Location(path, 1, 1);
        return problem(at, e.getMessage().startsWith("the file ") ? e.getMessage()
                : "the file is not valid UTF-8: " + e.getMessage() + "; save it as UTF-8 and lint it again");
    }

    private static Read problem(Location at, String message) {
        return new Read(null, InputProblem.fatalAt(at, message));
    }

    /** A byte that is not UTF-8 (or a NUL), with the line and column (in characters) where it sits. */
    private static final class Undecodable extends CharacterCodingException {
        private final int line;
        private final int column;
        private final String message;

        Undecodable(int line, int column, String message) {
            this.line = line;
            this.column = column;
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    /** The 1-based line and column (in Unicode characters) of the position after {@code chars[0, end)}. */
    private static int[] position(CharSequence chars, int end) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (chars.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1 + (int) chars.subSequence(lineStart, end).codePoints().count();
        return new int[] {line, column};
    }

    /**
     * Strict UTF-8 (a leading byte-order mark is dropped); says at which line and column the first bad byte is. With
     * {@code complete} false the bytes are the head of a longer file: a character cut at the end is not an error.
     */
    private static String decode(byte[] bytes, int length, boolean complete) throws CharacterCodingException {
        String bom = utf16Or32Bom(bytes);
        if (bom != null) {
            throw codingError("the file is " + bom + "; save it as UTF-8");
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, length - skip);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(length);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.charset.CoderResult result = decoder.decode(in, out, complete);
        if (result.isError()) {
            // what decoded before the bad byte gives its line and column: the position an editor shows
            int offset = in.position();
            int[] at = position(out.flip(), out.limit());
            throw new Undecodable(at[0], at[1], "byte 0x" + String.format("%02X", bytes[offset] & 0xff) + " at line "
                    + at[0] + ", column " + at[1] + " (byte offset " + offset + ") cannot be decoded");
        }
        if (complete) {
            decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            // valid UTF-8 but no text format allows NUL: UTF-16 without a byte-order mark, or a binary file
            int[] at = position(text, nul);
            throw new Undecodable(at[0], at[1], "the file has NUL bytes (the first at line " + at[0] + ", column "
                    + at[1] + "); it looks like UTF-16 or binary, not UTF-8 text; save it as UTF-8 or exclude it");
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
