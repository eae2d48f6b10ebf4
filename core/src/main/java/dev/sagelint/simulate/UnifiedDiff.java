package dev.sagelint.simulate;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code --- a/PATH}, {@code +++ b/PATH}, 3 lines of context) that {@code git apply}
 * and {@code patch -p1} accept, run from the folder the display paths are relative to. Lines keep
 * their own terminators, so CRLF files and a last line without a newline survive the round trip
 * ("\ No newline at end of file", as diff writes it).
 */
public final class UnifiedDiff {

    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private UnifiedDiff() {
    }

    /** The diff of one file; "" when the texts are equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> out = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a, patch, 3);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < out.size(); i++) {
            String line = out.get(i);
            boolean header = i < 2 || line.startsWith("@@");
            if (header) {
                text.append(line).append('\n');
            } else if (line.endsWith("\n")) {
                text.append(line);
            } else {
                text.append(line).append('\n').append(NO_NEWLINE).append('\n');
            }
        }
        return text.toString();
    }

    /** Lines with their terminators; the last one has none when the text does not end with a newline. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }
}
