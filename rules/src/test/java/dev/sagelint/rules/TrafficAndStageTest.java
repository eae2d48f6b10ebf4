package dev.sagelint.rules;

import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.Linter;
import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;
import dev.sagelint.model.Source;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What fixtures cannot show: that SL101 keeps its severity whatever traffic is declared, and traffic and
 * production stage that come from the configuration file instead of the input.
 */
class TrafficAndStageTest {

    private static final String SINGLE_INSTANCE = """
            apiVersion: sagelint/v1
            endpoints:
              - name: fraud-scorer
                variants:
                  - name: AllTraffic
                    instanceType: ml.m5.xlarge
                    initialInstanceCount: 1
            """;

    private static final String TRACKING_ONLY = """
            apiVersion: sagelint/v1
            endpoints:
              - name: claims-classifier
                variants:
                  - name: AllTraffic
                    instanceType: ml.c5.xlarge
                    initialInstanceCount: 2
                    autoscaling:
                      minCapacity: 2
                      maxCapacity: 6
                      policies:
                        - targetTracking:
                            metric: SageMakerVariantInvocationsPerInstance
                            targetValue: 1200
                            scaleInCooldown: 600
                            scaleOutCooldown: 60
            """;

    @Test
    void sl101StaysAWarningWhenTheTrafficIsDeclaredSpiky() throws IOException {
        String fixture = "scaling/SL101/bad.yaml";
        String text = Files.readString(RuleFixtureTest.FIXTURES.resolve(fixture), StandardCharsets.UTF_8);
        assertTrue(text.contains("pattern: spiky") || text.contains("unpredictableBursts: true"),
                "the fixture declares spiky traffic for one endpoint");
        List<String> seen = BuiltInLinter.get().lint(List.of(new SourceFile(fixture, text))).findings().stream()
                .filter(f -> f.ruleId().equals("SL101"))
                .map(f -> f.location().line() + " " + f.severity()).toList();
        assertEquals(List.of(lineOf(text, "is 60 s") + " WARNING", lineOf(text, "is 120 s") + " WARNING",
                lineOf(text, "is 0 s") + " WARNING"), seen);
    }

    @Test
    void sl204UsesTheProductionFlagOfTheConfigFile() {
        // only SL204's findings: SL206 (no autoscaling, info) reports the same variant regardless of the stage
        assertEquals(List.of("7 SL204"), only("SL204", ids(BuiltInLinter.get(), SINGLE_INSTANCE)),
                "stage unknown: reported (at info)");
        Linter prod = withConfig(Map.of(), Map.of("fraud-scorer", true));
        assertEquals(List.of("7 SL204"), only("SL204", ids(prod, SINGLE_INSTANCE)));
        Linter dev = withConfig(Map.of(), Map.of("fraud-scorer", false));
        assertEquals(List.of(), only("SL204", ids(dev, SINGLE_INSTANCE)), "declared not production: no finding");
    }

    @Test
    void sl113UsesTheTrafficProfileOfTheConfigFile() {
        assertEquals(List.of(), ids(BuiltInLinter.get(), TRACKING_ONLY), "no traffic declared: no finding");
        var businessHours = new TrafficProfile(TrafficProfile.Pattern.PREDICTABLE, 50.0, 2.0, null, "08:00-18:00",
                null, Source.at(Location.ofFile(".sagelint.yaml")));
        Linter configured = withConfig(Map.of("claims-classifier", businessHours), Map.of());
        assertEquals(List.of("9 SL113"), ids(configured, TRACKING_ONLY));
    }

    @Test
    void scaleInCooldownRulesIgnorePoliciesThatNeverScaleIn() {
        String noScaleIn = """
                apiVersion: sagelint/v1
                endpoints:
                  - name: claims-classifier
                    variants:
                      - name: AllTraffic
                        instanceType: ml.c5.xlarge
                        initialInstanceCount: 2
                        autoscaling:
                          minCapacity: 2
                          maxCapacity: 6
                          policies:
                            - name: short-cooldown
                              targetTracking: { metric: SageMakerVariantInvocationsPerInstance, targetValue: 1200,
                                                scaleInCooldown: 30, scaleOutCooldown: 60, disableScaleIn: true }
                            - name: no-cooldown
                              targetTracking: { metric: SageMakerVariantConcurrentRequestsPerModel, targetValue: 5,
                                                scaleOutCooldown: 60, disableScaleIn: true }
                            - name: scale-in-enabled
                              targetTracking: { metric: SageMakerVariantConcurrentRequestsPerModelHighResolution, targetValue: 4,
                                                scaleInCooldown: 30, scaleOutCooldown: 60, disableScaleIn: false }
                """;
        List<String> seen = BuiltInLinter.get().lint(List.of(new SourceFile("spec.yaml", noScaleIn))).findings()
                .stream().filter(f -> f.ruleId().equals("SL101") || f.ruleId().equals("SL103"))
                .map(f -> f.location().line() + " " + f.ruleId()).toList();
        // only the policy that can scale in is reported
        assertEquals(List.of("20 SL101"), seen);
    }

    @Test
    void sl207AndSl211UseTheQuotasOfTheConfigFileForEveryFormat() {
        String template = """
                Resources:
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants:
                        - { VariantName: AllTraffic, ModelName: m, InstanceType: ml.g5.xlarge, InitialInstanceCount: 2 }
                  Endpoint:
                    Type: AWS::SageMaker::Endpoint
                    Properties:
                      EndpointName: ranker
                      EndpointConfigName: !GetAtt Config.EndpointConfigName
                      RetainAllVariantProperties: true
                  Target:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      ServiceNamespace: sagemaker
                      ScalableDimension: sagemaker:variant:DesiredInstanceCount
                      ResourceId: endpoint/ranker/variant/AllTraffic
                      MinCapacity: 2
                      MaxCapacity: 8
                  Serverless:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants:
                        - VariantName: AllTraffic
                          ModelName: m
                          ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 20 }
                """;
        SourceFile file = new SourceFile("template.yaml", template);
        assertEquals(List.of(), BuiltInLinter.get().lint(List.of(file)).findings().stream()
                .filter(f -> f.ruleId().equals("SL207") || f.ruleId().equals("SL211")).toList(), "no quota declared");
        LintConfig config = dev.sagelint.config.ConfigLoader.parse(".sagelint.yaml",
                "quotas:\n  ml.g5.xlarge: 4\n  serverlessConcurrency: 10\n", id -> true);
        Linter linter = Linter.builder().rulePack(new BuiltInRules()).config(config).build();
        List<String> seen = linter.lint(List.of(file)).findings().stream()
                .filter(f -> f.ruleId().equals("SL207") || f.ruleId().equals("SL211"))
                .map(f -> f.location().line() + " " + f.ruleId() + " " + f.message()).toList();
        assertEquals(2, seen.size(), seen.toString());
        assertTrue(seen.get(0).startsWith("20 SL207 MaxCapacity 8 on variant AllTraffic exceeds the declared quota of 4"
                + " ml.g5.xlarge instances"), seen.get(0));
        assertTrue(seen.get(1).contains("SL211 ") && seen.get(1).contains("above the declared quota"
                + " serverlessConcurrency of 10"), seen.get(1));
    }

    private static Linter withConfig(Map<String, TrafficProfile> traffic, Map<String, Boolean> production) {
        LintConfig d = LintConfig.defaults();
        LintConfig config = new LintConfig(d.disabledRules(), d.severities(), d.failOnSeverity(), d.includes(),
                d.excludes(), traffic, production, d.baseline(), d.limits());
        return Linter.builder().rulePack(new BuiltInRules()).config(config).build();
    }

    private static List<String> ids(Linter linter, String spec) {
        return linter.lint(List.of(new SourceFile("spec.yaml", spec))).findings().stream()
                .map(f -> f.location().line() + " " + f.ruleId()).toList();
    }

    private static List<String> only(String ruleId, List<String> ids) {
        return ids.stream().filter(id -> id.endsWith(" " + ruleId)).toList();
    }

    /** The 1-based line of the marker that contains the fragment. */
    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("expect:") && lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no marker with '" + fragment + "'");
    }
}
