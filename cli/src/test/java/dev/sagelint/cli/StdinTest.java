package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** sagelint lint - reads standard input; --stdin-filename names it and so chooses its format. */
class StdinTest {

    @TempDir
    Path tmp;

    private static final String TARGET = """
            resource "aws_appautoscaling_target" "t" {
              service_namespace  = "sagemaker"
              resource_id        = "endpoint/scorer/variant/AllTraffic"
              scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
              min_capacity       = 0
              max_capacity       = 4
            }
            """;

    private Cli.Run lint(byte[] stdin, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "lint";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(new Env(tmp, Map.of(), false, new ByteArrayInputStream(stdin)), all);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theNameChoosesTheFormatAndIsThePathInTheReport() {
        Cli.Run tf = lint(utf8(TARGET), "-", "--stdin-filename", "infra/main.tf", "--color", "never");
        assertThat(tf.code()).as(tf.toString()).isZero();
        assertThat(tf.out()).startsWith("infra/main.tf:1:1: warning SL105 scalable target"
                + " endpoint/scorer/variant/AllTraffic has no scaling policy");

        String spec = Cli.read(Cli.RESOURCES.resolve("mixed/bad.yaml"));
        Cli.Run yaml = lint(utf8(spec), "-", "--stdin-filename", "specs/bad.yaml", "--color", "never");
        assertThat(yaml.code()).as(yaml.toString()).isEqualTo(1);
        assertThat(yaml.out()).contains("specs/bad.yaml:9:24: error SL201 minCapacity is 0");
    }

    @Test
    void withoutANameNoFormatRecognisesTheInputAndTheMessageSaysSo() {
        Cli.Run run = lint(utf8(TARGET), "-");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).startsWith("sagelint: no supported input found in standard input (sagelint specs,"
                + " CloudFormation, Terraform, AWS API JSON); formats go by the file name too: give one with"
                + " --stdin-filename NAME (main.tf, template.yaml)\n");
    }

    @Test
    void anInvalidByteOnStandardInputIsReportedAtItsLineAndColumn() {
        byte[] text = utf8("apiVersion: sagelint/v1\n# caf?\n");
        text[text.length - 2] = (byte) 0xE9;
        Cli.Run run = lint(text, "-", "--stdin-filename", "spec.yaml", "--color", "never");
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).contains("spec.yaml:2:6: error SL001 the file is not valid UTF-8: byte 0xE9 at line 2,"
                + " column 6 (byte offset 29) cannot be decoded");
    }

    @Test
    void forceExcludeAppliesToTheStdinName() {
        Cli.Run run = lint(utf8(TARGET), "-", "--stdin-filename", "generated/main.tf", "--exclude", "generated/**",
                "--force-exclude", "--fail-on-severity", "warning");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("SL105");
        Cli.Run notForced = lint(utf8(TARGET), "-", "--stdin-filename", "generated/main.tf", "--exclude",
                "generated/**", "--fail-on-severity", "warning");
        assertThat(notForced.code()).as(notForced.toString()).isEqualTo(1);
        assertThat(notForced.out()).contains("generated/main.tf:1:1: warning SL105");
    }

    @Test
    void misuseIsAUsageError() {
        Cli.Run mixed = lint(utf8(TARGET), "-", "other.tf");
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).startsWith("sagelint: '-' (standard input) cannot be linted together with other");
        Cli.Run noDash = lint(utf8(TARGET), "--stdin-filename", "main.tf");
        assertThat(noDash.code()).isEqualTo(2);
        assertThat(noDash.err()).isEqualTo("sagelint: --stdin-filename names standard input: give '-' as the path\n");
    }
}
