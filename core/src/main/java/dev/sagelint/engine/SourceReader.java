package dev.sagelint.engine;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.parse.Sniff;
import dev.sagelint.parse.TextFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads input files from disk safely: the size limit, strict UTF-8 ({@link TextFiles#decode}, shared with the
 * configuration and the other text files: a byte-order mark of UTF-16/32, a bad byte or a NUL is reported with its
 * line), and a message that says what to do when a file cannot be read. Detection reads
 * only a file's head ({@link #head}); the whole text is read when the file's deployment unit is linted
 * ({@link #read}), so a run never holds more than the units being linted.
 */
final class SourceReader {

    /** Bytes read for detection: enough for {@link Sniff#PREFIX_CHARS} characters of any UTF-8 text. */
    static final int HEAD_BYTES = 4 * Sniff.PREFIX_CHARS;

    private SourceReader() {
    }

    /**
     * A file's text, or the fatal problem that kept it from being read.
     *
     * @param whole the text is the whole file (a {@link #head} of a small file is), so it need not be read again
     */
    record Read(SourceFile file, InputProblem problem, boolean whole) {
        Read(SourceFile file, InputProblem problem) {
            this(file, problem, problem == null);
        }
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
            // one stat for the kind and the size
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            String kind = attrs.isRegularFile() ? null : TextFiles.nonRegularKind(file);
            if (kind != null) {
                // replaced by a FIFO or a device since the folder was listed: opening it could block for ever
                return problem(start, TextFiles.notRegular(path, kind));
            }
            long size = attrs.size();
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
                return new Read(new SourceFile(path, decode(bytes, n, n < HEAD_BYTES)).head(), null, false);
            }
            byte[] bytes = Files.readAllBytes(file);
            SourceFile whole = new SourceFile(path, decode(bytes, bytes.length, true));
            SourceFile out = headOnly ? whole.head() : whole;
            return new Read(out, null, out == whole);
        } catch (TextFiles.BadEncoding e) {
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
        } catch (TextFiles.BadEncoding e) {
            return decodingProblem(path, e);
        }
    }

    private static Read decodingProblem(String path, TextFiles.BadEncoding e) {
        return problem(new Location(path, e.line(), e.column()), e.sentence());
    }

    private static Read problem(Location at, String message) {
        return new Read(null, InputProblem.fatalAt(at, message));
    }

    private static String decode(byte[] bytes, int length, boolean complete) throws TextFiles.BadEncoding {
        return TextFiles.decode(bytes, length, complete);
    }
}
