package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a folder walk reads: .gitignore by default (--no-respect-gitignore, respectGitignore), --force-exclude. */
class WalkOptionsTest {

    @TempDir
    Path tmp;

    private Path project() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve(".gitignore"), "bad.yaml\nnested/\n");
        return p;
    }

    @Test
    void aFolderWalkSkipsWhatGitIgnores() {
        Path p = project();
        Cli.Run run = Cli.run(p, "lint");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo("No findings in 1 file.\n");
    }

    @Test
    void noRespectGitignoreReadsIgnoredFilesOnTheCommandLineAndInTheConfiguration() {
        Path p = project();
        Cli.Run off = Cli.run(p, "lint", "--no-respect-gitignore");
        assertThat(off.code()).as(off.toString()).isEqualTo(3);
        assertThat(off.out()).contains("bad.yaml:9:24: error SL201", "nested/broken.yaml:");

        Cli.write(p.resolve(".sagelint.yaml"), "respectGitignore: false\n");
        assertThat(Cli.run(p, "lint").out()).contains("bad.yaml:9:24: error SL201");
        Cli.Run backOn = Cli.run(p, "lint", "--respect-gitignore");
        assertThat(backOn.err()).as(backOn.toString()).isEqualTo("No findings in 1 file.\n");
    }

    @Test
    void namedFilesAreLintedWhateverTheIgnoreRulesSayUnlessForceExclude() {
        Path p = project();
        Cli.Run named = Cli.run(p, "lint", "bad.yaml", "good.yaml");
        assertThat(named.code()).as(named.toString()).isEqualTo(1);
        assertThat(named.out()).contains("bad.yaml:9:24: error SL201");

        Cli.Run forced = Cli.run(p, "lint", "--force-exclude", "bad.yaml", "good.yaml");
        assertThat(forced.code()).as(forced.toString()).isZero();
        assertThat(forced.err()).isEqualTo("No findings in 1 file.\n");

        Cli.Run excluded = Cli.run(p, "lint", "--force-exclude", "--no-respect-gitignore", "--exclude", "good.yaml",
                "bad.yaml", "good.yaml");
        assertThat(excluded.out()).as(excluded.toString()).contains("bad.yaml:9:24: error SL201")
                .doesNotContain("good.yaml");

        Cli.write(p.resolve(".sagelint.yaml"), "forceExclude: true\n");
        assertThat(Cli.run(p, "lint", "bad.yaml", "good.yaml").err()).isEqualTo("No findings in 1 file.\n");
    }
}
