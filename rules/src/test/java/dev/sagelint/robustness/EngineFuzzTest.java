package dev.sagelint.robustness;

import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.Linter;
import dev.sagelint.model.Finding;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.rules.BuiltInRules;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated native specs through the whole engine with the built-in rules: no exception escapes
 * (a parser or rule failure would surface as an "internal error" SL001, which fails the property), every
 * finding is located inside its file, and the result does not depend on the number of threads.
 */
class EngineFuzzTest {

    static final Linter LINTER = Linter.builder().rulePack(new BuiltInRules()).build();

    @Provide
    Arbitrary<String> spec() {
        return RandomSpecs.spec();
    }

    @Provide
    Arbitrary<Mutations> mutations() {
        return Mutations.arbitrary();
    }

    // no edge cases, as in ParserFuzzTest: spec x mutations has more of them than there are tries, which jqwik logs
    @Property(tries = 600, seed = "20261128", shrinking = net.jqwik.api.ShrinkingMode.BOUNDED,
            edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void randomSpecsAreLintedSanelyAndDeterministically(@ForAll("spec") String spec,
                                                        @ForAll("mutations") Mutations mutations) {
        List<SourceFile> files = List.of(new SourceFile("a/random.yaml", spec),
                new SourceFile("b/mutated.yaml", mutations.apply(spec)));
        LintResult one = LINTER.lint(files, 1);
        for (Finding f : one.findings()) {
            assertThat(f.message()).as(f.toString()).doesNotContain("internal error", "took longer than");
            assertThat(f.location().file()).isIn("a/random.yaml", "b/mutated.yaml");
            int lines = (int) files.stream().filter(s -> s.path().equals(f.location().file())).findFirst()
                    .orElseThrow().text().chars().filter(c -> c == '\n').count() + 2;
            assertThat(f.location().line()).as(f.toString()).isBetween(0, lines);
        }
        assertThat(LINTER.lint(files, 2).findings()).as("--jobs 2 gives the same findings").isEqualTo(one.findings());
    }
}
