package dev.sagelint.robustness;

import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.Linter;
import dev.sagelint.model.Finding;
import dev.sagelint.parse.Limits;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.spi.RulePack;
import dev.sagelint.spi.RuleSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lint reads each unit on the worker that checks it, under the linter's watchdog: a parser that runs past its time
 * is interrupted, one that throws or overflows its stack costs its file, and one that never stops costs its worker,
 * which is replaced, never the run. The same messages as the reader's own watchdog ({@link WatchdogTest}).
 */
class WorkerReadTest {

    /** Lets the parser that ignores cancellation end once the tests are over. */
    static final AtomicBoolean RELEASE = new AtomicBoolean();

    @AfterAll
    static void release() {
        RELEASE.set(true);
    }

    /** Only SL001, as the built-in pack reports the problems of unread files. */
    private static final RulePack PROBLEMS = new RulePack() {
        @Override
        public String id() {
            return "problems";
        }

        @Override
        public List<RuleSource> sources() {
            return List.of(new RuleSource("problems.drl", """
                    package problems.rules
                    import dev.sagelint.model.*
                    global dev.sagelint.engine.FindingSink sink
                    rule "SL001" @severity("ERROR") @summary("Input cannot be read") @since("1.0")
                    when $p : InputProblem()
                    then sink.report($p.location(), $p.message());
                    end
                    """));
        }

        @Override
        public Optional<String> explanation(String ruleId) {
            return Optional.empty();
        }
    };

    private static MisbehavingFormat format() {
        return new MisbehavingFormat(false, RELEASE);
    }

    private static LintResult lint(MisbehavingFormat format, int jobs, String... paths) {
        Linter linter = Linter.builder().rulePack(PROBLEMS).formats(List.of(format))
                .config(LintConfig.defaults().withLimits(Limits.DEFAULT.withParseTimeoutMillis(300))).build();
        return linter.lint(java.util.Arrays.stream(paths).map(p -> new SourceFile(p, "x")).toList(), jobs);
    }

    private static final String TIMED_OUT = "reading took longer than 0.3 s; the file may be hostile (huge"
            + " expansions, deep nesting) and was not linted; fix it, or raise limits.parseTimeoutMillis in"
            + " .sagelint.yaml if it is trusted";

    @Test
    void aReadPastItsTimeIsInterruptedOnTheWorkerAndTheOtherFilesAreRead() throws InterruptedException {
        MisbehavingFormat format = format();
        LintResult result = lint(format, 2, "a.slow", "b", "c");
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "a.slow:1:1: error SL001 " + TIMED_OUT);
        assertThat(result.unreadable()).containsExactly("a.slow");
        assertThat(result.filesScanned()).containsExactly("b", "c");
        assertThat(format.slowWorker.getName()).as("read on the worker that checks the unit")
                .isEqualTo("sagelint-worker");
        assertThat(HostileInputTest.idleWithin(format.slowWorker, 5_000)).as("the interrupted worker went on").isTrue();
    }

    @Test
    void aReadThatNeverStopsCostsItsWorkerOnly() {
        LintResult result = lint(format(), 1, "a.stuck", "b", "c");
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "a.stuck:1:1: error SL001 " + TIMED_OUT);
        assertThat(result.filesScanned()).containsExactly("b", "c");
    }

    @Test
    void aReadThatNeverStopsAmongManyUnitsCostsItsWorkerOnly() {
        // 40 files on one thread are read in batches of several units: the stuck one is the 22nd, so its worker is
        // lost with the unit before it read and not yet checked, and the new one must check it and read on
        String[] paths = new String[40];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = String.format("f%02d", i) + (i == 21 ? ".stuck" : "");
        }
        LintResult result = lint(format(), 1, paths);
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "f21.stuck:1:1: error SL001 " + TIMED_OUT);
        List<String> others = new java.util.ArrayList<>(List.of(paths));
        others.remove("f21.stuck");
        assertThat(result.filesScanned()).containsExactlyElementsOf(others);
    }

    @Test
    void aParserExceptionOrStackOverflowOnTheWorkerCostsItsFileOnly() {
        LintResult result = lint(format(), 2, "x.boom", "y.deep", "z");
        assertThat(result.findings()).extracting(f -> f.location().file() + " " + f.ruleId() + " " + f.message())
                .containsExactly(
                        "x.boom SL001 sagelint could not read the file: internal error (IllegalStateException: parser"
                                + " bug); the other files were linted; please report this with the file (run with"
                                + " --debug for details)",
                        "y.deep SL001 the file is nested too deeply to read (the limit is 100 levels); flatten it, or"
                                + " lower the nesting if it was generated");
        assertThat(result.filesScanned()).containsExactly("z");
    }
}
