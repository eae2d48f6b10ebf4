package dev.sagelint.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableTest {

    @Test
    void aLineIsLeftAsItIsExactlyWhenNoCharacterNeedsAnEscapeOrIsALoneSurrogate() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "a" + (char) c + "b";
            boolean changed = Printable.needsEscape((char) c) || Character.isSurrogate((char) c);
            assertThat(Printable.line(s) == s).as("U+%04X", c).isEqualTo(!changed);
            if (!changed) {
                continue;
            }
            String escaped = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> Character.isSurrogate((char) c) ? String.valueOf(Printable.REPLACEMENT)
                        : String.format("\\u%04x", c);
            };
            assertThat(Printable.line(s)).as("U+%04X", c).isEqualTo("a" + escaped + "b");
        }
    }

    @Test
    void aSurrogatePairIsKeptAndALoneHalfIsReplacedWhereverItStands() {
        String pair = "\uD83D\uDE00";
        String line = "x" + pair + "y";
        assertThat(Printable.line(line)).isSameAs(line);
        assertThat(Printable.line(pair)).isSameAs(pair);
        assertThat(Printable.line("\uD83D")).isEqualTo("\uFFFD");
        assertThat(Printable.line("a\uDE00" + pair)).isEqualTo("a\uFFFD" + pair);
        assertThat(Printable.line(pair + "\uD83D")).isEqualTo(pair + "\uFFFD");
        assertThat(Printable.line("\uD83D\n")).isEqualTo("\uFFFD\\n");
    }
}
