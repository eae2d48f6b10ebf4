package dev.sagelint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 classes 5 and 6 end to end: file names and input text holding terminal escapes, line breaks, NUL,
 * bidirectional overrides and lone surrogates (written as YAML and JSON escapes) go through the whole CLI into
 * every report, on standard output and into files. No internal error, every text line is a finding, a blank
 * or the summary, no control character reaches the terminal, JSON, SARIF and JUnit parse, and a second run
 * gives the same bytes.
 */
class OutputInjectionCliTest {

    @TempDir
    Path tmp;

    record Payload(String name, String fileName, String yaml, String json) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Each payload as a file name (where the file system allows it), a YAML escape and a JSON escape. */
    static List<Payload> payloads() {
        List<Payload> out = new ArrayList<>();
        out.add(new Payload("ansi", "e\u001b[31mred", "\\e[31mred\\e[0m", "\\u001b[31mred\\u001b[0m"));
        out.add(new Payload("clear screen", "c\u001b[2J", "\\e[2J\\e[H", "\\u001b[2J\\u001b[H"));
        out.add(new Payload("newline", "n\nforged.yaml:1:1: error SL201 x", "a\\nforged.yaml:1:1: error SL201 x",
                "a\\nforged.yaml:1:1: error SL201 x"));
        out.add(new Payload("carriage return", "r\rover", "over\\rwrite", "over\\rwrite"));
        out.add(new Payload("annotation", "g\n::error file=x::forged", "\\n::error file=x::forged",
                "\\n::error file=x::forged"));
        out.add(new Payload("nul", "nul", "nul\\0byte", "nul\\u0000byte"));
        out.add(new Payload("c1 csi", "csi\u009b31m", "csi\\x9b31m", "csi\\u009b31m"));
        out.add(new Payload("line separator", "ls\u2028x", "ls\\Lps\\P", "ls\\u2028ps\\u2029"));
        out.add(new Payload("bidi", "b\u202etxt.yaml", "bidi\\u202eevil", "bidi\\u202eevil"));
        out.add(new Payload("lone high surrogate", "high", "x\\ud800y", "x\\ud800y"));
        out.add(new Payload("lone low surrogate", "low", "x\\udc00y", "x\\udc00y"));
        out.add(new Payload("xml", "x<\"&>", "</failure><testcase name='f'>", "</failure><testcase name='f'>"));
        return out;
    }

    static final String BAD = """
            apiVersion: sagelint/v1
            endpoints:
              - name: "NAME"
                "KEY": 1
                variants:
                  - name: AllTraffic
                    instanceType: ml.m5.xlarge
                    initialInstanceCount: 2
                    autoscaling:
                      minCapacity: 0
                      maxCapacity: 4
            """;

    private Path project(Payload p) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("p"));
        String spec = BAD.replace("NAME", "ep" + p.yaml()).replace("KEY", "unknown" + p.yaml());
        Files.writeString(dir.resolve(p.fileName() + ".yaml"), spec, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("plain.yaml"), spec, StandardCharsets.UTF_8);
        // the watchdog is not under test here; a loaded CI machine must not turn a case into a timeout
        Files.writeString(dir.resolve(".sagelint.yaml"), "limits:\n  parseTimeoutMillis: 120000\n");
        Files.writeString(dir.resolve("api.json"), "{\"EndpointConfigName\": \"cfg" + p.json()
                + "\", \"ProductionVariants\": [{\"VariantName\": \"v" + p.json() + "\", \"InstanceType\": \"ml."
                + p.json() + "\", \"InitialInstanceCount\": 1, \"ModelName\": \"m\"}]}", StandardCharsets.UTF_8);
        return dir;
    }

    static final Pattern TEXT_LINE = Pattern.compile(
            "^(|.+:\\d+:\\d+: (error|warning|info) [A-Z]{2,5}\\d{3} .*|\\d+ findings? .*|No findings .*)$");

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void everyReportStaysIntact(Payload p) throws Exception {
        Path dir = project(p);
        String[] args = {"lint", "--color", "never", "--format", "text", "--format", "json:r/out.json",
            "--format", "sarif:r/out.sarif", "--format", "junit:r/out.xml", "--format", "github:r/gh.txt"};
        Cli.Run first = Cli.run(dir, args);
        byte[] json = Files.readAllBytes(dir.resolve("r/out.json"));
        Cli.Run second = Cli.run(dir, args);
        assertThat(first.code()).as(first.toString()).isIn(1, 3);
        assertThat(first.err()).doesNotContain("internal error", "Exception");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Files.readAllBytes(dir.resolve("r/out.json"))).isEqualTo(json);

        for (String line : first.out().split("\n", -1)) {
            assertThat(line).matches(TEXT_LINE);
        }
        String github = Files.readString(dir.resolve("r/gh.txt"));
        for (String line : github.strip().split("\n")) {
            assertThat(line).matches("^(::(error|warning|notice) file=[^\\n]*|sagelint: \\d+ findings? in \\d+ files)$");
        }
        for (String text : List.of(first.out(), github, Files.readString(dir.resolve("r/out.xml")))) {
            assertThat(text.chars().filter(c -> c != '\n' && c != '\t' && (Character.isISOControl(c)
                    || c == 0x2028 || c == 0x2029 || c == 0x202e || Character.isSurrogate((char) c)))).isEmpty();
        }
        JsonNode report = new ObjectMapper().readTree(json);
        assertThat(report.get("findings").size()).isPositive();
        List<String> files = new ArrayList<>();
        report.get("files").forEach(f -> files.add(f.asText()));
        assertThat(files).contains(p.fileName() + ".yaml", "plain.yaml", "api.json");
        new ObjectMapper().readTree(dir.resolve("r/out.sarif").toFile());
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("r/out.xml").toFile());
    }
}
