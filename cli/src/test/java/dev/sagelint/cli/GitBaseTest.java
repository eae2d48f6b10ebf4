package dev.sagelint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * lint --base REF: a real git repository built with JGit in a temporary folder, two commits (the base has
 * ml.m5.xlarge, the head ml.g5.xlarge on an autoscaled variant), the base read at the revision without running git.
 */
class GitBaseTest {

    @TempDir
    Path tmp;

    Path repo;

    static String template(String instanceType) {
        return template("fraud-scorer", instanceType);
    }

    static String template(String endpointName, String instanceType) {
        return """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants:
                        - VariantName: AllTraffic
                          ModelName: fraud-model
                          InstanceType: %s
                          InitialInstanceCount: 2
                  Endpoint:
                    Type: AWS::SageMaker::Endpoint
                    Properties:
                      EndpointName: %s
                      EndpointConfigName: !GetAtt Config.EndpointConfigName
                  Target:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      ServiceNamespace: sagemaker
                      ScalableDimension: sagemaker:variant:DesiredInstanceCount
                      ResourceId: !Sub endpoint/${Endpoint.EndpointName}/variant/AllTraffic
                      MinCapacity: 2
                      MaxCapacity: 6
                """.formatted(instanceType, endpointName);
    }

    /** Commits every file of the work tree, with a fixed author and time so the history is the same every run. */
    static void commit(Git git, String message, int second) throws Exception {
        PersonIdent who = new PersonIdent("Test", "test@example.com", Instant.ofEpochSecond(1_700_000_000L + second),
                ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @BeforeEach
    void twoCommits() throws Exception {
        repo = tmp.resolve("repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Cli.write(repo.resolve("templates/orders.yaml"), template("ml.m5.xlarge"));
            commit(git, "base", 0);
            Cli.write(repo.resolve("templates/orders.yaml"), template("ml.g5.xlarge"));
            commit(git, "head", 1);
        }
    }

    private static final Pattern FINDING = Pattern.compile("(?m)^(\\S+:\\d+):\\d+: \\w+ (SL\\d{3}) ");

    /** "file:line rule" of every finding line of a text report, in report order. */
    static List<String> findings(String out) {
        Matcher m = FINDING.matcher(out);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) + " " + m.group(2));
        }
        return found;
    }

    @Test
    void theRevisionIsTheBase() {
        Cli.Run plain = Cli.run(repo, "lint", "templates");
        assertThat(findings(plain.out())).as(plain.toString())
                .containsExactly("templates/orders.yaml:11 SL707", "templates/orders.yaml:16 SL105");

        Cli.Run diff = Cli.run(repo, "lint", "templates", "--base", "HEAD~1");
        assertThat(findings(diff.out())).as(diff.toString())
                .containsExactly("templates/orders.yaml:9 SL708", "templates/orders.yaml:10 SL713",
                        "templates/orders.yaml:11 SL707", "templates/orders.yaml:16 SL105");
        assertThat(diff.out()).contains("templates/orders.yaml:9:25: warning SL708 variant AllTraffic of endpoint"
                + " fraud-scorer changes InstanceType from ml.m5.xlarge to ml.g5.xlarge while its scalable target");

        Cli.Run newOnly = Cli.run(repo, "lint", "templates", "--base", "HEAD~1", "--new-only");
        // SL713: the config's content changes and the endpoint does not retain the variants' counts
        assertThat(findings(newOnly.out())).as(newOnly.toString())
                .containsExactly("templates/orders.yaml:9 SL708", "templates/orders.yaml:10 SL713");
        assertThat(newOnly.err()).contains("2 suppressed"); // SL707 and SL105, already in the base
    }

    /** "rule line baselineState [suppressed]" of every SARIF result, in report order. */
    static List<String> sarifResults(String sarif) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode r : SchemaTest.JSON.readTree(sarif).at("/runs/0/results")) {
            out.add(r.path("ruleId").asText() + " "
                    + r.at("/locations/0/physicalLocation/region/startLine").asInt() + " "
                    + r.path("baselineState").asText("-") + (r.has("suppressions") ? " suppressed" : ""));
        }
        return out;
    }

    @Test
    void sarifSaysWhichResultsAreNewAndWhichTheBaseHad() throws Exception {
        Cli.Run all = Cli.run(repo, "lint", "templates", "--base", "HEAD~1", "--format", "sarif");
        assertThat(sarifResults(all.out())).as(all.toString())
                .containsExactly("SL708 9 new", "SL713 10 new", "SL707 11 unchanged", "SL105 16 unchanged");

        Cli.Run newOnly = Cli.run(repo, "lint", "templates", "--base", "HEAD~1", "--new-only", "--format", "sarif");
        assertThat(sarifResults(newOnly.out())).as(newOnly.toString()).containsExactly("SL708 9 new", "SL713 10 new",
                "SL707 11 unchanged suppressed", "SL105 16 unchanged suppressed");
        JsonNode hidden = SchemaTest.JSON.readTree(newOnly.out()).at("/runs/0/results/2/suppressions/0");
        assertThat(hidden.path("kind").asText()).isEqualTo("external");
        assertThat(hidden.path("justification").asText())
                .isEqualTo("already in the base (HEAD~1), so the new-only view leaves it out");

        Cli.Run plain = Cli.run(repo, "lint", "templates", "--format", "sarif");
        assertThat(sarifResults(plain.out())).as(plain.toString()).containsExactly("SL707 11 -", "SL105 16 -");

        String shared = System.getProperty("sagelint.shared");
        Path schemaFile = shared == null ? null : Path.of(shared, "reference/sarif/sarif-schema-2.1.0.json");
        if (schemaFile != null && Files.isRegularFile(schemaFile)) {
            var schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                    com.networknt.schema.SpecVersion.VersionFlag.V4).getSchema(SchemaTest.JSON.readTree(schemaFile.toFile()));
            assertThat(schema.validate(SchemaTest.JSON.readTree(newOnly.out()))).isEmpty();
            JsonNode log = SchemaTest.JSON.readTree(newOnly.out());
            // not one of the schema's states: the check can fail
            ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0")).put("baselineState", "changed");
            assertThat(schema.validate(log)).isNotEmpty();
        }
    }

    @Test
    void theSamePathsAreReadFromASubfolderAndWithoutPaths() {
        Cli.Run sub = Cli.run(repo.resolve("templates"), "lint", "--base", "main~1", "--new-only");
        assertThat(findings(sub.out())).as(sub.toString()).containsExactly("orders.yaml:9 SL708", "orders.yaml:10 SL713");

        Cli.Run top = Cli.run(repo, "lint", "--base", "HEAD~1", "--new-only");
        assertThat(findings(top.out())).as(top.toString()).containsExactly("templates/orders.yaml:9 SL708",
                "templates/orders.yaml:10 SL713");
    }

    @Test
    void theSameRevisionChangesNothing() {
        Cli.Run same = Cli.run(repo, "lint", "templates", "--base", "HEAD", "--new-only");
        assertThat(findings(same.out())).as(same.toString()).isEmpty();
        assertThat(same.code()).isZero();
    }

    @Test
    void aFileTheBaseDidNotHaveIsAllNew() throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            Cli.write(repo.resolve("templates/more/payments.yaml"), template("payments", "ml.c5.xlarge"));
            commit(git, "another template", 2);
        }
        Cli.Run run = Cli.run(repo, "lint", "--base", "HEAD~1", "--new-only");
        assertThat(findings(run.out())).as(run.toString())
                .containsExactly("templates/more/payments.yaml:11 SL707", "templates/more/payments.yaml:16 SL105");
    }

    @Test
    void aBaseThatDoesNotParseIsShownAndTheHeadIsLintedAsUsual() throws Exception {
        Path other = tmp.resolve("other");
        try (Git git = Git.init().setDirectory(other.toFile()).setInitialBranch("main").call()) {
            Cli.write(other.resolve("orders.yaml"), template("ml.m5.xlarge").replace("      MaxCapacity: 6",
                    "      MaxCapacity: [6"));
            commit(git, "broken", 0);
            Cli.write(other.resolve("orders.yaml"), template("ml.g5.xlarge"));
            commit(git, "fixed", 1);
        }
        Cli.Run run = Cli.run(other, "lint", "--base", "HEAD~1");
        assertThat(run.code()).as(run.toString()).isZero(); // the base's SL001 does not fail the head
        assertThat(findings(run.out())).as(run.toString())
                .containsExactly("orders.yaml:1 SL004", "orders.yaml:11 SL707", "orders.yaml:16 SL105");
        assertThat(run.out()).contains("orders.yaml:1:1: info SL004 the base version of this file (HEAD~1) cannot be"
                + " read at line 24");
        assertThat(run.err()).containsPattern("(?m)^sagelint: base HEAD~1: orders\\.yaml:24:\\d+: error SL001 ");
    }

    @Test
    void theCommitsGitignoreAppliesToTheBaseAsTheWorkingTreesToTheHead() throws Exception {
        Path other = tmp.resolve("ignoring");
        String broken = template("ml.m5.xlarge").replace("      MaxCapacity: 6", "      MaxCapacity: [6");
        try (Git git = Git.init().setDirectory(other.toFile()).setInitialBranch("main").call()) {
            Cli.write(other.resolve("generated/copy.yaml"), broken);
            Cli.write(other.resolve("orders.yaml"), template("ml.m5.xlarge"));
            git.add().addFilepattern(".").call(); // tracked before .gitignore names its folder
            Cli.write(other.resolve(".gitignore"), "generated/\n");
            commit(git, "base", 0);
            Cli.write(other.resolve("orders.yaml"), template("ml.g5.xlarge"));
            commit(git, "head", 1);
        }
        Cli.Run respected = Cli.run(other, "lint", "--base", "HEAD~1", "--new-only");
        assertThat(findings(respected.out())).as(respected.toString())
                .containsExactly("orders.yaml:9 SL708", "orders.yaml:10 SL713");
        assertThat(respected.err()).as(respected.toString()).doesNotContain("generated/");

        Cli.Run everything = Cli.run(other, "lint", "--base", "HEAD~1", "--no-respect-gitignore");
        assertThat(everything.err()).as(everything.toString())
                .containsPattern("(?m)^sagelint: base HEAD~1: generated/copy\\.yaml:24:\\d+: error SL001 ");
    }

    @Test
    void anUnknownRevisionIsAOneLineUsageError() {
        Cli.Run unknown = Cli.run(repo, "lint", "--base", "HEAD~5");
        assertThat(unknown.code()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.err()).contains("--base HEAD~5: neither a folder nor a revision of the repository at")
                .hasLineCount(1);

        Cli.Run typo = Cli.run(repo, "lint", "--base", "mian");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("(did you mean main?)").hasLineCount(1);

        Cli.Run syntax = Cli.run(repo, "lint", "--base", "HEAD^^^{nonsense}");
        assertThat(syntax.code()).as(syntax.toString()).isEqualTo(2);
        assertThat(syntax.err()).startsWith("sagelint: --base HEAD^^^{nonsense}: neither a folder nor a")
                .hasLineCount(1);
    }

    @Test
    void aShallowCloneWithoutTheBaseSaysToFetchTheHistory() throws Exception {
        Path clone = tmp.resolve("clone");
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(clone.toFile()).setDepth(1).call().close();
        Cli.Run run = Cli.run(clone, "lint", "--base", "HEAD~1");
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--base HEAD~1: the revision is not in this shallow clone of")
                .contains("fetch-depth: 0").hasLineCount(1);
    }

    @Test
    void aPathOutsideTheRepositoryIsAUsageError() {
        Cli.write(tmp.resolve("outside/orders.yaml"), template("ml.m5.xlarge"));
        Cli.Run run = Cli.run(repo, "lint", "../outside", "--base", "HEAD~1");
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--base HEAD~1: ../outside is outside the git repository").hasLineCount(1);
    }

    @Test
    void outsideAGitRepositoryARevisionIsAUsageError() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Cli.write(plain.resolve("orders.yaml"), template("ml.m5.xlarge"));
        Cli.Run run = Cli.run(plain, "lint", "--base", "HEAD~1");
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--base HEAD~1: not a folder, and").contains("is not inside a git repository")
                .hasLineCount(1);
    }

    @Test
    void anExistingFolderWinsOverARevisionOfTheSameName() throws Exception {
        Cli.write(repo.resolve("HEAD~1/templates/orders.yaml"), template("ml.g5.xlarge"));
        Cli.Run run = Cli.run(repo, "lint", "templates", "--base", "HEAD~1", "--new-only");
        assertThat(findings(run.out())).as(run.toString()).isEmpty();
    }
}
