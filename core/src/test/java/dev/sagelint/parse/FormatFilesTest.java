package dev.sagelint.parse;

import dev.sagelint.parse.api.ApiJsonFormat;
import dev.sagelint.parse.cfn.CloudFormationFormat;
import dev.sagelint.parse.nativespec.NativeSpecFormat;
import dev.sagelint.parse.terraform.TerraformFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Detection is a bounded look at a file's head, and the formats' declarations are the documentation:
 * docs/inputs/README.md is generated from them.
 */
class FormatFilesTest {

    static final String REGENERATE = "./mvnw -pl core test -Dtest=FormatFilesTest -Dsagelint.regenerate=true";
    private static final Path DOC = Path.of("../docs/inputs/README.md");

    /** What a folder walk skips and why (engine.ProjectLinter and engine.IgnoreFiles implement it). */
    private static final String WALK = """

            ## What a folder walk skips, and why

            - **What git ignores.** Every `.gitignore` from the top of the git work tree (the nearest folder with
              `.git`) down to the file's folder, the deepest match winning (`!pattern` re-includes), and
              `.git/info/exclude`, matched by JGit's implementation of git's rules. A folder git ignores is not
              entered, so nothing under it is read (as in git). Outside a git work tree the `.gitignore` files from
              the working folder down still apply, so a copy of a repository is read as the repository is. The
              global excludes file (`core.excludesFile`) is not read: the result must not depend on the machine.
              Off with `--no-respect-gitignore`, `respectGitignore: false` or the Maven parameter
              `respectGitignore`. Why: ignored files are build output, local state or secrets, not what is deployed.
            - **The configuration's globs**: files matching `exclude`, and files outside `include` when it is set.
            - **Tool output and caches, always**: `.git/`, `target/`, `node_modules/`, `.terraform/` (modules
              `terraform init` downloaded: lint them where they come from), `.aws-sam/` (`sam build`'s copy of the
              template, which would be linted twice) and `cdk.out/asset.*` (CDK asset staging; the synthesized
              `cdk.out/*.template.json` are read).
            - Symbolic links are not followed.

            A folder named on the command line is walked even when git ignores it. A file named on the command
            line is read whatever its extension, and the excludes and ignore rules do not apply to it unless
            `--force-exclude` (`forceExclude: true`) is given, as pre-commit hooks should. `sagelint lint -`
            reads standard input as the file `--stdin-filename NAME` (default `stdin`), linted on its own.
            """;

    @Test
    void detectionLooksOnlyAtTheHead() {
        // 50,000 blank lines before the marker: a linear scan finds it (the old (?m)(^|[{,])\s*... patterns
        // backtracked over every following line at every line start, which hung detection)
        assertThat(new CloudFormationFormat().accepts(new SourceFile("t.yaml", "\n".repeat(50_000)
                + "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"))).isTrue();
        // markers past the head are not looked for: detection costs the same whatever the file's size
        String blank = "\n".repeat(Sniff.PREFIX_CHARS);
        assertThat(new CloudFormationFormat().accepts(new SourceFile("t.yaml", blank
                + "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"))).isFalse();
        assertThat(new NativeSpecFormat().accepts(new SourceFile("s.yaml", blank + "apiVersion: sagelint/v1\n")))
                .isFalse();
        assertThat(new ApiJsonFormat().accepts(new SourceFile("a.json", "[" + blank
                + "{\"EndpointConfigName\": \"e\", \"ProductionVariants\": []}]"))).isFalse();
        // within the head, blank lines and long runs of spaces change nothing
        String some = "\n".repeat(1_000) + " ".repeat(20_000);
        assertThat(new CloudFormationFormat().accepts(new SourceFile("t.yaml", some
                + "\nAWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"))).isTrue();
        assertThat(new CloudFormationFormat().accepts(new SourceFile("t.json", "{" + some
                + "\"Resources\"" + some + ": {\"E\": {\"Type\": \"AWS::SageMaker::Endpoint\"}}}"))).isTrue();
        assertThat(new TerraformFormat().accepts(new SourceFile("plan.json", "{\"format_version\": \"1.2\","
                + some + "\"planned_values\": {}}"))).isTrue();
    }

    @Test
    void keysAreMatchedAsKeysNotAsParts() {
        CloudFormationFormat cfn = new CloudFormationFormat();
        assertThat(cfn.accepts(new SourceFile("t.yaml", "MyResources:\n  Type: AWS::X\n"))).isFalse();
        assertThat(cfn.accepts(new SourceFile("t.yaml", "Resources:\n  Type: AWS::X\n"))).isTrue();
        assertThat(cfn.accepts(new SourceFile("t.yaml", "x: {a: 1, Resources: {E: {Type: 'AWS::X'}}}\n"))).isTrue();
        assertThat(cfn.accepts(new SourceFile("t.yaml", "AWSTemplateFormatVersionX: 1\n"))).isFalse();
        assertThat(new NativeSpecFormat().accepts(new SourceFile("s.yaml", "  apiVersion: sagelint/v1\n")))
                .as("indented, not top level").isFalse();
    }

    @Test
    void inputsPageIsGeneratedFromTheDeclarations() throws IOException {
        String expected = "# Which files sagelint reads\n\nGenerated from each input format's declaration"
                + " (`InputFormat.files()`) by `" + REGENERATE + "`; do not edit.\n\n"
                + "`sagelint lint FOLDER` reads every file whose name ends with one of these extensions; each"
                + " format, asked in this order, then decides by a bounded look at the file's first "
                + Sniff.PREFIX_CHARS / 1024 + " KiB whether the file is its input.\n\n"
                + Formats.markdown(Formats.all()) + WALK;
        String current = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : null;
        if (!expected.equals(current)) {
            if (Boolean.getBoolean("sagelint.regenerate")) {
                Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            } else {
                fail(DOC + " is stale; regenerate with: " + REGENERATE);
            }
        }
    }
}
