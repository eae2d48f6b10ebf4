package dev.sagelint.robustness;

import dev.sagelint.model.Deployment;
import dev.sagelint.parse.SourceFile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of every parser: mutated fixtures, examples and shared-corpus files, and random native
 * specs. For each input, no exception escapes a parser (the watchdog would turn one into an "internal error"
 * problem, which fails the property), every location is inside its file, and reading twice gives equal results.
 * 10,500 cases per run with fixed seeds, so CI is reproducible; a failure prints its seed and shrunk input.
 */
class ParserFuzzTest {

    static final List<SourceFile> SEEDS = seeds();

    private static List<SourceFile> seeds() {
        List<SourceFile> out = new ArrayList<>(Seeds.project());
        out.addAll(Seeds.shared());
        return List.copyOf(out);
    }

    @Provide
    Arbitrary<SourceFile> seed() {
        return Arbitraries.of(SEEDS);
    }

    @Provide
    Arbitrary<Mutations> mutations() {
        return Mutations.arbitrary();
    }

    @Provide
    Arbitrary<String> spec() {
        return RandomSpecs.spec();
    }

    @Property(tries = 8_000, seed = "20261128", shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void mutatedInputsAreReadSanelyAndDeterministically(@ForAll("seed") SourceFile seed,
                                                        @ForAll("mutations") Mutations mutations) {
        check(new SourceFile(seed.path(), mutations.apply(seed.text())));
    }

    // no edge cases: the spec and mutation generators combine into more of them than there are tries, which jqwik
    // then logs on every build; the seeded random specs are what this property is for
    @Property(tries = 2_500, seed = "8", shrinking = net.jqwik.api.ShrinkingMode.BOUNDED,
            edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void randomNativeSpecsAreReadSanelyAndDeterministically(@ForAll("spec") String spec,
                                                            @ForAll("mutations") Mutations mutations) {
        check(new SourceFile("random.yaml", spec));
        check(new SourceFile("random-mutated.yaml", mutations.apply(spec)));
    }

    static final java.util.concurrent.atomic.AtomicInteger CASES = new java.util.concurrent.atomic.AtomicInteger();

    @net.jqwik.api.lifecycle.AfterContainer
    static void report() {
        System.out.println("parser fuzz: " + CASES.get() + " inputs read twice each, from " + SEEDS.size() + " seeds");
    }

    static void check(SourceFile file) {
        CASES.incrementAndGet();
        List<SourceFile> files = List.of(file);
        List<Deployment> first = HostileInputTest.READER.read(files);
        assertThat(Sanity.violations(files, first)).isEmpty();
        assertThat(Sanity.problems(first)).noneMatch(p -> p.message().contains("internal error")
                || p.message().contains("took longer than") || p.message().contains("nested too deeply"));
        assertThat(HostileInputTest.READER.read(files)).as("the same input read twice").isEqualTo(first);
    }
}
