package dev.sagelint.robustness;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.InputProblem;
import dev.sagelint.parse.DeploymentReader;
import dev.sagelint.parse.Limits;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-file watchdog: a parser that hangs, throws or overflows its stack costs one file, never the run. */
class WatchdogTest {

    /** Every file it reads well is one problem, "read"; it never holds a file that ignores cancellation. */
    private static MisbehavingFormat format() {
        return new MisbehavingFormat(true, new AtomicBoolean(true));
    }

    @Test
    void aParserThatNeverEndsIsCancelledAndReportedWhileTheOtherFilesAreRead() throws InterruptedException {
        MisbehavingFormat format = format();
        DeploymentReader reader = new DeploymentReader(List.of(format),
                new ParseContext(Limits.DEFAULT.withParseTimeoutMillis(300), Map.of(), Map.of()));
        List<Deployment> read = reader.read(List.of(new SourceFile("a/x.slow", "x"), new SourceFile("b/ok", "y")));

        assertThat(Sanity.problems(read)).extracting(p -> p.source().location().toString(), InputProblem::message,
                        InputProblem::fatal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a/x.slow:1:1", "reading took longer than 0.3 s; the file may"
                                + " be hostile (huge expansions, deep nesting) and was not linted; fix it, or raise"
                                + " limits.parseTimeoutMillis in .sagelint.yaml if it is trusted", true),
                        org.assertj.core.groups.Tuple.tuple("b/ok:1:1", "read", false));
        assertThat(HostileInputTest.idleWithin(format.slowWorker, 5_000)).as("the cancelled worker stopped:"
                + " its thread is gone or waits in the pool for the next unit").isTrue();
        assertThat(format.slowWorker.isDaemon()).as("workers never keep the JVM alive").isTrue();
    }

    @Test
    void aParserExceptionOrStackOverflowBecomesAProblemOnItsFileOnlyEvenInTheSameFolder() {
        DeploymentReader reader = new DeploymentReader(List.of(format()), ParseContext.defaults());
        List<Deployment> read = reader.read(List.of(new SourceFile("x.boom", ""), new SourceFile("y.deep", ""),
                new SourceFile("z", "")));

        List<InputProblem> problems = Sanity.problems(read);
        assertThat(problems).extracting(p -> p.source().location().toString())
                .containsExactly("x.boom:1:1", "y.deep:1:1", "z:1:1");
        assertThat(problems.get(0).message()).isEqualTo("sagelint could not read the file: internal error"
                + " (IllegalStateException: parser bug); the other files were linted; please report this with the"
                + " file (run with --debug for details)");
        assertThat(problems.get(0).fatal()).isTrue();
        assertThat(problems.get(1).message()).startsWith("the file is nested too deeply to read (the limit is 100 levels)");
        assertThat(problems.get(2).message()).isEqualTo("read");
    }
}
