package dev.sagelint.parse.nativespec;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.Variant;
import dev.sagelint.parse.Linker;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NativeSpecFormatTest {

    private final NativeSpecFormat format = new NativeSpecFormat();

    @Test
    void acceptsOnlyYamlWithTheSagelintApiVersion() {
        assertThat(format.accepts(new SourceFile("a.yaml", "apiVersion: sagelint/v1\n"))).isTrue();
        assertThat(format.accepts(new SourceFile("a.yml", "\"apiVersion\": 'sagelint/v1'\n"))).isTrue();
        assertThat(format.accepts(new SourceFile("a.yaml", "apiVersion: apps/v1\nkind: Deployment\n"))).isFalse();
        assertThat(format.accepts(new SourceFile("a.json", "apiVersion: sagelint/v1\n"))).isFalse();
    }

    @Test
    void mapsNestedAutoscalingToLinkedFactsWithLocations() {
        Deployment d = parse("""
                apiVersion: sagelint/v1
                environment: prod
                endpoints:
                  - name: scorer
                    variants:
                      - name: AllTraffic
                        instanceType: ml.g5.xlarge
                        initialInstanceCount: 2
                        autoscaling:
                          minCapacity: 2
                          maxCapacity: 10
                          policies:
                            - targetTracking: { metric: SageMakerVariantInvocationsPerInstance, targetValue: 70 }
                """);
        Variant v = only(d, Variant.class);
        ScalableTarget t = only(d, ScalableTarget.class);
        ScalingPolicy p = only(d, ScalingPolicy.class);
        assertThat(v.production()).isTrue();
        assertThat(t.resourceId()).isEqualTo("endpoint/scorer/variant/AllTraffic");
        assertThat(t.dimension()).isEqualTo(ScalableTarget.INSTANCE_COUNT);
        assertThat(t.variantKey()).isEqualTo(v.key());
        assertThat(t.endpointKey()).isEqualTo(only(d, Endpoint.class).key());
        assertThat(p.targetKey()).isEqualTo(t.key());
        assertThat(t.source().at("minCapacity")).hasToString("spec.yaml:10:24");
        assertThat(p.source().at("targetValue").line()).isEqualTo(13);
        assertThat(p.scaleInCooldown()).isNull();
        assertThat(p.source().isSet("scaleInCooldown")).isFalse();
        assertThat(problems(d)).isEmpty();
    }

    @Test
    void wrongTypesUnknownKeysAndDuplicatesAreProblemsAtTheirPositionAndReadingGoesOn() {
        Deployment d = parse("""
                apiVersion: sagelint/v1
                endpoints:
                  - name: scorer
                    variants:
                      - name: AllTraffic
                        initialInstanceCount: "2"
                        instanceTyp: ml.m5.large
                        autoscaling:
                          minCapacity: two
                          maxCapacity: [4]
                          minCapacity: 3
                """);
        assertThat(problems(d)).containsExactlyInAnyOrder(
                "spec.yaml:6:31 initialInstanceCount is \"2\"; expected a whole number, written without quotes",
                "spec.yaml:7:9 unknown key 'instanceTyp' in variants[0]; did you mean 'instanceType'?",
                "spec.yaml:9:24 minCapacity is \"two\"; expected a whole number",
                "spec.yaml:10:24 maxCapacity is a list; expected a whole number",
                "spec.yaml:11:11 duplicate key 'minCapacity' (line 9 sets it too); only the first is read, so remove the other");
        assertThat(only(d, ScalableTarget.class).minCapacity()).isNull();
        assertThat(only(d, Variant.class).name()).isEqualTo("AllTraffic");
    }

    @Test
    void aWholeNumberMayBeWrittenWithAZeroFractionAsInCloudFormationAndTheApi() {
        Deployment d = parse("""
                apiVersion: sagelint/v1
                endpoints:
                  - name: scorer
                    variants:
                      - name: AllTraffic
                        initialInstanceCount: 2.0
                        autoscaling:
                          minCapacity: 1e0
                          maxCapacity: 2.5
                """);
        assertThat(problems(d)).containsExactly("spec.yaml:9:24 maxCapacity is 2.5; expected a whole number");
        assertThat(only(d, Variant.class).initialInstanceCount()).isEqualTo(2);
        assertThat(only(d, ScalableTarget.class).minCapacity()).isEqualTo(1);
        assertThat(only(d, ScalableTarget.class).maxCapacity()).isNull();
    }

    @Test
    void brokenYamlIsOneFatalProblemAtThePlaceItBroke() {
        Deployment d = parse("apiVersion: sagelint/v1\nendpoints:\n  - name: [unclosed\n  - name: b\n");
        assertThat(d.facts()).singleElement().isInstanceOfSatisfying(InputProblem.class, p -> {
            assertThat(p.fatal()).isTrue();
            assertThat(p.location().line()).isEqualTo(4);
            assertThat(p.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void aliasBombAndDeepNestingAreRefusedWithTheLimitNamed() {
        StringBuilder bomb = new StringBuilder("apiVersion: sagelint/v1\na: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = c;
        }
        assertThat(problems(parse(bomb.toString()))).singleElement().asString().contains("aliases");

        String deep = "apiVersion: sagelint/v1\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertThat(problems(parse(deep))).singleElement().asString().contains("Nesting Depth");
    }

    @Test
    void anotherApiVersionIsRefusedAsAWhole() {
        assertThat(problems(parse("apiVersion: sagelint/v9\nendpoints: 3\n")))
                .containsExactly("spec.yaml:1:13 apiVersion is 'sagelint/v9'; this sagelint reads 'sagelint/v1'");
    }

    @Test
    void readsQuotasPerInstanceTypeAndRejectsUnknownTypesAndNegativeLimits() {
        Deployment d = parse("""
                apiVersion: sagelint/v1
                quotas:
                  ml.g5.xlarge: 4
                  ml.g5.xlargee: 2
                  ml.m5.large: -1
                  ml.c5.large: many
                """);
        List<dev.sagelint.model.InstanceQuota> quotas = d.facts().stream()
                .filter(dev.sagelint.model.InstanceQuota.class::isInstance)
                .map(dev.sagelint.model.InstanceQuota.class::cast).toList();
        assertThat(quotas).extracting(q -> q.instanceType() + "=" + q.limit() + "@" + q.location())
                .containsExactly("ml.g5.xlarge=4@spec.yaml:3:17", "ml.g5.xlargee=2@spec.yaml:4:18",
                        "ml.m5.large=null@spec.yaml:5:16", "ml.c5.large=null@spec.yaml:6:16");
        assertThat(problems(d)).containsExactly(
                "spec.yaml:4:18 quotas key 'ml.g5.xlargee' is not a SageMaker hosting instance type,"
                        + " serverlessConcurrency or serverlessProvisionedConcurrency; write a type such as ml.g5.xlarge",
                "spec.yaml:5:16 quota for ml.m5.large is -1; expected a whole number >= 0",
                "spec.yaml:6:16 ml.c5.large is \"many\"; expected a whole number");
    }

    @Test
    void readsTheServerlessConcurrencyQuotas() {
        Deployment d = parse("""
                apiVersion: sagelint/v1
                quotas:
                  serverlessConcurrency: 10
                  serverlessProvisionedConcurrency: -2
                  ml.g5.xlarge: 4
                """);
        assertThat(d.facts().stream().filter(dev.sagelint.model.ServerlessQuota.class::isInstance)
                .map(dev.sagelint.model.ServerlessQuota.class::cast)
                .map(q -> q.quota() + "=" + q.limit() + " provisioned=" + q.provisioned()))
                .containsExactly("serverlessConcurrency=10 provisioned=false",
                        "serverlessProvisionedConcurrency=null provisioned=true");
        assertThat(d.facts().stream().filter(dev.sagelint.model.InstanceQuota.class::isInstance)).hasSize(1);
        assertThat(problems(d)).containsExactly(
                "spec.yaml:4:37 quota for serverlessProvisionedConcurrency is -2; expected a whole number >= 0");
    }

    @Test
    void awsObjectsInTheSpecsSpellingReadThroughTheSharedShapesAndOnlyTheKeysItDeclares() {
        Deployment d = parse("""
                apiVersion: sagelint/v1
                endpoints:
                  - name: scorer
                    variants:
                      - name: AllTraffic
                        instanceType: ml.m5.large
                        autoscaling:
                          minCapacity: 1
                          maxCapacity: 4
                          scheduledActions:
                            - { name: night, schedule: "cron(0 22 * * ? *)", minCapacity: 1, maxCapacity: 2 }
                          policies:
                            - stepScaling:
                                adjustmentType: ChangeInCapacity
                                steps:
                                  - { lowerBound: 0, adjustment: 1, scalingAdjustment: 3 }
                                alarm:
                                  namespace: AWS/SageMaker
                                  name: Invocations
                                  extendedStatistic: p99
                                  dimensions: { EndpointName: scorer }
                                  threshold: 100
                subnets:
                  - { id: subnet-1, vpc: vpc-1, availabilityZone: us-east-1a, availabilityZoneId: use1-az1 }
                securityGroups:
                  - id: sg-1
                    ingress:
                      - { protocol: tcp, fromPort: 443, toPort: 443, cidr: 10.0.0.0/16, sourceSecurityGroup: sg-2 }
                vpcEndpoints:
                  - { vpc: vpc-1, service: sagemaker.runtime, type: Interface, groups: [sg-9] }
                """);
        dev.sagelint.model.ScheduledAction night = only(d, dev.sagelint.model.ScheduledAction.class);
        assertThat(List.of(night.minCapacity(), night.maxCapacity())).containsExactly(1, 2);
        assertThat(night.source().at("minCapacity")).hasToString("spec.yaml:11:75");
        ScalingPolicy step = only(d, ScalingPolicy.class);
        assertThat(step.stepAdjustments()).singleElement()
                .satisfies(a -> assertThat(a.scalingAdjustment()).isEqualTo(1));
        dev.sagelint.model.Alarm alarm = only(d, dev.sagelint.model.Alarm.class);
        assertThat(alarm.metric().statistic()).as("an undeclared key is not read").isNull();
        assertThat(alarm.metric().dimensions()).containsExactly(java.util.Map.entry("EndpointName", "scorer"));
        dev.sagelint.model.Subnet subnet = only(d, dev.sagelint.model.Subnet.class);
        assertThat(List.of(subnet.vpcId(), subnet.availabilityZone())).containsExactly("vpc-1", "us-east-1a");
        dev.sagelint.model.SecurityGroup sg = only(d, dev.sagelint.model.SecurityGroup.class);
        assertThat(sg.ingress()).extracting(r -> r.cidr() + " " + r.sourceGroup())
                .containsExactly("10.0.0.0/16 null", "null sg-2");
        dev.sagelint.model.VpcEndpoint e = only(d, dev.sagelint.model.VpcEndpoint.class);
        assertThat(e.serviceName()).isEqualTo("com.amazonaws.${AWS::Region}.sagemaker.runtime");
        assertThat(e.service()).isEqualTo("sagemaker.runtime");
        assertThat(e.securityGroupIds()).as("describe's Groups is not a spec key").isEmpty();
        assertThat(problems(d)).containsExactlyInAnyOrder(
                "spec.yaml:16:53 unknown key 'scalingAdjustment' in steps item; expected one of adjustment, lowerBound,"
                        + " upperBound",
                "spec.yaml:20:19 unknown key 'extendedStatistic' in alarm; expected one of dimensions, name,"
                        + " namespace, statistic, threshold",
                "spec.yaml:24:63 unknown key 'availabilityZoneId' in subnets[0]; did you mean 'availabilityZone'?",
                "spec.yaml:30:64 unknown key 'groups' in vpcEndpoints[0]; expected one of privateDns, routeTables,"
                        + " securityGroups, service, subnets, type, vpc");
    }

    private Deployment parse(String yaml) {
        Deployment d = format.parse(List.of(new SourceFile("spec.yaml", yaml)), ParseContext.defaults()).get(0);
        return Linker.link(d, ParseContext.defaults());
    }

    private static List<String> problems(Deployment d) {
        return d.facts().stream().filter(InputProblem.class::isInstance).map(InputProblem.class::cast)
                .map(p -> p.location() + " " + p.message()).toList();
    }

    private static <T extends Fact> T only(Deployment d, Class<T> type) {
        List<T> all = d.facts().stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
