package dev.sagelint.parse.doc;

import dev.sagelint.model.FactField;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The one number rule and the one wording, whatever syntax the tree came from. */
class DocReaderTest {

    private static final Location OBJ = new Location("f", 1, 1);

    /** Typed fields to record values under, as a fact's {@code Field} enum declares them. */
    private enum F implements FactField {
        K("k"), A("a");

        private final Names names;

        F(String key) {
            this.names = Names.of(key);
        }

        @Override
        public Names names() {
            return names;
        }
    }

    /** {"K": value} with the key at 2:3 and the value at 2:8. */
    private static Doc.Obj one(Doc value) {
        Map<String, Doc> m = new LinkedHashMap<>();
        m.put("K", value);
        return new Doc.Obj(m, Map.of("K", new Location("f", 2, 3)), OBJ, 3);
    }

    private static Doc.Scalar scalar(String text, Doc.Kind kind) {
        return new Doc.Scalar(text, kind, new Location("f", 2, 8));
    }

    @ParameterizedTest(name = "{0} ({1}) reads as {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2           | NUMBER | 2    | null
            2.0         | NUMBER | 2    | null
            2e0         | NUMBER | 2    | null
            -0.0        | NUMBER | 0    | null
            2.5         | NUMBER | null | K is 2.5; expected a whole number
            2147483648  | NUMBER | null | K is 2147483648; expected a whole number between -2147483648 and 2147483647
            1e99999999999 | NUMBER | null | K is 1e99999999999; expected a whole number between -2147483648 and 2147483647
            "2"         | STRING | null | K is "2"; expected a whole number, written without quotes
            two         | STRING | null | K is "two"; expected a whole number
            true        | BOOL   | null | K is true; expected a whole number
            """)
    void wholeNumbers(String text, Doc.Kind kind, Integer expected, String message) {
        List<InputProblem> problems = new ArrayList<>();
        DocReader r = DocReader.of(one(scalar(text.replace("\"", ""), kind)), "x", DocReader.API, problems);
        assertThat(r.integer("K", F.K)).isEqualTo(expected);
        assertThat(problems.stream().map(InputProblem::message).toList())
                .isEqualTo(message == null ? List.of() : List.of(message));
        // the API style points fields and problems at the key
        assertThat(r.source().at("k")).hasToString("f:2:3");
        problems.forEach(p -> assertThat(p.location()).hasToString("f:2:3"));
    }

    @Test
    void convertingFormatsReadNumbersAndBooleansFromTextAndAsWrittenOnesDoNot() {
        DocReader.Style cfn = DocReader.CLOUDFORMATION;
        List<InputProblem> problems = new ArrayList<>();
        assertThat(DocReader.of(one(scalar(" 3.0 ", Doc.Kind.STRING)), "x", cfn, problems).integer("K")).isEqualTo(3);
        assertThat(DocReader.of(one(scalar("True", Doc.Kind.STRING)), "x", cfn, problems).bool("K")).isTrue();
        assertThat(problems).isEmpty();
        assertThat(DocReader.of(one(scalar("true", Doc.Kind.STRING)), "x", DocReader.API, problems).bool("K"))
                .isNull();
        assertThat(DocReader.of(one(scalar("5", Doc.Kind.NUMBER)), "x", DocReader.API, problems).text("K")).isNull();
        assertThat(DocReader.of(one(scalar("5", Doc.Kind.NUMBER)), "x", DocReader.SPEC, problems).text("K"))
                .isEqualTo("5");
        assertThat(problems.stream().map(InputProblem::message).toList()).containsExactly(
                "K is \"true\"; expected true or false, written without quotes", "K is 5; expected a string");
    }

    @Test
    void numbersADoubleCannotHoldAreRefusedNotReadAsInfinity() {
        List<InputProblem> problems = new ArrayList<>();
        assertThat(DocReader.of(one(scalar("1e400", Doc.Kind.NUMBER)), "x", DocReader.API, problems).number("K"))
                .isNull();
        assertThat(DocReader.of(one(scalar("1e308", Doc.Kind.NUMBER)), "x", DocReader.API, problems).number("K"))
                .isEqualTo(1e308);
        assertThat(problems).singleElement().extracting(InputProblem::message)
                .isEqualTo("K is 1e400; expected a number of magnitude below 1.8e308");
    }

    @Test
    void anUnknownValueIsNoProblemButItsFieldIsUnknown() {
        List<InputProblem> problems = new ArrayList<>();
        DocReader r = DocReader.of(one(new Doc.Unknown("a parameter", Set.of(), new Location("f", 2, 8))), "x",
                DocReader.SPEC, problems);
        assertThat(r.integer("K", F.K)).isNull();
        assertThat(problems).isEmpty();
        assertThat(r.source().isUnknown("k")).isTrue();
        assertThat(r.source().at(F.K)).hasToString("f:2:8");
        assertThat(r.source().fields()).containsOnlyKeys("k"); // only the typed field, not the spec's own key
    }

    @Test
    void aPlaceholderKeepsTheKnownPartsOfAStringAndIsUnknownOnlyAsAWhole() {
        List<InputProblem> problems = new ArrayList<>();
        Location at = new Location("f", 2, 8);
        DocReader partial = DocReader.of(one(Doc.Unknown.partial("arn:aws:s3:::${Bucket}", Set.of("Bucket"), at)),
                "x", DocReader.API, problems);
        assertThat(partial.placeholder("K", F.K)).isEqualTo("arn:aws:s3:::${Bucket}");
        assertThat(partial.source().isUnknown("k")).isFalse();
        assertThat(partial.source().at("k")).hasToString("f:2:3");
        DocReader whole = DocReader.of(one(new Doc.Unknown("a parameter", Set.of(), at)), "x", DocReader.API,
                problems);
        assertThat(whole.placeholder("K", F.K)).isNull();
        assertThat(whole.source().isUnknown("k")).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void aListWithItemsKnownOnlyUnderSomeConditionHasUnknownLengthAndKeepsItsPartlyKnownItems() {
        List<InputProblem> problems = new ArrayList<>();
        Location at = new Location("f", 2, 8);
        Doc list = new Doc.Arr(List.of(new Doc.Scalar("subnet-1", Doc.Kind.STRING, at),
                Doc.Unknown.partial("${Subnet}", Set.of("Subnet"), at), new Doc.Unknown("Fn::If", Set.of("B"), at)),
                at, 2);
        DocReader r = DocReader.of(one(list), "x", DocReader.CLOUDFORMATION, problems);
        assertThat(r.items("K", F.K)).extracting(Doc::text).containsExactly("subnet-1", "${Subnet}");
        assertThat(r.source().isUnknown("k")).isTrue();
        assertThat(r.textItems("K", F.K)).extracting(Doc::text).containsExactly("subnet-1", "${Subnet}", "${?}");
        assertThat(r.textItems("K", F.K)).last().extracting(Doc::refs).isEqualTo(Set.of("B"));
        assertThat(r.items("absent", F.A)).isNull();
        assertThat(r.present("K")).isTrue();
        assertThat(r.present("absent")).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void aPartlyKnownStringWhereAnObjectIsExpectedIsTheWrongType() {
        List<InputProblem> problems = new ArrayList<>();
        DocReader r = DocReader.of(one(Doc.Unknown.partial("${Config}", Set.of(), new Location("f", 2, 8))), "x",
                DocReader.CLOUDFORMATION, problems);
        assertThat(r.obj("K", F.K)).isNull();
        assertThat(r.source().isUnknown("k")).isTrue();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source().location()).hasToString("f:2:8");
            assertThat(p.message()).isEqualTo("K is a value known only at deploy time; expected an object");
        });
    }

    @Test
    void aFieldAloneIsReadUnderTheKeyItsFormatSpellsItWith() {
        Location at = new Location("f", 2, 8);
        List<InputProblem> problems = new ArrayList<>();
        for (var spelt : Map.of(DocReader.CLOUDFORMATION, "MinCapacity", DocReader.API, "MinCapacity",
                DocReader.TERRAFORM, "min_capacity", DocReader.SPEC, "minCapacity").entrySet()) {
            Map<String, Doc> m = Map.of(spelt.getValue(), new Doc.Scalar("2", Doc.Kind.NUMBER, at));
            DocReader r = DocReader.of(new Doc.Obj(m, Map.of(spelt.getValue(), at), OBJ, 3), "x", spelt.getKey(),
                    problems);
            assertThat(r.keyOf(dev.sagelint.model.ScalableTarget.Field.MIN_CAPACITY)).isEqualTo(spelt.getValue());
            assertThat(r.integer(dev.sagelint.model.ScalableTarget.Field.MIN_CAPACITY)).isEqualTo(2);
            assertThat(r.source().isSet(dev.sagelint.model.ScalableTarget.Field.MIN_CAPACITY)).isTrue();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void listsAndObjectsOfTheWrongTypeNameTheItem() {
        List<InputProblem> problems = new ArrayList<>();
        Location at = new Location("f", 4, 5);
        Doc list = new Doc.Arr(List.of(scalar("a", Doc.Kind.STRING), new Doc.Arr(List.of(), at, 4)), at, 4);
        DocReader r = DocReader.of(one(list), "x", DocReader.API, problems);
        assertThat(r.strings("K")).containsExactly("a");
        assertThat(r.objects("K")).isEmpty();
        assertThat(DocReader.of(scalar("5", Doc.Kind.NUMBER), "the spec", DocReader.SPEC, problems).keys()).isEmpty();
        assertThat(problems.stream().map(p -> p.location() + " " + p.message()).toList()).containsExactly(
                "f:4:5 K[1] is a list; expected a string",
                "f:2:8 K[0] is \"a\"; expected an object",
                "f:4:5 K[1] is a list; expected an object",
                "f:2:8 the spec is 5; expected an object");
    }

    @Test
    void aBlockAllowedOnceReadsAsAnObjectOnlyWhereTheFormatWritesBlocks() {
        Location first = new Location("f", 4, 3);
        Doc.Obj block = new Doc.Obj(Map.of("a", scalar("1", Doc.Kind.NUMBER)), Map.of("a", new Location("f", 5, 5)),
                first, 6);
        Doc.Obj other = new Doc.Obj(Map.of(), Map.of(), new Location("f", 7, 3), 7);
        Doc.Obj body = new Doc.Obj(Map.of("K", new Doc.Arr(List.of(block, other), first, 4)), Map.of("K", first),
                OBJ, 8);
        List<InputProblem> problems = new ArrayList<>();
        DocReader tf = DocReader.of(body, "x", DocReader.TERRAFORM, problems);
        DocReader nested = tf.obj("K", F.K);
        assertThat(nested.integer("a", F.A)).isEqualTo(1);
        assertThat(tf.source().at(F.K)).isEqualTo(first);
        assertThat(nested.source().at(F.A)).isEqualTo(new Location("f", 5, 5));
        assertThat(problems).isEmpty();
        assertThat(DocReader.of(body, "x", DocReader.API, problems).obj("K", F.K)).isNull();
        assertThat(problems.stream().map(p -> p.location() + " " + p.message()).toList())
                .containsExactly("f:4:3 K is a list; expected an object");
    }

    @Test
    void blocksWhoseNumberIsKnownOnlyAtDeployTimeAreReadButMayBeAbsent() {
        Location first = new Location("f", 4, 3);
        Doc.Obj block = new Doc.Obj(Map.of("a", scalar("1", Doc.Kind.NUMBER)), Map.of("a", new Location("f", 5, 5)),
                first, 6);
        Doc.Obj body = new Doc.Obj(Map.of("K", new Doc.Arr(List.of(block), first, 4, true),
                "A", new Doc.Arr(List.of(), first, 4)), Map.of("K", first, "A", first), OBJ, 8);
        DocReader tf = DocReader.of(body, "x", DocReader.TERRAFORM, new ArrayList<>());
        assertThat(tf.conditional("K")).isTrue();
        assertThat(tf.conditional("A")).isFalse();
        assertThat(tf.present("K")).isTrue();
        assertThat(tf.present("A")).as("no block of the type").isFalse();
        assertThat(tf.obj("K", F.K).integer("a", F.A)).as("what the one block read says").isEqualTo(1);
        assertThat(tf.source().isUnknown(F.K)).isTrue();
        assertThat(tf.source().at(F.K)).isEqualTo(first);
        DocReader api = DocReader.of(body, "x", DocReader.API, new ArrayList<>());
        assertThat(api.items("K", F.K)).hasSize(1);
        assertThat(api.source().isUnknown(F.K)).isTrue();
        assertThat(api.present("A")).as("an empty list is a list where blocks are not written").isTrue();
    }
}
