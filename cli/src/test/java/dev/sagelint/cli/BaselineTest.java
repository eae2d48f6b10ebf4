package dev.sagelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** --write-baseline then --baseline: old findings hidden, new ones shown, edits elsewhere tolerated. */
class BaselineTest {

    @TempDir
    Path tmp;

    @Test
    void roundTripSurvivesUnrelatedEditsAndShowsNewFindings() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.Run write = Cli.run(p, "lint", "bad.yaml", "--write-baseline", "sagelint-baseline.json");
        assertThat(write.code()).as(write.toString()).isZero();
        assertThat(write.err()).contains("recorded 1 finding in sagelint-baseline.json");
        String baseline = Cli.read(p.resolve("sagelint-baseline.json"));
        assertThat(baseline).contains("\"ruleId\" : \"SL201\"", "\"path\" : \"bad.yaml\"");

        Cli.Run hidden = Cli.run(p, "lint", "bad.yaml", "--baseline", "sagelint-baseline.json");
        assertThat(hidden.code()).as(hidden.toString()).isZero();
        assertThat(hidden.out()).isEmpty();
        assertThat(hidden.err()).isEqualTo("No findings in 1 file; 1 suppressed.\n");

        // lines added above the finding move it from line 9 to line 12: still the same finding
        String bad = Cli.read(p.resolve("bad.yaml"));
        Cli.write(p.resolve("bad.yaml"), "# owner: ml-platform\n# reviewed\n\n" + bad);
        Cli.Run moved = Cli.run(p, "lint", "bad.yaml", "--baseline", "sagelint-baseline.json");
        assertThat(moved.code()).as(moved.toString()).isZero();

        // a second variant with the same problem is new
        String twoVariants = Cli.read(p.resolve("bad.yaml")).replace("    variants:\n", """
                    variants:
                      - name: Canary
                        instanceType: ml.m5.xlarge
                        initialInstanceCount: 2
                        autoscaling:
                          minCapacity: 0
                          maxCapacity: 2
                          policies:
                            - targetTracking: { metric: SageMakerVariantInvocationsPerInstance, targetValue: 100,
                                                scaleInCooldown: 600, scaleOutCooldown: 60 }
                """);
        Cli.write(p.resolve("bad.yaml"), twoVariants);
        Cli.Run added = Cli.run(p, "lint", "bad.yaml", "--baseline", "sagelint-baseline.json");
        assertThat(added.code()).as(added.toString()).isEqualTo(1);
        assertThat(added.out()).contains("error SL201");
        assertThat(added.err()).contains("1 suppressed");
        assertThat(added.out().lines().filter(l -> l.contains("SL201")).count()).isEqualTo(1);
    }

    @Test
    void baselineFromTheConfigurationIsRelativeToTheConfigurationFile() {
        Path p = Cli.copy("mixed", tmp.resolve("repo/infra"));
        assertThat(Cli.run(p, "lint", "bad.yaml", "--write-baseline", "../ci/baseline.json").code()).isZero();
        Cli.write(tmp.resolve("repo/.sagelint.yaml"), "baseline: ci/baseline.json\n");
        Cli.Run run = Cli.run(p, "lint", "bad.yaml");
        assertThat(run.code()).as(run.toString()).isZero();
    }

    @Test
    void aMissingBaselineIsAUsageError() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.Run run = Cli.run(p, "lint", "--baseline", "none.json");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("none.json does not exist; create it with --write-baseline");
    }

    @Test
    void aBaselineWithABadEntryIsAUsageErrorAtItsLine() {
        Path p = Cli.copy("mixed", tmp.resolve("p"));
        Cli.write(p.resolve("old.json"), "{\"version\": 1, \"findings\": [\n  {\"ruleId\": \"SL201\", \"path\": \"bad.yaml\"}\n]}\n");
        Cli.Run run = Cli.run(p, "lint", "--baseline", "old.json");
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("old.json:2:3: findings[0] has no \"fingerprint\"; this is not a baseline"
                + " sagelint wrote: write it again with --write-baseline").doesNotContain("Exception");
    }
}
