package dev.sagelint.cli;

import dev.sagelint.engine.Linter;
import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.ProjectLinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Hostile inputs end to end through {@link Main#run}: unreadable and malicious files give SL001 with a place and
 * an actionable message, the other files are linted as usual, the exit code follows the contract (3 when an
 * input could not be read at all), no stack trace reaches the user, and the reports do not depend on --jobs.
 */
class HostileCliTest {

    @TempDir
    Path tmp;

    static final String GOOD = "apiVersion: sagelint/v1\nendpoints: []\n";

    /** A project of small hostile files plus a good and a bad spec (generated; nothing is committed). */
    private Path project() throws IOException {
        Path p = Cli.copy("mixed", tmp.resolve("project"));
        Files.deleteIfExists(p.resolve("notes.txt"));
        write(p, "hostile/bomb.yaml", laughs());
        write(p, "hostile/deep.json", "{\"EndpointConfigName\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        write(p, "hostile/deep.tf", "locals {\n  a = " + "[".repeat(10_000) + "]".repeat(10_000) + "\n}\n");
        write(p, "hostile/gadget.yaml", "apiVersion: sagelint/v1\nendpoints: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n");
        write(p, "hostile/truncated.yaml", "apiVersion: sagelint/v1\nendpoints:\n  - name: \"e\n    variants: [");
        write(p, "hostile/open.tf", "resource \"aws_sagemaker_endpoint\" \"e\" {\n  name = <<EOT\nx\n");
        write(p, "hostile/cfn-truncated.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": "
                + "{\"E\": {\"Type\": \"AWS::SageMaker::Endpoint\", \"Properties\": {");
        write(p, "hostile/cfn-cycle.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nConditions:\n  A: !Condition B\n"
                + "  B: !Not [!Condition A]\nResources:\n  E:\n    Type: AWS::SageMaker::Endpoint\n    Condition: A\n"
                + "    Properties: {EndpointConfigName: !Ref C}\n  C:\n    Type: AWS::SageMaker::EndpointConfig\n"
                + "    Properties: {EndpointConfigName: !GetAtt E.EndpointName, ProductionVariants: !Ref C}\n");
        // the memory bounds (issue 14, class 3), each beside the good and bad files
        write(p, "hostile/sub.yaml", subChain(20));
        write(p, "hostile/join.yaml", "AWSTemplateFormatVersion: \"2010-09-09\"\nMetadata:\n  Big: &big \""
                + "x".repeat(10_000) + "\"\nResources:\n  Model:\n    Type: AWS::SageMaker::Model\n    Properties:\n"
                + "      ModelName: !Join [\"\", [" + String.join(", ", java.util.Collections.nCopies(20, "*big")) + "]]\n");
        write(p, "hostile/fanout/main.tf", "resource \"aws_sagemaker_endpoint_configuration\" \"c\" {\n"
                + "  count = 100\n  name  = \"c-${count.index}\"\n  dynamic \"production_variants\" {\n"
                + "    for_each = [" + String.join(", ", java.util.Collections.nCopies(5_000, "\"x\"")) + "]\n"
                + "    content {\n      variant_name           = \"v${production_variants.key}\"\n"
                + "      model_name             = \"m\"\n      instance_type          = \"ml.m5.xlarge\"\n"
                + "      initial_instance_count = 1\n    }\n  }\n}\n");
        write(p, "dir with spaces/ünïcödé spec.yaml", GOOD.replace("[]", "[{name: x, variants: {}}]"));
        Files.write(p.resolve("hostile/utf16-bom.yaml"), bytes("\uFEFF" + GOOD, StandardCharsets.UTF_16LE));
        Files.write(p.resolve("hostile/utf16.yaml"), bytes(GOOD, StandardCharsets.UTF_16BE));
        Files.write(p.resolve("hostile/latin1.yaml"), bytes(GOOD + "# caf\u00e9\n", StandardCharsets.ISO_8859_1));
        Files.write(p.resolve("hostile/invalid-utf8.json"), new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        Files.write(p.resolve("hostile/archive.yaml"), zip());
        byte[] garbage = new byte[4096];
        new java.util.Random(8).nextBytes(garbage);
        Files.write(p.resolve("hostile/blob.json"), garbage);
        Files.createSymbolicLink(p.resolve("hostile/loop"), p.resolve("hostile"));
        Files.createSymbolicLink(p.resolve("hostile/up"), p);
        return p;
    }

    @Test
    void hostileFilesGiveSl001WithAPlaceAndTheOthersAreLintedAsUsual() throws IOException {
        Path p = project();
        Cli.Run run = Cli.run(p, "lint", "--format", "text", "--color", "never");

        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).as(run.toString()).contains(
                "bad.yaml:9:24: error SL201",
                "hostile/bomb.yaml:", "aliases",
                "hostile/deep.json:1:", "nesting is deeper than 100 levels",
                "hostile/deep.tf:2:", "nesting is deeper than 100",
                "hostile/gadget.yaml:2:12: error SL001",
                "hostile/truncated.yaml:",
                "hostile/open.tf:",
                "hostile/cfn-truncated.json:1:", "hostile/cfn-cycle.yaml:",
                "hostile/utf16-bom.yaml:1:1: error SL001 the file is UTF-16 (it starts with the byte-order mark FF FE); save it as UTF-8",
                "hostile/utf16.yaml:1:1: error SL001 the file has NUL bytes (the first at line 1, column 1); it looks like UTF-16 or binary",
                "hostile/latin1.yaml:3:6: error SL001", "not valid UTF-8",
                "hostile/invalid-utf8.json:1:3: error SL001",
                "dir with spaces/ünïcödé spec.yaml:2:33: error SL001 variants is an object; expected a list",
                "hostile/sub.yaml:62:18: error SL001 Fn::Sub builds a string longer than 100000 characters",
                "hostile/join.yaml:8:18: error SL001 Fn::Join builds a string longer than 100000 characters",
                "hostile/fanout/main.tf:4:3: error SL001 dynamic \"production_variants\" expands to more than 100"
                        + " blocks");
        assertThat(run.out()).doesNotContain("hostile/loop/", "hostile/up/");
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", "internal error");
    }

    @Test
    void theSameInputsGiveByteIdenticalJsonAndSarifWithOneOrFourJobsTenRunsInARow() throws IOException {
        Path p = project();
        String json = null;
        String sarif = null;
        for (int i = 0; i < 10; i++) {
            for (String jobs : List.of("1", "4")) {
                Cli.Run run = Cli.run(p, "lint", "--jobs", jobs, "--format", "json:out/r.json",
                        "--format", "sarif:out/r.sarif", "--exclude", "out/**");
                assertThat(run.code()).as(run.toString()).isEqualTo(3);
                String j = Cli.read(p.resolve("out/r.json"));
                String s = Cli.read(p.resolve("out/r.sarif"));
                if (json == null) {
                    json = j;
                    sarif = s;
                    assertThat(json).contains("\"SL001\"", "hostile/bomb.yaml", "\"SL201\"");
                } else {
                    assertThat(j).as("json, run " + i + " with --jobs " + jobs).isEqualTo(json);
                    assertThat(s).as("sarif, run " + i + " with --jobs " + jobs).isEqualTo(sarif);
                }
            }
        }
    }

    @Test
    void aFiftyMegabyteFileIsRejectedBySizeWithoutBeingReadAndAMillionElementArrayIsRead() throws IOException {
        Path p = tmp.resolve("big");
        Files.createDirectories(p);
        write(p, "good.yaml", GOOD);
        // written in chunks: the test never holds the 50 MB in memory
        try (OutputStream out = Files.newOutputStream(p.resolve("huge.yaml"))) {
            out.write("apiVersion: sagelint/v1\nendpoints:\n".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "  - {name: e, variants: []}\n".repeat(1024).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        try (var out = Files.newBufferedWriter(p.resolve("million.json"))) {
            out.write("{\"EndpointConfigName\": \"c\", \"ProductionVariants\": [], \"x\": [0");
            for (int i = 1; i < 1_000_000; i++) {
                out.write(",0");
            }
            out.write("]}");
        }
        write(p, ".sagelint.yaml", "limits:\n  parseTimeoutMillis: 30000\n");
        Cli.Run run = Cli.run(p, "lint", "--color", "never");

        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).contains("huge.yaml:1:1: error SL001", "over the limit of 10485760 bytes",
                "limits.maxFileBytes");
        assertThat(run.out()).doesNotContain("took longer", "good.yaml:");
    }

    @Test
    void aFileDeletedBetweenListingAndReadingIsReportedAndTheOthersAreLinted() throws IOException {
        Path p = Cli.copy("mixed", tmp.resolve("deleted"));
        ProjectLinter project = new ProjectLinter(Linter.builder()
                .discoverRulePacks(getClass().getClassLoader()).build());
        List<Path> files = new ArrayList<>(project.discover(p, List.of()));
        Path victim = p.resolve("good.yaml");
        assertThat(files).contains(victim);
        Files.delete(victim);

        LintResult result = project.lintDiscovered(p, files, 2);

        assertThat(result.unreadable()).contains("good.yaml");
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("SL001");
            assertThat(f.location().toString()).isEqualTo("good.yaml:1:1");
            assertThat(f.message()).contains("disappeared while sagelint was running");
        });
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.location().toString()).isEqualTo("bad.yaml:9:24"));
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreLinted() throws IOException {
        Path p = Cli.copy("mixed", tmp.resolve("unreadable"));
        Path locked = p.resolve("locked.yaml");
        write(p, "locked.yaml", GOOD);
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        assumeTrue(!Files.isReadable(locked), "running as a user who can read any file (root)");
        Cli.Run run = Cli.run(p, "lint", "--color", "never");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).contains("locked.yaml:1:1: error SL001", "permission denied", "bad.yaml:9:24");
    }

    @Test
    void debugIsAcceptedAnywhereBeforeTheOperandsAndChangesNothingElse() throws IOException {
        Path p = Cli.copy("mixed", tmp.resolve("debug"));
        Cli.Run plain = Cli.run(p, "lint", "bad.yaml", "--color", "never");
        Cli.Run debug = Cli.run(p, "--debug", "lint", "bad.yaml", "--color", "never");
        Cli.Run after = Cli.run(p, "lint", "--debug", "bad.yaml", "--color", "never");
        assertThat(debug).isEqualTo(plain);
        assertThat(after).isEqualTo(plain);
        assertThat(plain.code()).isEqualTo(1);
    }

    @picocli.CommandLine.Command(name = "explode")
    static final class Explode implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    /** Model0 is named "abcdefgh"; Model i by a Sub of Model i-1's name twice: 8 * 2^i characters. */
    private static String subChain(int steps) {
        StringBuilder t = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n"
                + "  Model0:\n    Type: AWS::SageMaker::Model\n    Properties:\n      ModelName: abcdefgh\n");
        for (int i = 1; i <= steps; i++) {
            String previous = "Model" + (i - 1);
            t.append("  Model").append(i).append(":\n    Type: AWS::SageMaker::Model\n    Properties:\n")
                    .append("      ModelName: !Sub \"${").append(previous).append(".ModelName}${").append(previous)
                    .append(".ModelName}\"\n");
        }
        return t.toString();
    }

    private static String laughs() {
        StringBuilder s = new StringBuilder("apiVersion: sagelint/v1\nl0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 9; i++) {
            s.append("l").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        return s.append("endpoints: *a9\n").toString();
    }

    private static byte[] zip() throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("spec.yaml"));
            zip.write(GOOD.repeat(100).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] bytes(String text, java.nio.charset.Charset cs) {
        return text.getBytes(cs);
    }

    private static void write(Path root, String relative, String text) {
        Cli.write(root.resolve(relative), text);
    }
}
