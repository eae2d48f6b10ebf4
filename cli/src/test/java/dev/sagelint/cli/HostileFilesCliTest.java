package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files that are not regular files or not UTF-8, given to every option that reads a file besides the linted inputs
 * (issue 14, classes 4 and 6): refused at once with one line that names the file (and the place of a bad byte),
 * exit 2, no stack trace, and never a hang on a FIFO or an endless read of {@code /dev/zero}. The timeout only turns
 * a hang into a failure; nothing here measures time.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileFilesCliTest {

    @TempDir
    Path tmp;

    static final String TEMPLATE = "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n";
    static final String SPEC = "apiVersion: sagelint/v1\nendpoints:\n  - name: e\n    variants:\n"
            + "      - name: v\n        instanceType: ml.m5.xlarge\n        initialInstanceCount: 2\n";

    private Path project() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve("template.yaml"), TEMPLATE);
        Cli.write(p.resolve("sim.yaml"), SPEC);
        return p;
    }

    /** Every option that reads a file, as a command line around the path of the hostile file. */
    static Stream<Arguments> fileOptions() {
        return Stream.of(
                Arguments.of("--parameters", List.of("lint", "template.yaml", "--parameters", "%s")),
                Arguments.of("--var-file", List.of("lint", "template.yaml", "--var-file", "%s")),
                Arguments.of("--config", List.of("lint", "good.yaml", "--config", "%s")),
                Arguments.of("--baseline", List.of("lint", "good.yaml", "--baseline", "%s")),
                Arguments.of("--traffic", List.of("simulate", "sim.yaml", "-e", "e", "--traffic", "%s")),
                Arguments.of("--prices", List.of("simulate", "sim.yaml", "-e", "e", "--traffic", "steady:rps=1",
                        "--prices", "%s")),
                Arguments.of("simulate FILE", List.of("simulate", "%s", "-e", "e")),
                Arguments.of("lint FILE", List.of("lint", "good.yaml", "%s")));
    }

    private static String[] args(List<String> template, String path) {
        return template.stream().map(a -> a.replace("%s", path)).toArray(String[]::new);
    }

    private static void assertOneLineUsageError(Cli.Run run, String fragment) {
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).startsWith("sagelint: ").contains(fragment).endsWith("\n");
        assertThat(run.err().strip()).as("one line").doesNotContain("\n");
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", "internal error");
    }

    @ParameterizedTest(name = "{0} /dev/zero")
    @MethodSource("fileOptions")
    void devZeroIsRefusedAsACharacterDevice(String option, List<String> command) {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Cli.Run run = Cli.run(project(), args(command, "/dev/zero"));
        assertOneLineUsageError(run, "dev/zero (character device); give a regular file");
        assertThat(run.err()).contains("not a regular file: ");
    }

    @ParameterizedTest(name = "{0} /dev/null")
    @MethodSource("fileOptions")
    void devNullIsRefusedToo(String option, List<String> command) {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        Cli.Run run = Cli.run(project(), args(command, "/dev/null"));
        assertOneLineUsageError(run, "dev/null (character device); give a regular file");
    }

    @ParameterizedTest(name = "{0} FIFO")
    @MethodSource("fileOptions")
    void aFifoIsRefusedWithoutWaitingForAWriter(String option, List<String> command) throws Exception {
        Path p = project();
        mkfifo(p.resolve("pipe.yaml"));
        Cli.Run run = Cli.run(p, args(command, "pipe.yaml"));
        assertOneLineUsageError(run, "pipe.yaml (FIFO); give a regular file");
    }

    @ParameterizedTest(name = "{0} folder")
    @MethodSource("fileOptions")
    void aFolderIsRefused(String option, List<String> command) {
        Path p = project();
        Cli.write(p.resolve("dir.yaml/x.txt"), "x");
        Cli.Run run = Cli.run(p, args(command, "dir.yaml"));
        if (option.equals("lint FILE")) {
            // a folder is what lint searches: it holds no input, and good.yaml beside it is linted
            assertThat(run.code()).as(run.toString()).isZero();
            return;
        }
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).contains("dir.yaml").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aConfigurationFileThatIsAFifoIsRefusedNotIgnored() throws Exception {
        Path p = project();
        mkfifo(p.resolve(".sagelint.yaml"));
        Cli.Run run = Cli.run(p, "lint", "good.yaml");
        assertOneLineUsageError(run, ".sagelint.yaml (FIFO); give a regular file");
    }

    @Test
    void aFifoInASearchedFolderIsSkippedAndTheGoodFileBesideItIsLinted() throws Exception {
        Path p = tmp.resolve("walk");
        Files.createDirectories(p.resolve("nested"));
        Files.copy(Cli.RESOURCES.resolve("mixed/bad.yaml"), p.resolve("bad.yaml"));
        Files.copy(Cli.RESOURCES.resolve("mixed/good.yaml"), p.resolve("nested/good.yaml"));
        mkfifo(p.resolve("nested/pipe.yaml"));
        Cli.Run run = Cli.run(p, "lint", "--format", "json");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("\"bad.yaml\"", "\"nested/good.yaml\"", "\"SL201\"").doesNotContain("pipe.yaml");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    /** Latin-1 where UTF-8 is expected: the message names the encoding and the line and column of the bad byte. */
    static Stream<Arguments> latin1Files() {
        return Stream.of(
                Arguments.of("params.json", "[{\"ParameterKey\": \"K\",\n \"ParameterValue\": \"caf\u00e9\"}]",
                        List.of("lint", "template.yaml", "--parameters", "params.json"),
                        "--parameters: params.json:2:24: the file is not valid UTF-8: byte 0xE9 at line 2, column 24"),
                Arguments.of("prod.tfvars", "name = \"caf\u00e9\"\n",
                        List.of("lint", "template.yaml", "--var-file", "prod.tfvars"),
                        "--var-file: prod.tfvars:1:12: the file is not valid UTF-8: byte 0xE9 at line 1, column 12"),
                Arguments.of("cfg.yaml", "# caf\u00e9\nfailOnSeverity: error\n",
                        List.of("lint", "good.yaml", "--config", "cfg.yaml"),
                        "cfg.yaml:1:6: the file is not valid UTF-8: byte 0xE9 at line 1, column 6"),
                Arguments.of("baseline.json", "{\"caf\u00e9\": 1}",
                        List.of("lint", "good.yaml", "--baseline", "baseline.json"),
                        "baseline.json:1:6: the file is not valid UTF-8: byte 0xE9 at line 1, column 6"),
                Arguments.of("traffic.csv", "minute,rps\n0,1\n1,caf\u00e9\n",
                        List.of("simulate", "sim.yaml", "-e", "e", "--traffic", "traffic.csv"),
                        "--traffic: traffic.csv:3:6: the file is not valid UTF-8: byte 0xE9 at line 3, column 6"),
                Arguments.of("prices.csv", "# caf\u00e9\nml.m5.xlarge,0.2\n",
                        List.of("simulate", "sim.yaml", "-e", "e", "--traffic", "steady:rps=1", "--prices",
                                "prices.csv"),
                        "--prices: prices.csv:1:6: the file is not valid UTF-8: byte 0xE9 at line 1, column 6"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("latin1Files")
    void invalidUtf8IsReportedWithThePlaceAndTheEncoding(String name, String text, List<String> command,
            String expected) throws IOException {
        Path p = project();
        Files.write(p.resolve(name), text.getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run run = Cli.run(p, command.toArray(String[]::new));
        assertOneLineUsageError(run, expected);
        assertThat(run.err()).contains("; save it as UTF-8");
    }

    /** Every option that writes a file, as a command line around the target path. */
    static Stream<Arguments> outputOptions() {
        return Stream.of(
                Arguments.of("--format json:", List.of("lint", "good.yaml", "--format", "json:%s")),
                Arguments.of("--format sarif:", List.of("lint", "good.yaml", "--format", "text",
                        "--format", "sarif:%s")),
                Arguments.of("--write-baseline", List.of("lint", "good.yaml", "--write-baseline", "%s")),
                Arguments.of("--chart", List.of("simulate", "sim.yaml", "-e", "e", "--traffic", "steady:rps=1",
                        "--chart", "%s")),
                Arguments.of("--chart", List.of("advise", "sim.yaml", "-e", "e", "--traffic", "steady:rps=1",
                        "--chart", "%s,after.svg")));
    }

    private static void assertRefusedBeforeAnyWork(Cli.Run run, String option, String fragment) {
        assertOneLineUsageError(run, fragment);
        assertThat(run.err()).startsWith("sagelint: " + option);
        assertThat(run.out()).as("nothing linted or simulated").isEmpty();
    }

    @ParameterizedTest(name = "{0} /dev/null")
    @MethodSource("outputOptions")
    void aDeviceAsAReportTargetIsRefusedAndNotReplaced(String option, List<String> command) {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        Cli.Run run = Cli.run(project(), args(command, "/dev/null"));
        assertRefusedBeforeAnyWork(run, option, "not a regular file: /dev/null (character device); reports are"
                + " written to regular files only, never into a FIFO or a device; give a file name");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @ParameterizedTest(name = "{0} FIFO")
    @MethodSource("outputOptions")
    void aFifoAsAReportTargetIsRefusedAndStaysAFifo(String option, List<String> command) throws Exception {
        Path p = project();
        mkfifo(p.resolve("out.pipe"));
        Cli.Run run = Cli.run(p, args(command, "out.pipe"));
        assertRefusedBeforeAnyWork(run, option, "not a regular file: out.pipe (FIFO); reports are written to regular"
                + " files only");
        assertThat(p.resolve("out.pipe")).exists();
        assertThat(Files.isRegularFile(p.resolve("out.pipe"))).isFalse();
    }

    @ParameterizedTest(name = "{0} folder")
    @MethodSource("outputOptions")
    void aFolderAsAReportTargetIsRefused(String option, List<String> command) throws IOException {
        Path p = project();
        Files.createDirectories(p.resolve("reports"));
        Cli.Run run = Cli.run(p, args(command, "reports"));
        assertRefusedBeforeAnyWork(run, option, "reports is a folder; give the name of a file to write");
        assertThat(p.resolve("reports")).isEmptyDirectory();
    }

    @ParameterizedTest(name = "{0} under a file")
    @MethodSource("outputOptions")
    void aReportTargetUnderAFileIsRefused(String option, List<String> command) {
        Path p = project();
        Cli.write(p.resolve("notes.md"), "keep");
        Cli.Run run = Cli.run(p, args(command, "notes.md/r.out"));
        assertRefusedBeforeAnyWork(run, option, "notes.md/r.out cannot be created: " + p.resolve("notes.md")
                + " is a file, not a folder");
        assertThat(Cli.read(p.resolve("notes.md"))).isEqualTo("keep");
    }

    @Test
    void aRewrittenReportKeepsItsModeAndANewOneFollowsTheUmask() throws IOException {
        assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path p = project();
        Path kept = Files.writeString(p.resolve("kept.json"), "{}");
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        Path probe = Files.createFile(p.resolve("probe"));
        Cli.Run run = Cli.run(p, "lint", "good.yaml", "--format", "json:kept.json", "--format", "sarif:new.sarif",
                "--write-baseline", "baseline.json");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(mode(kept)).isEqualTo("rw-rw-r--");
        assertThat(mode(p.resolve("new.sarif"))).isEqualTo(mode(probe));
        assertThat(mode(p.resolve("baseline.json"))).isEqualTo(mode(probe));
        assertThat(Cli.read(kept)).contains("\"findings\"");
    }

    private static String mode(Path f) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mkfifo", path.toString()));
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo")),
                "mkfifo is available (Linux, macOS)");
        Files.createDirectories(path.getParent());
        Process proc = new ProcessBuilder(command).inheritIO().start();
        assumeTrue(proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0, "mkfifo succeeded");
    }
}
