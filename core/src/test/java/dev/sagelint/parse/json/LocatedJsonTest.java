package dev.sagelint.parse.json;

import dev.sagelint.model.Location;
import dev.sagelint.parse.Limits;
import dev.sagelint.parse.doc.Doc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** LocatedJson builds the located tree itself: scalars keep their text and kind, objects their key lines. */
class LocatedJsonTest {

    private static Doc parse(String text) {
        return ((LocatedJson.Parsed) LocatedJson.parse("t.json", text, Limits.DEFAULT)).doc();
    }

    @Test
    void scalarsKeepTheirTextAsWrittenAndTheirKind() {
        Doc.Arr arr = (Doc.Arr) parse("[2.0, 1e3, -0, \"a\\tb\", true, false, null]");
        assertThat(arr.items()).extracting(d -> ((Doc.Scalar) d).text() + " " + ((Doc.Scalar) d).kind())
                .containsExactly("2.0 NUMBER", "1e3 NUMBER", "-0 NUMBER", "a\tb STRING", "true BOOL", "false BOOL",
                        "null NULL");
    }

    @Test
    void objectsKeepWhereEachKeyIsAndWhereTheyEnd() {
        Doc.Obj o = (Doc.Obj) parse("{\n  \"A\": {\"x\": 1},\n  \"B\": [\n    1\n  ]\n}\n");
        assertThat(o.at()).isEqualTo(new Location("t.json", 1, 1));
        assertThat(o.endLine()).isEqualTo(6);
        assertThat(o.keyAt("B")).isEqualTo(new Location("t.json", 3, 3));
        assertThat(o.get("B").at()).isEqualTo(new Location("t.json", 3, 8));
        assertThat(((Doc.Arr) o.get("B")).endLine()).isEqualTo(5);
        assertThat(((Doc.Obj) o.get("A")).endLine()).isEqualTo(2);
    }

    @Test
    void aNumberNoDecimalHoldsFailsTheFile() {
        assertThat(LocatedJson.parse("t.json", "{\"a\": 1e99999999999}", Limits.DEFAULT))
                .isInstanceOf(LocatedJson.Failed.class);
    }
}
