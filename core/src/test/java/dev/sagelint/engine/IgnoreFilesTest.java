package dev.sagelint.engine;

import dev.sagelint.config.LintConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Folder walks skip what git ignores and the tool caches; forceExclude applies the same to named files. */
class IgnoreFilesTest {

    /** A git work tree: a root and a nested .gitignore, .git/info/exclude, and the tool caches. */
    private static Path repository(Path dir) throws IOException {
        write(dir.resolve(".git/info/exclude"), "local-only.tf\n");
        write(dir.resolve(".git/config"), "[core]\n");
        write(dir.resolve(".gitignore"), """
                # build output
                build/
                *.bak.tf
                /only-root.tf
                """);
        write(dir.resolve("infra/.gitignore"), """
                secret.tfvars
                !keep.bak.tf
                """);
        for (String f : List.of("main.tf", "a.bak.tf", "only-root.tf", "local-only.tf", "build/out.tf",
                "infra/main.tf", "infra/keep.bak.tf", "infra/other.bak.tf", "infra/secret.tfvars",
                "infra/only-root.tf", "infra/build/deep.tf", ".terraform/modules/m/main.tf",
                ".aws-sam/build/template.yaml", "node_modules/pkg/template.yaml", "cdk.out/asset.1234/template.json",
                "cdk.out/Stack.template.json", "target/copied.tf")) {
            write(dir.resolve(f), "x\n");
        }
        return dir;
    }

    private static List<String> discover(Path dir, LintConfig config, String... roots) {
        Linter linter = DiscoveryTest.LINTER.withConfig(config);
        return new ProjectLinter(linter).discover(dir, java.util.Arrays.stream(roots).map(Path::of).toList())
                .stream().map(p -> ProjectLinter.display(dir.toAbsolutePath().normalize(), p)).toList();
    }

    @Test
    void aWalkSkipsWhatGitIgnoresNestedFilesAndNegationIncluded(@TempDir Path tmp) throws IOException {
        Path dir = repository(tmp);
        assertThat(discover(dir, LintConfig.defaults())).containsExactly(
                "cdk.out/Stack.template.json", "infra/keep.bak.tf", "infra/main.tf", "infra/only-root.tf",
                "main.tf");
    }

    @Test
    void aWalkOfASubfolderAppliesTheIgnoreFilesAboveItUpToTheWorkTree(@TempDir Path tmp) throws IOException {
        Path dir = repository(tmp);
        assertThat(discover(dir.resolve("infra"), LintConfig.defaults())).containsExactly(
                "keep.bak.tf", "main.tf", "only-root.tf");
        assertThat(discover(dir, LintConfig.defaults(), "infra")).containsExactly(
                "infra/keep.bak.tf", "infra/main.tf", "infra/only-root.tf");
    }

    @Test
    void withoutRespectGitignoreIgnoredFilesAreReadButToolCachesAreStillSkipped(@TempDir Path tmp) throws IOException {
        Path dir = repository(tmp);
        assertThat(discover(dir, LintConfig.defaults().withRespectGitignore(false))).containsExactly(
                "a.bak.tf", "build/out.tf", "cdk.out/Stack.template.json", "infra/build/deep.tf",
                "infra/keep.bak.tf", "infra/main.tf", "infra/only-root.tf", "infra/other.bak.tf",
                "infra/secret.tfvars", "local-only.tf", "main.tf", "only-root.tf");
    }

    @Test
    void aCopyWithoutDotGitIsReadAsTheRepositoryWouldBe(@TempDir Path tmp) throws IOException {
        write(tmp.resolve(".gitignore"), "generated/\n");
        write(tmp.resolve("main.tf"), "x\n");
        write(tmp.resolve("generated/main.tf"), "x\n");
        assertThat(discover(tmp, LintConfig.defaults())).containsExactly("main.tf");
    }

    @Test
    void configurationExcludesApplyInWalks(@TempDir Path tmp) throws IOException {
        Path dir = repository(tmp);
        assertThat(discover(dir, LintConfig.defaults().withExcludes(List.of("infra/**")))).containsExactly(
                "cdk.out/Stack.template.json", "main.tf");
    }

    @Test
    void namedFilesAreReadWhateverTheExcludesSayUnlessForceExclude(@TempDir Path tmp) throws IOException {
        Path dir = repository(tmp);
        LintConfig excludeInfra = LintConfig.defaults().withExcludes(List.of("infra/main.tf"));
        String[] named = {"main.tf", "a.bak.tf", "build/out.tf", "infra/main.tf", "infra/keep.bak.tf",
            "infra/secret.tfvars", ".terraform/modules/m/main.tf", "local-only.tf"};
        assertThat(discover(dir, excludeInfra, named)).hasSize(named.length);
        assertThat(discover(dir, excludeInfra.withForceExclude(true), named)).containsExactly(
                "infra/keep.bak.tf", "main.tf");
        assertThat(discover(dir, excludeInfra.withForceExclude(true).withRespectGitignore(false), named))
                .containsExactly("a.bak.tf", "build/out.tf", "infra/keep.bak.tf", "infra/secret.tfvars",
                        "local-only.tf", "main.tf");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aLinkedWorktreeReadsInfoExcludeFromTheRepositorysCommonFolder(@TempDir Path tmp) throws IOException {
        // git worktree add: the work tree's .git is a file naming .git/worktrees/NAME, whose commondir is ../..
        write(tmp.resolve("repo/.git/info/exclude"), "local-only.tf\n");
        write(tmp.resolve("repo/.git/worktrees/feature/commondir"), "../..\n");
        Path tree = tmp.resolve("feature");
        write(tree.resolve(".git"), "gitdir: " + tmp.resolve("repo/.git/worktrees/feature") + "\n");
        write(tree.resolve("main.tf"), "x\n");
        write(tree.resolve("local-only.tf"), "x\n");
        assertThat(discover(tree, LintConfig.defaults())).containsExactly("main.tf");
    }

    @Test
    void aSubmoduleReadsInfoExcludeFromTheGitFolderItsGitFileNames(@TempDir Path tmp) throws IOException {
        write(tmp.resolve(".git/modules/infra/info/exclude"), "local-only.tf\n");
        Path module = tmp.resolve("infra");
        write(module.resolve(".git"), "gitdir: ../.git/modules/infra\n");
        write(module.resolve("main.tf"), "x\n");
        write(module.resolve("local-only.tf"), "x\n");
        assertThat(discover(module, LintConfig.defaults())).containsExactly("main.tf");
    }
}
