package dev.sagelint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.sagelint.engine.Linter;
import dev.sagelint.model.Finding;
import dev.sagelint.model.Severity;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 18's acceptance: advise's diff applies with the real {@code git apply} and {@code patch}, on
 * the native spec, a CloudFormation YAML template with !Ref / !If / conditions, a CloudFormation
 * JSON template and a Terraform configuration; the patched input gains no lint finding at warning or
 * above and meets the SLO in the worst perturbed case; every line advise does not change stays byte
 * for byte.
 */
class AdviseCommandTest {

    private static final String TRAFFIC = SimulateCommandTest.REFLECTION;
    /** The only keys whose lines advise may rewrite; every other original line must survive. */
    private static final Pattern CHANGED_KEYS = Pattern.compile(
            "(?i)\\b\"?(min_?capacity|max_?capacity|target_?value|scale_?in_?cooldown)\"?\\s*[:=]");

    @TempDir
    Path tmp;

    @Test
    void nativeSpec() throws Exception {
        Path p = Cli.copy("advise", tmp.resolve("p"));
        JsonNode json = acceptance(p, List.of("native.yaml"));
        // the SL101 cooldown of the naive try is fixed, and the target follows the 0.5 safety factor
        assertThat(json.get("changes").toString()).contains("ScaleInCooldown 120 -> 300 (SL101)")
                .contains("TargetValue 960 -> 600");
        assertThat(Cli.read(p.resolve("native.yaml"))).contains("minCapacity: 2      # two instances for AZ redundancy\n")
                .contains("targetTracking: { metric: SageMakerVariantInvocationsPerInstance, targetValue: 600,\n")
                .contains("scaleInCooldown: 300, scaleOutCooldown: 300 }");
    }

    @Test
    void cloudFormationYamlKeepsItsIntrinsicsAndConditions() throws Exception {
        Path p = Cli.copy("advise", tmp.resolve("p"));
        acceptance(p, List.of("cfn.yaml"));
        String patched = Cli.read(p.resolve("cfn.yaml"));
        assertThat(patched).contains("      MaxCapacity: !If [IsProd, 10, 4]   # prod peaks need more\n")
                .contains("      ResourceId: !Sub endpoint/${Endpoint.EndpointName}/variant/AllTraffic\n")
                .contains("      ScalingTargetId: !Ref RecommenderTarget\n")
                .contains("      ScheduledActions:\n        - ScheduledActionName: business-hours\n");
        assertThat(patched.split("PolicyName:", -1)).hasSize(2);
    }

    @Test
    void cloudFormationJson() throws Exception {
        Path p = Cli.copy("advise", tmp.resolve("p"));
        acceptance(p, List.of("cfn.json"));
        new ObjectMapper().readTree(Cli.read(p.resolve("cfn.json")));
        assertThat(Cli.read(p.resolve("cfn.json"))).contains("\"ScheduledActions\": [{\"ScheduledActionName\": ");
    }

    @Test
    void terraformKeepsVariables() throws Exception {
        Path p = Cli.copy("advise", tmp.resolve("p"));
        acceptance(p, List.of("tf/main.tf", "tf/variables.tf"));
        assertThat(Cli.read(p.resolve("tf/main.tf"))).contains("  max_capacity       = var.max_capacity\n")
                .contains("resource \"aws_appautoscaling_scheduled_action\" \"recommender_business_hours\" {\n")
                .contains("  resource_id        = aws_appautoscaling_target.recommender.resource_id\n");
        assertThat(Cli.read(p.resolve("tf/variables.tf"))).isEqualTo(Cli.read(Cli.RESOURCES.resolve("advise/tf/variables.tf")));
    }

    @Test
    void endpointByLogicalIdOrAddressAndChartsOnOneScale() {
        Path p = Cli.copy("advise", tmp.resolve("p"));
        Cli.Run cfn = Cli.run(p, "advise", "cfn.yaml", "--endpoint", "Endpoint", "--traffic", TRAFFIC, "--slo",
                "0.1%", "--chart", "before.svg,after.svg");
        assertThat(cfn.code()).as(cfn.toString()).isZero();
        String before = Cli.read(p.resolve("before.svg"));
        String after = Cli.read(p.resolve("after.svg"));
        assertThat(yTicks(before)).isEqualTo(yTicks(after)).isNotEmpty();
        Cli.Run tf = Cli.run(p, "advise", "tf/main.tf", "tf/variables.tf", "--endpoint", "aws_sagemaker_endpoint.ep",
                "--traffic", TRAFFIC, "--slo", "0.1%");
        assertThat(tf.code()).as(tf.toString()).isZero();
        Cli.Run wrongChart = Cli.run(p, "advise", "cfn.yaml", "-e", "recommender", "--chart", "one.svg");
        assertThat(wrongChart.code()).isEqualTo(2);
        assertThat(wrongChart.err()).contains("--chart expects two files");
        Cli.Run margin = Cli.run(p, "advise", "cfn.yaml", "-e", "recommender", "--margin", "80%");
        assertThat(margin.code()).isEqualTo(2);
        assertThat(margin.err()).contains("--margin 80%: expected a percentage between 0 and 50");
    }

    /**
     * The README's reflection example: the command it prints, run from the repository root, writes
     * exactly the two charts the README shows, and its report carries the lines the README quotes.
     * {@code -Dsagelint.updateGolden=true} rewrites the charts.
     */
    @Test
    void readmeExampleShowsExactlyWhatItsCommandWrites() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Cli.read(root.resolve("README.md"));
        String command = "./sagelint advise docs/simulate/reflection-first-try.yaml --endpoint recommender \\\n"
                + "  --traffic " + TRAFFIC + " \\\n  --slo 0.1% --chart before.svg,after.svg\n";
        assertThat(readme).contains(command);
        Path before = tmp.resolve("before.svg");
        Path after = tmp.resolve("after.svg");
        Cli.Run r = Cli.run(root, "advise", "docs/simulate/reflection-first-try.yaml", "--endpoint", "recommender",
                "--traffic", TRAFFIC, "--slo", "0.1%", "--chart", before + "," + after);
        assertThat(r.code()).as(r.toString()).isZero();
        String quoted = readme.substring(readme.indexOf("changes:\n", readme.indexOf(command)));
        quoted = quoted.substring(0, quoted.indexOf("```"));
        for (String line : quoted.split("\n")) {
            assertThat(r.out()).as("README line").contains(line.replace(" ...", ""));
        }
        for (Path chart : List.of(before, after)) {
            Path doc = root.resolve("docs/simulate/reflection-" + chart.getFileName());
            if (Boolean.getBoolean("sagelint.updateGolden")) {
                Files.writeString(doc, Cli.read(chart));
            }
            assertThat(Cli.read(chart)).as("%s is stale; rerun with -Dsagelint.updateGolden=true", doc)
                    .isEqualTo(Cli.read(doc));
        }
    }

    /** Issue 14 class 8: a non-finite or huge demand in a traffic CSV is refused with its place. */
    @Test
    void nonFiniteTrafficIsRefusedWithItsPlace() {
        Path p = Cli.copy("advise", tmp.resolve("p"));
        Cli.write(p.resolve("bad.csv"), "minute,rps\n0,10\n1,NaN\n");
        Cli.Run r = Cli.run(p, "advise", "native.yaml", "-e", "recommender", "-t", "bad.csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sagelint: bad.csv:3:3: rps is NaN; expected a finite number between 0 and"
                + " 1000000 req/s\n");
        Cli.Run shape = Cli.run(p, "simulate", "native.yaml", "-e", "recommender", "-t", "steady:rps=1e308");
        assertThat(shape.code()).isEqualTo(2);
        assertThat(shape.err()).isEqualTo("sagelint: traffic parameter rps=1e308: expected a finite number between 0"
                + " and 1000000\n");
    }

    private static List<String> yTicks(String svg) {
        List<String> out = new ArrayList<>();
        var m = Pattern.compile("<text x=\"62.0\" y=\"[0-9.]+\" text-anchor=\"end\">([0-9.]+)</text>").matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * Runs advise for the reflection traffic, checks the diff against git apply and patch, writes it
     * with --write, and checks the result: same bytes as the diff gives, mode kept, untouched lines
     * byte-identical, no new lint finding at warning or above, within the SLO in the worst case.
     */
    private JsonNode acceptance(Path p, List<String> files) throws Exception {
        List<String> args = new ArrayList<>(List.of("advise"));
        args.addAll(files);
        args.addAll(List.of("--endpoint", "recommender", "--traffic", TRAFFIC, "--slo", "0.1%", "--format", "json"));
        Cli.Run r = Cli.run(p, args.toArray(String[]::new));
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        String diff = json.get("diff").asText();
        assertThat(diff).as(r.out()).startsWith("--- a/" + files.get(0) + "\n+++ b/" + files.get(0) + "\n@@ ");
        assertThat(json.at("/afterWorstCase/shareAboveCapacity").asDouble()).isLessThanOrEqualTo(0.001);
        Cli.write(p.resolve("advice.patch"), diff);
        Map<String, String> originals = new TreeMap<>();
        for (String f : files) {
            originals.put(f, Cli.read(p.resolve(f)));
        }
        tool(p, "git", "apply", "--check", "advice.patch");
        tool(p, "patch", "-p1", "--dry-run", "-i", "advice.patch");

        Path first = p.resolve(files.get(0));
        Files.setPosixFilePermissions(first, PosixFilePermissions.fromString("rw-r-----"));
        args.set(args.indexOf("--format") + 1, "text");
        args.add("--write");
        Cli.Run write = Cli.run(p, args.toArray(String[]::new));
        assertThat(write.code()).as(write.toString()).isZero();
        assertThat(write.out()).contains("\napplied to the input:\n--- a/" + files.get(0));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-r-----");

        List<SourceFile> before = new ArrayList<>();
        List<SourceFile> after = new ArrayList<>();
        for (String f : files) {
            String old = originals.get(f);
            String now = Cli.read(p.resolve(f));
            before.add(new SourceFile(f, old));
            after.add(new SourceFile(f, now));
            for (AbstractDelta<String> d : DiffUtils.diff(old.lines().toList(), now.lines().toList()).getDeltas()) {
                for (String line : d.getSource().getLines()) {
                    assertThat(line).as("%s: a line advise had no reason to change", f).containsPattern(CHANGED_KEYS);
                }
            }
        }
        Linter linter = Linter.builder().discoverRulePacks(AdviseCommandTest.class.getClassLoader()).build();
        Map<String, Long> was = serious(linter.lint(before).findings());
        Map<String, Long> is = serious(linter.lint(after).findings());
        is.forEach((rule, n) -> assertThat(n).as("%s findings of %s after the patch (before: %s)", rule,
                is, was).isLessThanOrEqualTo(was.getOrDefault(rule, 0L)));

        List<String> again = new ArrayList<>(args.subList(0, args.indexOf("--write")));
        again.set(again.indexOf("--format") + 1, "json");
        Cli.Run check = Cli.run(p, again.toArray(String[]::new));
        JsonNode rerun = new ObjectMapper().readTree(check.out());
        assertThat(rerun.at("/beforeWorstCase/shareAboveCapacity").asDouble()).as(check.out()).isLessThanOrEqualTo(0.001);
        return json;
    }

    private static Map<String, Long> serious(List<Finding> findings) {
        Map<String, Long> out = new TreeMap<>();
        findings.stream().filter(f -> f.severity().atLeast(Severity.WARNING))
                .forEach(f -> out.merge(f.ruleId(), 1L, Long::sum));
        return out;
    }

    /** Runs a real tool in the project folder; skipped (assumption) when the tool is not installed. */
    private static void tool(Path dir, String... command) throws IOException, InterruptedException {
        Process probe;
        try {
            probe = new ProcessBuilder(command[0], "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            assumeTrue(false, command[0] + " is not installed");
            return;
        }
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
    }
}
