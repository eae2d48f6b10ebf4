package dev.sagelint.parse;

import dev.sagelint.model.Location;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the text files sagelint takes besides the inputs it lints: the configuration, a baseline, CloudFormation
 * parameter files, Terraform variable files, traffic and price CSVs. Whatever the path names, the read is bounded:
 * anything that is not a regular file (a folder, a FIFO, {@code /dev/zero}) is refused by its attributes before it
 * is opened (opening a FIFO would wait for a writer; a device never ends), at most {@code maxBytes} are read, and
 * the bytes are decoded as strict UTF-8 with the place of the first bad byte. The linted inputs go through the same
 * {@link #decode} (the engine's source reader), so a template and a configuration report bad bytes alike.
 */
public final class TextFiles {

    /** The size limit of configuration, baseline, parameter and variable files (10 MiB, fixed). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private TextFiles() {
    }

    /** A file that cannot be read as text, with a one-line message that names it (and the place, when known). */
    public static final class Unreadable extends IOException {
        private final transient Location location;
        private final String problem;

        Unreadable(Location location, String problem) {
            super(location == null ? problem : location + ": " + problem);
            this.location = location;
            this.problem = problem;
        }

        /** The message without the place in front of it. */
        public String problem() {
            return problem;
        }

        /** Where the problem is (the first bad byte), or null when it concerns the whole file. */
        public Location location() {
            return location;
        }
    }

    /**
     * The text of a regular file of at most {@code maxBytes} bytes, decoded as strict UTF-8 (a leading byte-order
     * mark is dropped).
     *
     * @param name how messages name the file (the path the user gave, or the display path)
     */
    public static String read(Path file, String name, long maxBytes) throws Unreadable {
        requireRegular(file, name);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // never more than the limit plus one byte, whatever the size on disk claims (/proc files say 0)
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (NoSuchFileException e) {
            throw new Unreadable(null, name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new Unreadable(null, name + ": permission denied; make it readable for the user running sagelint");
        } catch (IOException e) {
            throw new Unreadable(null, name + ": cannot be read (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        if (bytes.length > maxBytes) {
            throw new Unreadable(null, name + ": the file is over the limit of " + maxBytes + " bytes for this"
                    + " kind of file (see docs/robustness.md); give a smaller file");
        }
        try {
            return decode(bytes, bytes.length, true);
        } catch (BadEncoding e) {
            throw new Unreadable(new Location(name, e.line(), e.column()), e.sentence());
        }
    }

    /**
     * Refuses, without opening it, a path that is not a regular file (links are followed). A path that does not
     * exist passes: the read reports it.
     */
    public static void requireRegular(Path file, String name) throws Unreadable {
        String kind = nonRegularKind(file);
        if (kind != null) {
            throw new Unreadable(null, notRegular(name, kind));
        }
    }

    /** The one-line refusal of a path that is not a regular file: what it is and what to give instead. */
    public static String notRegular(String name, String kind) {
        return "not a regular file: " + name + " (" + kind + "); give a regular file";
    }

    /**
     * What a path is when it exists but is not a regular file ("folder", "FIFO", "character device", "block
     * device", "socket"), else null (a regular file, or nothing there). Links are followed.
     */
    public static String nonRegularKind(Path file) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
        if (attrs.isRegularFile()) {
            return null;
        }
        if (attrs.isDirectory()) {
            return "folder";
        }
        try {
            // the file type bits of st_mode (S_IFMT); only the unix view tells a FIFO from a device
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "FIFO";
                case 0020000 -> "character device";
                case 0060000 -> "block device";
                case 0140000 -> "socket";
                default -> "special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "special file";
        }
    }

    /**
     * A byte that is not UTF-8, a NUL or a UTF-16/32 byte-order mark: the line and column (in characters) where it
     * sits and a sentence that says what was seen and that the file must be saved as UTF-8.
     */
    public static final class BadEncoding extends CharacterCodingException {
        private final int line;
        private final int column;
        private final String sentence;

        BadEncoding(int line, int column, String sentence) {
            this.line = line;
            this.column = column;
            this.sentence = sentence;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** The whole message, e.g. "the file is not valid UTF-8: byte 0xC3 ... ; save it as UTF-8". */
        public String sentence() {
            return sentence;
        }

        @Override
        public String getMessage() {
            return sentence;
        }
    }

    /**
     * Strict UTF-8 (a leading byte-order mark is dropped); says at which line and column the first bad byte is. With
     * {@code complete} false the bytes are the head of a longer file: a character cut at the end is not an error.
     */
    public static String decode(byte[] bytes, int length, boolean complete) throws BadEncoding {
        String bom = utf16Or32Bom(bytes, length);
        if (bom != null) {
            throw new BadEncoding(1, 1, "the file is " + bom + "; save it as UTF-8");
        }
        int skip = length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, length - skip);
        CharBuffer out = CharBuffer.allocate(length);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, complete);
        if (result.isError()) {
            // what decoded before the bad byte gives its line and column: the position an editor shows
            int offset = in.position();
            int[] at = position(out.flip(), out.limit());
            throw new BadEncoding(at[0], at[1], "the file is not valid UTF-8: byte 0x"
                    + String.format("%02X", bytes[offset] & 0xff) + " at line " + at[0] + ", column " + at[1]
                    + " (byte offset " + offset + ") cannot be decoded; save it as UTF-8 and lint it again");
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
            throw new BadEncoding(at[0], at[1], "the file has NUL bytes (the first at line " + at[0] + ", column "
                    + at[1] + "); it looks like UTF-16 or binary, not UTF-8 text; save it as UTF-8 or exclude it");
        }
        return text;
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

    /** The encoding a byte-order mark announces when it is not UTF-8's, else null. */
    private static String utf16Or32Bom(byte[] b, int length) {
        int b0 = length > 0 ? b[0] & 0xff : -1;
        int b1 = length > 1 ? b[1] & 0xff : -1;
        if (length >= 4 && b0 == 0 && b1 == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
            return "UTF-32 (it starts with the byte-order mark 00 00 FE FF)";
        }
        if (length >= 4 && b0 == 0xFF && b1 == 0xFE && b[2] == 0 && b[3] == 0) {
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
}
