package dev.sagelint.cli.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The hooks of .pre-commit-hooks.yaml, configured as docs/pre-commit.md tells users to, run the way
 * pre-commit runs them: in the repository root, the entry (a script of this repository for
 * {@code language: script}), then the hook's args, then the staged files that match files / exclude /
 * types_or, unless {@code pass_filenames: false}. The sample repository holds one SL201 in each kind of
 * input, so each hook must report exactly the ones in its scope.
 */
class PreCommitHooksIT {

    @TempDir
    static Path repo;

    static Map<String, Map<String, Object>> hooks;

    static List<String> stagedFiles;

    @BeforeAll
    static void sampleRepositoryAndHooks() throws IOException {
        Processes.property("sagelint.jar");
        Path sample = Path.of("src/test/resources/dev/sagelint/cli/packaged/sample-repo");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = repo.resolve(sample.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        String userConfig = firstYamlBlockWith(Processes.read(Processes.ROOT.resolve("docs/pre-commit.md")), "repos:");
        Processes.write(repo.resolve(".pre-commit-config.yaml"), userConfig);
        try (Stream<Path> files = Files.walk(repo)) {
            stagedFiles = files.filter(Files::isRegularFile).map(p -> repo.relativize(p).toString()).sorted().toList();
        }

        Map<String, Map<String, Object>> defined = new LinkedHashMap<>();
        for (Map<String, Object> hook : yamlList(Processes.read(Processes.ROOT.resolve(".pre-commit-hooks.yaml")))) {
            defined.put((String) hook.get("id"), hook);
        }
        hooks = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> repos = (List<Map<String, Object>>) yamlMap(userConfig).get("repos");
        assertThat(repos).hasSize(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> used = (List<Map<String, Object>>) repos.get(0).get("hooks");
        for (Map<String, Object> override : used) {
            String id = (String) override.get("id");
            assertThat(defined).as("hook ids of .pre-commit-hooks.yaml").containsKey(id);
            Map<String, Object> hook = new LinkedHashMap<>(defined.get(id));
            hook.putAll(override);
            hooks.put(id, hook);
        }
        assertThat(hooks.keySet()).as("the docs configure every hook").isEqualTo(defined.keySet());
    }

    @Test
    void readmeShowsTheSameConfiguration() {
        assertThat(firstYamlBlockWith(Processes.read(Processes.ROOT.resolve("README.md")), "sagelint-terraform"))
                .isEqualToIgnoringWhitespace(firstYamlBlockWith(
                        Processes.read(Processes.ROOT.resolve("docs/pre-commit.md")), "repos:")
                        .replaceAll("#[^\n]*", ""));
    }

    @Test
    void fileHookLintsTheStagedSpecsAndTemplates() {
        Processes.Run run = runHook("sagelint");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(sl201Locations(run.out())).containsExactly("cfn/endpoint.json:28:24", "specs/capacity.yaml:11:24");
    }

    @Test
    void terraformHookLintsItsFoldersWithoutFileNames() {
        Map<String, Object> hook = hooks.get("sagelint-terraform");
        assertThat(hook.get("pass_filenames")).isEqualTo(false);
        Processes.Run run = runHook("sagelint-terraform");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(sl201Locations(run.out())).containsExactly("terraform/main.tf:23:3");
    }

    @Test
    void awsExportHookLintsItsFoldersWithoutFileNames() {
        Map<String, Object> hook = hooks.get("sagelint-aws-export");
        assertThat(hook.get("pass_filenames")).isEqualTo(false);
        Processes.Run run = runHook("sagelint-aws-export");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(sl201Locations(run.out())).containsExactly("live/requests.json:21:5");
    }

    @Test
    void folderHooksWithDefaultArgsLintTheirKindInTheWholeRepository() {
        Map<String, Object> terraform = new LinkedHashMap<>(hooks.get("sagelint-terraform"));
        terraform.put("args", List.of("."));
        assertThat(sl201Locations(run(terraform).out())).containsExactly("terraform/main.tf:23:3");
    }

    @Test
    void cleanFilesPass() throws IOException {
        Path clean = Files.createTempDirectory(repo.getParent(), "clean");
        Files.copy(Processes.ROOT.resolve("examples/clean/fraud-scorer.yaml"), clean.resolve("fraud-scorer.yaml"));
        List<String> argv = command(hooks.get("sagelint"), List.of("fraud-scorer.yaml"));
        Processes.Run run = Processes.run(clean, Map.of(), argv);
        assertThat(run.code()).as(run.toString()).isZero();
    }

    private static Processes.Run runHook(String id) {
        return run(hooks.get(id));
    }

    private static Processes.Run run(Map<String, Object> hook) {
        List<String> matching = new ArrayList<>();
        Pattern files = Pattern.compile((String) hook.getOrDefault("files", ""));
        Pattern exclude = Pattern.compile((String) hook.getOrDefault("exclude", "^$"));
        @SuppressWarnings("unchecked")
        List<String> typesOr = (List<String>) hook.getOrDefault("types_or", List.of());
        for (String f : stagedFiles) {
            if (files.matcher(f).find() && !exclude.matcher(f).find()
                    && (typesOr.isEmpty() || typesOr.stream().anyMatch(t -> tags(f).contains(t)))) {
                matching.add(f);
            }
        }
        assertThat(matching).as("staged files that trigger %s", hook.get("id")).isNotEmpty();
        boolean passFilenames = !Boolean.FALSE.equals(hook.get("pass_filenames"));
        return Processes.run(repo, Map.of(), command(hook, passFilenames ? matching : List.of()));
    }

    /** entry (split as shlex splits one without quotes), args, file names; a script entry is in this repository. */
    private static List<String> command(Map<String, Object> hook, List<String> fileNames) {
        String entry = (String) hook.get("entry");
        assertThat(entry).doesNotContain("\"", "'");
        List<String> argv = new ArrayList<>(List.of(entry.trim().split("\\s+")));
        assertThat(hook.get("language")).isEqualTo("script");
        argv.set(0, Processes.ROOT.resolve(argv.get(0)).toString());
        @SuppressWarnings("unchecked")
        List<Object> args = (List<Object>) hook.getOrDefault("args", List.of());
        args.forEach(a -> argv.add(String.valueOf(a)));
        argv.addAll(fileNames);
        return argv;
    }

    /** The identify tags pre-commit gives these files by their extension. */
    private static Set<String> tags(String file) {
        if (file.endsWith(".yaml") || file.endsWith(".yml")) {
            return Set.of("file", "text", "yaml");
        }
        if (file.endsWith(".json")) {
            return Set.of("file", "text", "json");
        }
        return Set.of("file", "text");
    }

    private static List<String> sl201Locations(String out) {
        List<String> locations = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(\\S+:\\d+:\\d+): error SL201 ").matcher(out);
        while (m.find()) {
            locations.add(m.group(1));
        }
        return locations;
    }

    static String firstYamlBlockWith(String markdown, String marker) {
        Matcher m = Pattern.compile("(?s)```yaml\n(.*?)```").matcher(markdown);
        while (m.find()) {
            if (m.group(1).contains(marker)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no ```yaml block with " + marker);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> yamlList(String text) {
        return (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yamlMap(String text) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
