package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every format on one folder that mixes a good input, a bad one, a broken one, an undecodable one,
 * files that are not inputs and folders that must be skipped.
 */
class GoldenTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text, lint.txt", "json, lint.json", "sarif, lint.sarif", "junit, lint.junit.xml",
            "github, lint.github.txt"})
    void everyFormatOnAMixedFolder(String format, String golden) {
        Path project = Cli.mixed(tmp);
        Cli.Run run = Cli.run(project, "lint", "--format", format, "--color", "never");
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        GoldenFiles.assertMatches(golden, run.out());
    }

    @Test
    void textGroupsPerFileWithCompilerStyleLines() {
        Cli.Run run = Cli.run(Cli.mixed(tmp), "lint", "--color", "never");
        assertThat(run.out()).contains(
                "bad.yaml:9:24: error SL201 minCapacity is 0 on variant AllTraffic",
                "latin1.yaml:2:6: error SL001 the file is not valid UTF-8: byte 0xE9 at line 2, column 6");
        assertThat(run.out()).doesNotContain("target/", "node_modules", ".git/", "cdk.out", "notes.txt");
    }

    @Test
    void outputDoesNotDependOnTheNumberOfThreads() {
        Path project = Cli.mixed(tmp);
        Cli.Run one = Cli.run(project, "lint", "--format", "sarif", "--jobs", "1");
        Cli.Run four = Cli.run(project, "lint", "--format", "sarif", "--jobs", "4");
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.code()).isEqualTo(one.code());
    }

    @Test
    void severalFormatsAtOnceWriteFilesAndStandardOutput() {
        Path project = Cli.mixed(tmp);
        Cli.Run run = Cli.run(project, "lint", "--format", "sarif:reports/sagelint.sarif", "--format", "text",
                "--format", "junit:reports/sagelint.xml", "--color", "never");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).contains("bad.yaml:9:24: error SL201");
        GoldenFiles.assertMatches("lint.sarif", Cli.read(project.resolve("reports/sagelint.sarif")));
        GoldenFiles.assertMatches("lint.junit.xml", Cli.read(project.resolve("reports/sagelint.xml")));
        assertThat(project.resolve("reports").toFile().list()).containsExactlyInAnyOrder("sagelint.sarif",
                "sagelint.xml");
    }
}
