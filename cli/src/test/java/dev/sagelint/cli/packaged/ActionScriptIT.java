package dev.sagelint.cli.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub Action's script (.github/action/run.sh) run as action.yml runs it, on a sample repository
 * in a temporary folder, with the freshly built jar (no network): what it prints, the SARIF file it
 * hands to the upload step, its outputs and exit code. And action.yml itself: every input reaches the
 * script, and the SARIF upload runs even when lint fails.
 */
class ActionScriptIT {

    private static final Path SCRIPT = Processes.ROOT.resolve(".github/action/run.sh");

    @TempDir
    Path tmp;

    Path repo;
    Path runnerTemp;
    Path outputs;

    @BeforeEach
    void sampleRepository() throws IOException {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve("infra"));
        Files.copy(Processes.ROOT.resolve("examples/pitfalls/capacity.yaml"), repo.resolve("infra/capacity.yaml"));
        Files.copy(Processes.ROOT.resolve("examples/clean/fraud-scorer.yaml"), repo.resolve("infra/fraud-scorer.yaml"));
        Processes.write(repo.resolve("app/README.md"), "not an input\n");
        runnerTemp = Files.createDirectories(tmp.resolve("runner-temp"));
        outputs = tmp.resolve("github-output");
    }

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_WORKSPACE", repo.toString());
        env.put("GITHUB_OUTPUT", outputs.toString());
        env.put("RUNNER_TEMP", runnerTemp.toString());
        env.put("INPUT_JAR", Processes.property("sagelint.jar"));
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void findingsAnnotateFailTheStepAndLandInTheSarifFile() throws IOException {
        Processes.Run run = Processes.run(tmp, env("INPUT_PATHS", "infra", "INPUT_FORMATS",
                "github, json:reports/sagelint.json", "INPUT_FAIL_ON_SEVERITY", "error"), List.of(SCRIPT.toString()));

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).as(run.toString())
                .contains("::error file=infra/capacity.yaml,line=11,col=24,title=SL201 ")
                .doesNotContain("fraud-scorer.yaml");
        Path sarif = runnerTemp.resolve("sagelint.sarif");
        assertThat(Processes.read(sarif)).contains("\"ruleId\": \"SL201\"", "\"uri\": \"infra/capacity.yaml\"");
        assertThat(Processes.read(repo.resolve("reports/sagelint.json"))).contains("\"SL201\"");
        assertThat(Files.readAllLines(outputs)).containsExactly("exit-code=1", "sarif-file=" + sarif);
    }

    @Test
    void thresholdNoneReportsWithoutFailing() throws IOException {
        Path sarif = tmp.resolve("out/custom.sarif");
        Files.createDirectories(sarif.getParent());
        Processes.Run run = Processes.run(tmp, env("INPUT_FAIL_ON_SEVERITY", "none", "INPUT_FORMATS", "",
                "INPUT_SARIF_FILE", sarif.toString()), List.of(SCRIPT.toString()));

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).as("no report on stdout when formats is empty").doesNotContain("SL201");
        assertThat(Processes.read(sarif)).contains("\"ruleId\": \"SL201\"");
        assertThat(Files.readAllLines(outputs)).containsExactly("exit-code=0", "sarif-file=" + sarif);
    }

    @Test
    void usageErrorIsExitTwo() throws IOException {
        Processes.Run run = Processes.run(tmp, env("INPUT_FAIL_ON_SEVERITY", "loud"), List.of(SCRIPT.toString()));
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(Files.readAllLines(outputs)).first().isEqualTo("exit-code=2");
    }

    @Test
    void withoutAJarInputTheActionsOwnBuildIsUsed() {
        // GITHUB_ACTION_PATH is this repository (as for `uses: owner/sagelint@ref`); its jar is built already
        Map<String, String> env = env("GITHUB_ACTION_PATH", Processes.ROOT.toString(), "INPUT_PATHS", "infra/capacity.yaml");
        env.remove("INPUT_JAR");
        Processes.Run run = Processes.run(tmp, env, List.of(SCRIPT.toString()));
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("::error file=infra/capacity.yaml,line=11,col=24,title=SL201 ");
        assertThat(run.out()).doesNotContain("Building the sagelint CLI");
    }

    @Test
    void baseRefReportsOnlyWhatTheChangeIntroduced() throws Exception {
        // a real repository: the base has capacity.yaml; the change adds a copy of it under another name
        org.eclipse.jgit.lib.PersonIdent who = new org.eclipse.jgit.lib.PersonIdent("Test", "test@example.com",
                java.time.Instant.ofEpochSecond(1_700_000_000L), java.time.ZoneOffset.UTC);
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(repo.toFile())
                .setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setAuthor(who).setCommitter(who).setSign(false).call();
            Files.copy(repo.resolve("infra/capacity.yaml"), repo.resolve("infra/copy.yaml"));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("head").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        Processes.Run run = Processes.run(tmp, env("INPUT_PATHS", "infra", "INPUT_BASE_REF", "HEAD~1"),
                List.of(SCRIPT.toString()));

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).as(run.toString())
                .contains("::error file=infra/copy.yaml,line=11,col=24,title=SL201 ")
                .doesNotContain("file=infra/capacity.yaml");
        String sarif = Processes.read(runnerTemp.resolve("sagelint.sarif"));
        assertThat(sarif).contains("\"baselineState\": \"new\"", "\"baselineState\": \"unchanged\"");

        Processes.Run unknown = Processes.run(tmp, env("INPUT_PATHS", "infra", "INPUT_BASE_REF", "HEAD~7"),
                List.of(SCRIPT.toString()));
        assertThat(unknown.code()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.err()).contains("--base HEAD~7: neither a folder nor a revision");
    }

    @Test
    void everyInputBecomesALintArgument() throws IOException {
        Path jdk = tmp.resolve("jdk");
        Path java = jdk.resolve("bin/java");
        Processes.write(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/../args.txt\"\nexit 1\n");
        java.toFile().setExecutable(true);
        Processes.Run run = Processes.run(tmp, env("JAVA_HOME", jdk.toString(), "INPUT_PATHS", "infra\ntemplates/a b.yaml",
                "INPUT_FORMATS", "github,junit:junit.xml", "INPUT_FAIL_ON_SEVERITY", "warning",
                "INPUT_BASE_REF", "origin/main", "INPUT_ARGS", "--config ci/.sagelint.yaml"), List.of(SCRIPT.toString()));

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        List<String> args = Files.readAllLines(jdk.resolve("args.txt"));
        assertThat(args).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                Processes.property("sagelint.jar"), "lint", "--fail-on-severity", "warning",
                "--format", "sarif:" + runnerTemp.resolve("sagelint.sarif"), "--format", "github",
                "--format", "junit:junit.xml", "--base", "origin/main", "--new-only", "--config", "ci/.sagelint.yaml",
                "--", "infra", "templates/a", "b.yaml");
    }

    @Test
    void actionYmlPassesEveryInputToTheScriptAndUploadsEvenOnFailure() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> action = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Processes.read(Processes.ROOT.resolve("action.yml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> runs = (Map<String, Object>) action.get("runs");
        assertThat(runs.get("using")).isEqualTo("composite");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) runs.get("steps");

        assertThat(steps.get(0).get("uses")).asString().startsWith("actions/setup-java@");
        Map<String, Object> lint = steps.stream().filter(s -> "lint".equals(s.get("id"))).findFirst().orElseThrow();
        assertThat(lint.get("run")).isEqualTo("\"$GITHUB_ACTION_PATH/.github/action/run.sh\"");
        assertThat(SCRIPT).isExecutable();

        @SuppressWarnings("unchecked")
        Map<String, Object> inputs = (Map<String, Object>) action.get("inputs");
        @SuppressWarnings("unchecked")
        Map<String, Object> env = (Map<String, Object>) lint.get("env");
        Set<String> expected = new TreeSet<>();
        for (String input : inputs.keySet()) {
            if (!Set.of("upload-sarif", "java-version").contains(input)) {
                String name = "INPUT_" + input.toUpperCase().replace('-', '_');
                expected.add(name);
                assertThat(env).as("the lint step's env").containsEntry(name, "${{ inputs." + input + " }}");
            }
        }
        Set<String> read = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{(INPUT_[A-Z_]+)").matcher(Processes.read(SCRIPT));
        while (m.find()) {
            read.add(m.group(1));
        }
        assertThat(read).as("INPUT_ variables run.sh reads = those action.yml sets").isEqualTo(expected);

        Map<String, Object> upload = steps.get(steps.size() - 1);
        assertThat(upload.get("uses")).asString().startsWith("github/codeql-action/upload-sarif@");
        assertThat(upload.get("if")).asString().contains("always()", "inputs.upload-sarif == 'true'");
        assertThat(Processes.read(Processes.ROOT.resolve("docs/github-action.md"))).contains("security-events: write");
    }

    @Test
    void documentedWorkflowsUseOnlyTheActionsInputs() {
        @SuppressWarnings("unchecked")
        Set<String> inputs = ((Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .<Map<String, Object>>load(Processes.read(Processes.ROOT.resolve("action.yml"))).get("inputs")).keySet();
        int uses = 0;
        for (String doc : List.of("README.md", "docs/github-action.md")) {
            String text = Processes.read(Processes.ROOT.resolve(doc));
            assertThat(text).as(doc).contains("security-events: write");
            Matcher block = Pattern.compile("(?s)```yaml\n(.*?)```").matcher(text);
            while (block.find()) {
                if (!block.group(1).contains("OWNER/sagelint@")) {
                    continue;
                }
                Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(block.group(1));
                for (Map<String, Object> step : steps(yaml)) {
                    if (String.valueOf(step.get("uses")).startsWith("OWNER/sagelint@")) {
                        uses++;
                        @SuppressWarnings("unchecked")
                        Map<String, Object> with = (Map<String, Object>) step.getOrDefault("with", Map.of());
                        assertThat(inputs).as(doc + ": inputs of action.yml").containsAll(with.keySet());
                    }
                }
            }
        }
        assertThat(uses).as("documented uses of the action").isGreaterThanOrEqualTo(3);
    }

    /** Every mapping with a 'uses' key anywhere in a parsed YAML document. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Object yaml) {
        List<Map<String, Object>> found = new java.util.ArrayList<>();
        if (yaml instanceof Map<?, ?> map) {
            if (map.containsKey("uses")) {
                found.add((Map<String, Object>) map);
            }
            map.values().forEach(v -> found.addAll(steps(v)));
        } else if (yaml instanceof List<?> list) {
            list.forEach(v -> found.addAll(steps(v)));
        }
        return found;
    }
}
