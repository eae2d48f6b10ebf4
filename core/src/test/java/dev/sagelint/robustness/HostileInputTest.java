package dev.sagelint.robustness;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.InputProblem;
import dev.sagelint.parse.DeploymentReader;
import dev.sagelint.parse.Formats;
import dev.sagelint.parse.Limits;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of the generated hostile corpus is read by every format without an exception escaping, every
 * location is inside its file, the problems are messages (no stack traces), nothing named by a YAML tag is
 * loaded, and no case needs the watchdog (its generous budget here means a timeout is a real hang, not a slow
 * machine). Cases that must fail say with which message and on which line.
 */
class HostileInputTest {

    /** Default limits, but a budget so large that hitting it can only mean a parser does not terminate. */
    static final Limits LIMITS = Limits.DEFAULT.withParseTimeoutMillis(60_000);
    static final DeploymentReader READER = new DeploymentReader(Formats.all(), new ParseContext(LIMITS, Map.of(), Map.of()));

    @TestFactory
    Stream<DynamicTest> everyHostileCaseIsReadSanely() {
        List<HostileCorpus> corpus = HostileCorpus.all();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        return corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    /** Wall time per case, printed (never asserted) so slow parsers show up in the build log. */
    static final Map<String, Long> MILLIS = new java.util.concurrent.ConcurrentHashMap<>();

    static void check(HostileCorpus c) {
        long start = System.nanoTime();
        List<Deployment> read = READER.read(c.files());
        MILLIS.put(c.name(), (System.nanoTime() - start) / 1_000_000);
        assertThat(Sanity.violations(c.files(), read)).as(c.name()).isEmpty();
        List<InputProblem> problems = Sanity.problems(read);
        assertThat(problems).as(c.name() + ": no parser may need the watchdog")
                .noneMatch(p -> p.message().contains("took longer than") || p.message().contains("internal error")
                        || p.message().contains("nested too deeply") || p.message().contains("more memory"));
        if (c.expect() != null) {
            assertThat(problems).as(c.name() + ": expected a problem with '" + c.expect() + "'"
                            + (c.line() > 0 ? " on line " + c.line() : ""))
                    .anyMatch(p -> p.message().toLowerCase(Locale.ROOT).contains(c.expect().toLowerCase(Locale.ROOT))
                            && (c.line() == 0 || p.source().location().line() == c.line()));
        }
    }

    /**
     * A user who raises maxNestingDepth far beyond the default still gets a result for 10,000-deep input and a
     * 1,000-deep Fn::If: the evaluators bound their own depth, and a parser that runs out of stack is reported
     * as too deep (never an internal error).
     */
    @TestFactory
    Stream<DynamicTest> deepInputUnderARaisedNestingLimit() {
        DeploymentReader raised = new DeploymentReader(Formats.all(), new ParseContext(
                new Limits(LIMITS.maxFileBytes(), 100_000, LIMITS.maxAliases(), 60_000), Map.of(), Map.of()));
        return HostileCorpus.all().stream().filter(c -> c.name().contains("deep"))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    List<Deployment> read = raised.read(c.files());
                    assertThat(Sanity.violations(c.files(), read)).as(c.name()).isEmpty();
                    assertThat(Sanity.problems(read)).as(c.name())
                            .noneMatch(p -> p.message().contains("internal error") || p.message().contains("took longer"));
                }));
    }

    @Test
    void noYamlTagEverLoadsTheClassItNames() {
        HostileCorpus.all().stream().filter(c -> c.name().contains("canary")).forEach(HostileInputTest::check);
        assertThat(Canary.Tripwire.TRIPPED).isFalse();
    }

    @Test
    void aFiftyMegabyteFileIsRejectedBeforeItIsParsed() {
        // 50 MB of spec text (Latin-1 chars: one byte each in memory); a parser reading it would take seconds
        String big = "apiVersion: sagelint/v1\nendpoints:\n" + "  - {name: e, variants: []}\n".repeat(50 * 1024 * 1024 / 28);
        SourceFile file = new SourceFile("big.yaml", big);
        assertThat(READER.groups(List.of(file))).as("the oversized file goes to no parser").isEmpty();
        List<Deployment> read = READER.read(List.of(file));
        assertThat(Sanity.problems(read)).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isTrue();
            assertThat(p.source().location().line()).isEqualTo(1);
            assertThat(p.message()).contains("more than the limit of 10485760").contains("maxFileBytes");
        });
    }

    @AfterAll
    static void noParseThreadIsLeftRunning() throws InterruptedException {
        System.out.println("hostile corpus: " + MILLIS.size() + " cases, slowest: " + MILLIS.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .map(e -> e.getKey() + " " + e.getValue() + " ms").toList());
        for (int i = 0; i < 100 && busyParseThreads() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(busyParseThreads()).as("sagelint-parse threads still working").isZero();
    }

    /** Parse threads still running a task: the pool keeps idle ones, waiting for the next unit. */
    static long busyParseThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("sagelint-parse") && !idle(t)).count();
    }

    /** True when the thread has ended or is parked, as an idle pool thread is, within the time. */
    static boolean idleWithin(Thread t, long millis) throws InterruptedException {
        for (long i = 0; i < millis / 20 && !idle(t); i++) {
            Thread.sleep(20);
        }
        return idle(t);
    }

    private static boolean idle(Thread t) {
        Thread.State s = t.getState();
        return s == Thread.State.TERMINATED || s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING;
    }
}
