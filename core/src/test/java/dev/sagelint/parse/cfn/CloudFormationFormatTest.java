package dev.sagelint.parse.cfn;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InferenceComponent;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.StackOrder;
import dev.sagelint.model.Suppression;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.model.Variant;
import dev.sagelint.model.Vpc;
import dev.sagelint.model.VpcEndpoint;
import dev.sagelint.parse.Linker;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CloudFormationFormatTest {

    private static final CloudFormationFormat FORMAT = new CloudFormationFormat();

    private static Deployment parse(String path, String text, Map<String, String> parameters) {
        SourceFile file = new SourceFile(path, text);
        assertTrue(FORMAT.accepts(file), path + " should be recognised as CloudFormation");
        ParseContext context = ParseContext.defaults().withParameters(parameters);
        return Linker.link(FORMAT.parse(List.of(file), context).get(0), context);
    }

    private static Deployment parse(String text) {
        return parse("t.yaml", text, Map.of());
    }

    private static <T extends Fact> T one(Deployment d, Class<T> type, String key) {
        return d.facts().stream().filter(type::isInstance).map(type::cast).filter(f -> f.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + key
                        + " in " + d.facts()));
    }

    private static List<InputProblem> problems(Deployment d) {
        return d.facts().stream().filter(InputProblem.class::isInstance).map(InputProblem.class::cast).toList();
    }

    static final String ENDPOINT = """
            AWSTemplateFormatVersion: 2010-09-09
            Parameters:
              InstanceType:
                Type: String
                Default: ml.m5.large
              Stage:
                Type: String
                Default: dev
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Config:
                Type: AWS::SageMaker::EndpointConfig
                Properties:
                  ProductionVariants:
                    - VariantName: AllTraffic
                      ModelName: my-model
                      InstanceType: !Ref InstanceType
                      InitialInstanceCount: !If [IsProd, 2, 1]
              Endpoint:
                Type: AWS::SageMaker::Endpoint
                Metadata:
                  sagelint:
                    traffic: { pattern: spiky }
                    suppress:
                      - { rule: SL204, reason: warm standby elsewhere }
                Properties:
                  EndpointConfigName: !GetAtt Config.EndpointConfigName
                  Tags:
                    - { Key: Environment, Value: !Ref Stage }
              Target:
                Type: AWS::ApplicationAutoScaling::ScalableTarget
                Properties:
                  ServiceNamespace: sagemaker
                  ScalableDimension: sagemaker:variant:DesiredInstanceCount
                  ResourceId: !Sub endpoint/${Endpoint.EndpointName}/variant/AllTraffic
                  MinCapacity: 1
                  MaxCapacity: 4
              Policy:
                Type: AWS::ApplicationAutoScaling::ScalingPolicy
                Properties:
                  PolicyName: invocations
                  PolicyType: TargetTrackingScaling
                  ScalingTargetId: !Ref Target
                  TargetTrackingScalingPolicyConfiguration:
                    TargetValue: 70
                    PredefinedMetricSpecification:
                      PredefinedMetricType: SageMakerVariantInvocationsPerInstance
                    ScaleInCooldown: 60
            """;

    @Test
    void getAttOnAnUnnamedEndpointLinksTargetVariantAndPolicy() {
        Deployment d = parse(ENDPOINT);
        ScalableTarget t = one(d, ScalableTarget.class, "Target");
        assertEquals("endpoint/${Endpoint.EndpointName}/variant/AllTraffic", t.resourceId());
        assertEquals("Endpoint", t.endpointKey());
        assertEquals("Config.variant0", t.variantKey());
        assertEquals(1, t.minCapacity());
        assertEquals(37, t.source().at("minCapacity").line());
        assertEquals(20, t.source().at("minCapacity").column());
        ScalingPolicy p = one(d, ScalingPolicy.class, "Policy");
        assertEquals("Target", p.targetKey());
        assertEquals(60, p.scaleInCooldown());
        assertEquals(49, p.source().at("scaleInCooldown").line());
        assertEquals("SageMakerVariantInvocationsPerInstance", p.predefinedMetric());
        assertTrue(one(d, StackOrder.class, "Target.order").orderedAfter());
        Deployment withModel = parse(ENDPOINT.replace("ModelName: my-model", "ModelName: !GetAtt Model.ModelName")
                .replace("Resources:\n", "Resources:\n  Model:\n    Type: AWS::SageMaker::Model\n"
                        + "    Properties: { ExecutionRoleArn: r, PrimaryContainer: { Image: i } }\n"));
        assertEquals("Endpoint", one(withModel, Model.class, "Model").endpointKey());
        assertEquals("Config", one(d, Endpoint.class, "Endpoint").configKey());
    }

    @Test
    void parametersDefaultsAndConditionsResolve() {
        Deployment d = parse(ENDPOINT);
        Variant v = one(d, Variant.class, "Config.variant0");
        assertEquals("ml.m5.large", v.instanceType());
        assertEquals(1, v.initialInstanceCount());
        assertEquals("dev", d.environment());
        assertEquals(Boolean.FALSE, one(d, Endpoint.class, "Endpoint").production());

        Deployment prod = parse("t.yaml", ENDPOINT, Map.of("Stage", "prod", "InstanceType", "ml.c5.xlarge"));
        Variant pv = one(prod, Variant.class, "Config.variant0");
        assertEquals("ml.c5.xlarge", pv.instanceType());
        assertEquals(2, pv.initialInstanceCount());
        assertEquals(Boolean.TRUE, one(prod, Endpoint.class, "Endpoint").production());
    }

    @Test
    void undecidableIfLeavesTheFieldUnknown() {
        Deployment d = parse(ENDPOINT.replace("Default: dev\n", "Description: no default\n"));
        Variant v = one(d, Variant.class, "Config.variant0");
        assertNull(v.initialInstanceCount());
        assertTrue(v.source().isUnknown("initialInstanceCount"));
        assertNull(d.environment());
    }

    @Test
    void metadataDeclaresTrafficAndSuppressionsScopedToTheResource() {
        Deployment d = parse(ENDPOINT);
        Endpoint e = one(d, Endpoint.class, "Endpoint");
        assertEquals(TrafficProfile.Pattern.SPIKY, e.traffic().pattern());
        Suppression s = d.facts().stream().filter(Suppression.class::isInstance).map(Suppression.class::cast)
                .findFirst().orElseThrow();
        assertEquals("SL204", s.ruleId());
        assertEquals("warm standby elsewhere", s.reason());
        assertEquals(20, s.firstLine());
        assertEquals(30, s.lastLine());
    }

    @Test
    void wholeNumbersFollowTheRuleEveryFormatShares() {
        Deployment d = parse(ENDPOINT.replace("      MinCapacity: 1\n", "      MinCapacity: '2.0'\n")
                .replace("MaxCapacity: 4", "MaxCapacity: 4.5"));
        assertEquals(2, one(d, ScalableTarget.class, "Target").minCapacity());
        assertNull(one(d, ScalableTarget.class, "Target").maxCapacity());
        assertEquals(List.of("38 MaxCapacity is \"4.5\"; expected a whole number"),
                problems(d).stream().map(p -> p.location().line() + " " + p.message()).toList());
    }

    @Test
    void wrongTypesAndDuplicateKeysAreProblemsAtTheirLine() {
        Deployment d = parse(ENDPOINT.replace("MaxCapacity: 4", "MaxCapacity: four")
                .replace("      MinCapacity: 1\n", "      MinCapacity: 1\n      MinCapacity: 2\n"));
        List<String> seen = problems(d).stream().map(p -> p.location().line() + " " + p.message()).toList();
        assertEquals(2, seen.size(), seen.toString());
        assertTrue(seen.get(0).startsWith("38 duplicate key 'MinCapacity' (line 37"), seen.toString());
        assertEquals("39 MaxCapacity is \"four\"; expected a whole number", seen.get(1));
        assertEquals("38 duplicate key 'MinCapacity' (line 37 sets it too); only the first is read, so remove the other",
                seen.get(0));
        assertTrue(seen.get(1).startsWith("39 MaxCapacity"),
                seen.toString());
        assertEquals(1, one(d, ScalableTarget.class, "Target").minCapacity());
    }

    @Test
    void jsonTemplatesKeepLinesAndColumns() {
        String json = """
                {
                  "Resources": {
                    "T": {
                      "Type": "AWS::ApplicationAutoScaling::ScalableTarget",
                      "Properties": {
                        "ServiceNamespace": "sagemaker",
                        "ScalableDimension": "sagemaker:variant:DesiredInstanceCount",
                        "ResourceId": {"Fn::Join": ["/", ["endpoint", {"Ref": "Name"}, "variant", "AllTraffic"]]},
                        "MinCapacity": 0,
                        "MaxCapacity": "3",
                        "MaxCapacity": 5
                      }
                    }
                  },
                  "Parameters": {"Name": {"Type": "String", "Default": "scorer"}}
                }
                """;
        Deployment d = parse("cdk.out/Stack.template.json", json, Map.of());
        ScalableTarget t = one(d, ScalableTarget.class, "T");
        assertEquals("endpoint/scorer/variant/AllTraffic", t.resourceId());
        assertEquals("scorer", t.endpointName());
        assertEquals(0, t.minCapacity());
        assertEquals(3, t.maxCapacity());
        assertEquals(9, t.source().at("minCapacity").line());
        assertEquals(24, t.source().at("minCapacity").column());
        List<InputProblem> p = problems(d);
        assertEquals(1, p.size());
        assertEquals(11, p.get(0).location().line());
        assertTrue(p.get(0).message().startsWith("duplicate key 'MaxCapacity'"));
    }

    @Test
    void brokenJsonIsOneFatalProblemWithItsPosition() {
        Deployment d = parse("x.json", "{\"Resources\": {\"A\": {\"Type\": \"AWS::SageMaker::Model\",}}}", Map.of());
        List<InputProblem> p = problems(d);
        assertEquals(1, p.size());
        assertTrue(p.get(0).fatal());
        assertEquals(1, p.get(0).location().line());
        assertTrue(p.get(0).message().startsWith("not valid JSON"), p.get(0).message());
    }

    @Test
    void privateVpcNetworkIsDerivedFromSubnetsRouteTablesAndNat() {
        String yaml = """
                Resources:
                  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
                  SubnetA: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 } }
                  SubnetB: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24 } }
                  Private: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
                  AssocA:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties: { SubnetId: !Ref SubnetA, RouteTableId: !Ref Private }
                  AssocB:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties: { SubnetId: !Ref SubnetB, RouteTableId: !Ref Private }
                  S3:
                    Type: AWS::EC2::VPCEndpoint
                    Properties:
                      VpcId: !Ref Vpc
                      ServiceName: !Sub 'com.amazonaws.${AWS::Region}.s3'
                      RouteTableIds: [!Ref Private]
                  Model:
                    Type: AWS::SageMaker::Model
                    Properties:
                      ExecutionRoleArn: arn:aws:iam::111122223333:role/r
                      PrimaryContainer: { Image: img, ModelDataUrl: s3://bucket/model.tar.gz }
                      VpcConfig:
                        Subnets: [!Ref SubnetA, !Ref SubnetB]
                        SecurityGroupIds: [sg-1]
                """;
        Deployment d = parse(yaml);
        Model m = one(d, Model.class, "Model");
        assertTrue(m.inVpc());
        assertEquals("Vpc", m.vpcId());
        assertEquals(List.of("SubnetA", "SubnetB"), m.subnets());
        assertTrue(m.s3Artifacts());
        assertNull(m.endpointKey());
        assertEquals(Boolean.FALSE, one(d, Vpc.class, "vpc:Vpc").natGateway());
        VpcEndpoint e = one(d, VpcEndpoint.class, "S3");
        assertEquals("com.amazonaws.${AWS::Region}.s3", e.serviceName());
        assertEquals("s3", e.service());
        assertEquals("Vpc", e.vpcId());
        assertEquals(List.of("Private"), e.routeTableIds());

        Deployment withNat = parse(yaml + """
                  Nat: { Type: AWS::EC2::NatGateway, Properties: { SubnetId: public-subnet } }
                  Default:
                    Type: AWS::EC2::Route
                    Properties: { RouteTableId: !Ref Private, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat }
                """);
        assertEquals(Boolean.TRUE, one(withNat, Vpc.class, "vpc:Vpc").natGateway());
        Deployment transit = parse(yaml + """
                  Default:
                    Type: AWS::EC2::Route
                    Properties: { RouteTableId: !Ref Private, DestinationCidrBlock: 0.0.0.0/0, TransitGatewayId: tgw-1 }
                """);
        assertNull(one(transit, Vpc.class, "vpc:Vpc").natGateway());
    }

    @Test
    void yamlOneOneScalarsKeepTheAuthorsText() {
        Deployment d = parse("""
                Resources:
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      EndpointConfigName: 0755
                      ProductionVariants:
                        - { VariantName: yes, ModelName: 2010-09-09, InstanceType: ml.m5.large, InitialInstanceCount: 1 }
                """);
        assertEquals("0755", one(d, EndpointConfig.class, "Config").name());
        Variant v = one(d, Variant.class, "Config.variant0");
        assertEquals("yes", v.name());
        assertEquals("2010-09-09", v.modelName());
        assertTrue(problems(d).isEmpty(), problems(d).toString());
    }

    @Test
    void unknownTagsAreProblemsAndTemplatesWithoutSageMakerGiveNothing() {
        Deployment bad = parse("""
                Resources:
                  M:
                    Type: AWS::SageMaker::Model
                    Properties: { ExecutionRoleArn: !Reff Role }
                """);
        assertEquals(4, problems(bad).get(0).location().line());
        assertTrue(problems(bad).get(0).message().contains("'!Reff' is not a CloudFormation intrinsic function"));
        Deployment none = parse("""
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Bucket: { Type: AWS::S3::Bucket, Properties: { BucketName: !Reff x } }
                """);
        assertTrue(none.facts().isEmpty());
    }

    @Test
    void yamlFeaturesCloudFormationRejectsAreProblemsAtTheirLineAndColumn() {
        Deployment d = parse("""
                Conditions:
                  A: !Not [!Condition B]
                  B: !Or [!Condition A, !Equals [x, y]]
                Resources:
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      Base: &base { KmsKeyId: k }
                      Copy: *base
                      Merged: { <<: *base }
                      When: !!timestamp 2024-01-01
                      Plain: 2024-01-01
                  Bare: AWS::SageMaker::Endpoint
                  Untyped:
                    Properties: {}
                """);
        List<String> seen = problems(d).stream().map(p -> p.location().line() + ":" + p.location().column() + " "
                + p.message().substring(0, p.message().indexOf(' ', p.message().indexOf(' ') + 1))).sorted().toList();
        assertEquals(List.of("10:17 YAML merge", "10:21 YAML alias", "11:13 YAML tag", "13:9 resource Bare",
                "14:3 resource Untyped", "3:11 condition B", "8:13 YAML anchor", "9:13 YAML alias"), seen);
        assertTrue(problems(d).stream().noneMatch(InputProblem::fatal));
        one(d, EndpointConfig.class, "Config"); // the rest is still read
    }

    @Test
    void thousandsOfAliasesAreFiftyProblemsAndOneSummary() {
        StringBuilder text = new StringBuilder("Resources:\n  M:\n    Type: AWS::SageMaker::Model\n"
                + "    Metadata:\n      a: &s x\n      list:\n");
        for (int i = 0; i < 5000; i++) {
            text.append("        - *s\n");
        }
        List<InputProblem> p = problems(parse("many.yaml", text.toString(), Map.of()));
        assertEquals(UnsupportedYaml.MAX_REPORTED + 1, p.size());
        assertTrue(p.get(UnsupportedYaml.MAX_REPORTED).message().startsWith("4951 more anchors, aliases or tags"),
                p.get(UnsupportedYaml.MAX_REPORTED).message());
    }

    @Test
    void subNamingTheResourceItselfOrAnAttributeOnlyCloudFormationKnowsIsUnknown() {
        Deployment d = parse("""
                Resources:
                  Model:
                    Type: AWS::SageMaker::Model
                    Properties:
                      ModelName: !Sub "${Model}-v1"
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      EndpointConfigName: !Join ["-", [cfg, !GetAtt Config.EndpointConfigName]]
                      ProductionVariants:
                        - { VariantName: !Sub "${Model.Arn}", ModelName: !GetAtt Model.ModelName,
                            InstanceType: ml.m5.large, InitialInstanceCount: 2 }
                  Endpoint:
                    Type: AWS::SageMaker::Endpoint
                    Properties:
                      EndpointConfigName: !GetAtt Config.EndpointConfigName
                  Target:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      ServiceNamespace: sagemaker
                      ScalableDimension: sagemaker:variant:DesiredInstanceCount
                      ResourceId: !Sub endpoint/${Endpoint.Arn}/variant/${Target}
                      MinCapacity: 2
                      MaxCapacity: 4
                  Linked:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      ServiceNamespace: sagemaker
                      ScalableDimension: sagemaker:variant:DesiredInstanceCount
                      ResourceId: !Sub endpoint/${Endpoint.EndpointName}/variant/AllTraffic
                      MinCapacity: 2
                      MaxCapacity: 4
                """);
        Model m = one(d, Model.class, "Model");
        assertNull(m.name());
        assertTrue(m.source().isUnknown("name"));
        EndpointConfig c = one(d, EndpointConfig.class, "Config");
        assertNull(c.name());
        assertTrue(c.source().isUnknown("name"));
        Variant v = one(d, Variant.class, "Config.variant0");
        assertNull(v.name());
        assertTrue(v.source().isUnknown("name"));
        ScalableTarget t = one(d, ScalableTarget.class, "Target");
        assertNull(t.resourceId());
        assertTrue(t.source().isUnknown("resourceId"));
        // the endpoint's generated name is still a link: the target scales that endpoint
        ScalableTarget linked = one(d, ScalableTarget.class, "Linked");
        assertEquals("Endpoint", linked.endpointKey());
        assertEquals(List.of(), problems(d));
        assertTrue(d.facts().stream().noneMatch(f -> f.toString().contains("${Model}")
                || f.toString().contains("Arn}") || f.toString().contains("${Target}")
                || f.toString().contains("${?}")), d.facts().toString());
    }

    @Test
    void serverlessFrameworkResourcesAreReadAsCloudFormationAndTheFrameworksYamlIsValid() {
        Deployment d = parse("serverless.yml", """
                service: scorer
                custom:
                  bounds: &bounds { MinCapacity: 2, MaxCapacity: 6 }
                functions:
                  score: { handler: h.score, environment: { ENDPOINT: !GetAtt Endpoint.EndpointName } }
                resources:
                  Resources:
                    Endpoint:
                      Type: AWS::SageMaker::Endpoint
                      Properties:
                        EndpointName: ${self:service}-${sls:stage}
                        EndpointConfigName: cfg
                    Target:
                      Type: AWS::ApplicationAutoScaling::ScalableTarget
                      Properties:
                        <<: *bounds
                        ServiceNamespace: sagemaker
                        ScalableDimension: sagemaker:variant:DesiredInstanceCount
                        ResourceId: !Sub endpoint/${Endpoint.EndpointName}/variant/AllTraffic
                """, Map.of());
        assertEquals(List.of(), problems(d));
        Endpoint e = one(d, Endpoint.class, "Endpoint");
        assertNull(e.name());
        assertTrue(e.source().isUnknown("name"));
        ScalableTarget t = one(d, ScalableTarget.class, "Target");
        assertEquals(2, t.minCapacity());
        assertEquals(6, t.maxCapacity());
        assertEquals("Endpoint", t.endpointKey());
        assertEquals(11, e.source().at("name").line());

        Deployment elsewhere = FORMAT.read(new SourceFile("serverless.yml", """
                service: scorer
                custom: { kind: AWS::SageMaker::Endpoint }
                resources:
                  - ${file(resources/sagemaker.yml)}
                """), ParseContext.defaults());
        assertEquals(List.of(), elsewhere.facts());
    }

    @Test
    void detectionIsByContent() {
        assertFalse(FORMAT.accepts(new SourceFile("params.json", "[{\"ParameterKey\": \"A\", \"ParameterValue\": \"b\"}]")));
        assertFalse(FORMAT.accepts(new SourceFile("spec.yaml", "apiVersion: sagelint/v1\nResources: {}\n")));
        assertTrue(FORMAT.accepts(new SourceFile("anything.yml", "Resources:\n  E:\n    Type: AWS::SageMaker::Endpoint\n")));
        assertTrue(FORMAT.accepts(new SourceFile("sam.yaml", "Transform: AWS::Serverless-2016-10-31\n"
                + "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n")));
    }

    @Test
    void parameterFilesInBothShapes() {
        assertEquals(Map.of("EnvType", "prod", "Count", "2"), ParameterFiles.parse("a.json",
                "[{\"ParameterKey\": \"EnvType\", \"ParameterValue\": \"prod\"},"
                        + " {\"ParameterKey\": \"Count\", \"ParameterValue\": \"2\"}]"));
        assertEquals(Map.of("StageName", "prod"), ParameterFiles.parse("b.json",
                "{\"Parameters\": {\"StageName\": \"prod\"}}"));
        var e = assertThrows(ParameterFiles.InvalidParameterFile.class,
                () -> ParameterFiles.parse("c.json", "{\"StageName\": \"prod\"}"));
        assertTrue(e.getMessage().startsWith("c.json is not a CloudFormation parameter file"));
    }

    @Test
    void recursiveAliasesAreAProblemNotACrash() {
        Deployment d = parse("""
                Resources:
                  C:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants: &loop
                        - *loop
                """);
        assertTrue(problems(d).stream().anyMatch(p -> p.message().startsWith("recursive YAML alias")),
                problems(d).toString());
    }

    @Test
    void listItemsThatExistOnlyUnderOneBranchMakeTheListUnknown() {
        Deployment d = parse("""
                Parameters:
                  Shadow: { Type: String }
                Conditions:
                  WithSecond: !Equals [!Ref Shadow, "yes"]
                Resources:
                  C:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants:
                        - { VariantName: a, ModelName: m, InstanceType: ml.m5.large, InitialInstanceCount: 2 }
                        - !If
                          - WithSecond
                          - { VariantName: b, ModelName: m, InstanceType: ml.m5.large, InitialInstanceCount: 2 }
                          - !Ref AWS::NoValue
                """);
        EndpointConfig c = one(d, EndpointConfig.class, "C");
        assertNull(c.variantCount());
        assertTrue(c.source().isUnknown("variants"));
        assertEquals(1, d.facts().stream().filter(Variant.class::isInstance).count());
        assertEquals(2, parse("t.yaml", """
                Parameters:
                  Shadow: { Type: String }
                Conditions:
                  WithSecond: !Equals [!Ref Shadow, "yes"]
                Resources:
                  C:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants:
                        - { VariantName: a, ModelName: m, InstanceType: ml.m5.large, InitialInstanceCount: 2 }
                        - !If [WithSecond, { VariantName: b, ModelName: m }, !Ref AWS::NoValue]
                """, Map.of("Shadow", "yes")).facts().stream().filter(Variant.class::isInstance).count());
    }

    @Test
    void propertiesRemovedByNoValueAndFlowStyleYaml() {
        Deployment d = parse("flow.yaml", """
                {Parameters: {On: {Type: String, Default: "no"}}, Conditions: {Enabled: !Equals [!Ref On, "yes"]},
                 Resources: {M: {Type: AWS::SageMaker::Model,
                                 Properties: !If [Enabled, {ModelName: m}, !Ref AWS::NoValue]}}}
                """, Map.of());
        assertEquals(List.of(), problems(d));
        assertNull(one(d, Model.class, "M").name());
    }

    @Test
    void hostileInputsAreFatalProblemsNotCrashes() {
        String deep = "{\"Resources\": {\"M\": {\"Type\": \"AWS::SageMaker::Model\", \"Properties\": "
                + "[".repeat(500) + "]".repeat(500) + "}}}";
        List<InputProblem> json = problems(parse("deep.json", deep, Map.of()));
        assertEquals(1, json.size(), json.toString());
        assertTrue(json.get(0).fatal());
        assertTrue(json.get(0).message().contains("nesting"), json.get(0).message());

        StringBuilder bomb = new StringBuilder("Resources:\n  M:\n    Type: AWS::SageMaker::Model\n    Metadata:\n");
        bomb.append("      a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("      a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        List<InputProblem> yaml = problems(parse("bomb.yaml", bomb.toString(), Map.of()));
        assertEquals(1, yaml.size(), yaml.toString());
        assertTrue(yaml.get(0).fatal());
        assertTrue(yaml.get(0).message().contains("aliases"), yaml.get(0).message());
    }

    @Test
    void templateLevelSuppressionsCoverTheFileAndBadItemsAreProblems() {
        Deployment d = parse("""
                Metadata:
                  sagelint:
                    suppress:
                      - SL706
                      - { rule: SL204, reason: single instance by design in this sandbox }
                      - { rule: nonsense }
                Resources:
                  C:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants: []
                """);
        List<Suppression> s = d.facts().stream().filter(Suppression.class::isInstance)
                .map(Suppression.class::cast).toList();
        assertEquals(List.of("SL706", "SL204"), s.stream().map(Suppression::ruleId).toList());
        assertNull(s.get(0).reason());
        assertEquals(1, s.get(1).firstLine());
        assertEquals(Integer.MAX_VALUE, s.get(1).lastLine());
        List<InputProblem> p = problems(d);
        assertEquals(1, p.size(), p.toString());
        assertEquals(6, p.get(0).location().line());
        assertTrue(p.get(0).message().contains("write a rule id such as SL204"), p.get(0).message());
    }

    @Test
    void resourceIdsWrittenWithTheSameParametersAsTheNamesLinkToEndpointAndVariant() {
        Deployment d = parse("""
                Parameters:
                  ModelName: { Type: String }
                  ModelVariant: { Type: String }
                Resources:
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ProductionVariants:
                        - { VariantName: !Sub "${ModelVariant}-${ModelName}", ModelName: m, InstanceType: ml.m5.large,
                            InitialInstanceCount: 2 }
                  Endpoint:
                    Type: AWS::SageMaker::Endpoint
                    Properties:
                      EndpointName: !Sub ${ModelName}-prd
                      EndpointConfigName: !GetAtt Config.EndpointConfigName
                  Target:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      ServiceNamespace: sagemaker
                      ScalableDimension: sagemaker:variant:DesiredInstanceCount
                      ResourceId: !Sub endpoint/${ModelName}-prd/variant/${ModelVariant}-${ModelName}
                      MinCapacity: 2
                      MaxCapacity: 4
                """);
        ScalableTarget t = one(d, ScalableTarget.class, "Target");
        assertNull(t.endpointName());
        assertEquals("Endpoint", t.endpointKey());
        assertEquals("Config.variant0", t.variantKey());
        assertFalse(one(d, StackOrder.class, "Target.order").orderedAfter());
    }

    @Test
    void malformedIntrinsicsAndCyclesNeverThrow() {
        String[] bodies = {
            "Resources:\n  E: { Type: AWS::SageMaker::Endpoint, Properties: { EndpointName: !Ref E } }\n",
            "Resources:\n  E: { Type: AWS::SageMaker::Endpoint, Properties: { EndpointName: !GetAtt [E] } }\n",
            "Resources:\n  E: { Type: AWS::SageMaker::Endpoint, Properties: { EndpointName: !Sub [a, b, c] } }\n",
            "Resources:\n  E: { Type: AWS::SageMaker::Endpoint, Properties: { EndpointName: !Select [9, [a]] } }\n",
            "Resources:\n  E: { Type: AWS::SageMaker::Endpoint, Properties: { EndpointName: !Join [x] } }\n",
            "Resources:\n  E: { Type: AWS::SageMaker::Endpoint, Properties: { EndpointName: !FindInMap [M, a, b] } }\n",
            "Resources:\n  E: { Type: AWS::SageMaker::Endpoint, Properties: { EndpointName: !If [C, a] } }\n",
            "Conditions: { A: !Condition B, B: !Not [!Condition A] }\nResources:\n"
                + "  E: { Type: AWS::SageMaker::Endpoint, Condition: A, Properties: { EndpointName: !If [B, x, y] } }\n",
            "Resources:\n  E: { Type: AWS::SageMaker::Endpoint, DependsOn: [T], Properties: {} }\n"
                + "  T: { Type: AWS::ApplicationAutoScaling::ScalableTarget, DependsOn: E,\n"
                + "       Properties: { ResourceId: !Sub 'endpoint/${E}/variant/v', MinCapacity: [1] } }\n",
            "Resources: [AWS::SageMaker::Model]\n",
            "Resources:\n  M: { Type: [AWS::SageMaker::Model] }\n",
            "Resources:\n  M: { Type: AWS::SageMaker::Model, Properties: AWS::SageMaker::Model }\n",
            "Parameters: [a]\nMappings: 3\nConditions: x\nResources:\n  M: { Type: AWS::SageMaker::Model }\n",
            "AWSTemplateFormatVersion: 2010-09-09\n# AWS::SageMaker:: in a comment only\n",
            "- AWS::SageMaker::Model\n- Resources: {}\nAWSTemplateFormatVersion:",
        };
        for (String body : bodies) {
            Deployment d = parse("x.yaml", "AWSTemplateFormatVersion: '2010-09-09'\n" + body.replace(
                    "AWSTemplateFormatVersion: 2010-09-09\n", ""), Map.of());
            assertTrue(d.facts().stream().noneMatch(f -> f instanceof InputProblem p && p.message().contains("null")),
                    body + " -> " + d.facts());
        }
        Deployment cycle = parse("x.yaml", "AWSTemplateFormatVersion: '2010-09-09'\n" + bodies[8], Map.of());
        assertTrue(one(cycle, StackOrder.class, "T.order").orderedAfter());
        List<InputProblem> p = problems(cycle);
        assertEquals(1, p.size(), p.toString());
        assertEquals(5, p.get(0).location().line());
        assertTrue(p.get(0).message().equals("MinCapacity is a list; expected a whole number"),
                p.get(0).message());
    }

    @Test
    void inferenceComponentsLinkToTheirEndpointAndTarget() {
        Deployment d = parse("""
                Resources:
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      ExecutionRoleArn: arn:aws:iam::111122223333:role/r
                      ProductionVariants:
                        - VariantName: AllTraffic
                          InstanceType: ml.g5.12xlarge
                          InitialInstanceCount: 1
                          ManagedInstanceScaling: { Status: ENABLED, MinInstanceCount: 0, MaxInstanceCount: 4 }
                  Endpoint:
                    Type: AWS::SageMaker::Endpoint
                    Properties: { EndpointConfigName: !GetAtt Config.EndpointConfigName }
                  Llm:
                    Type: AWS::SageMaker::InferenceComponent
                    Properties:
                      EndpointName: !GetAtt Endpoint.EndpointName
                      VariantName: AllTraffic
                      Specification:
                        Container: { Image: img, ArtifactUrl: s3://bucket/llm.tar.gz }
                        ComputeResourceRequirements: { NumberOfAcceleratorDevicesRequired: 1, MinMemoryRequiredInMb: 1024 }
                      RuntimeConfig: { CopyCount: 1 }
                  Copies:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      ServiceNamespace: sagemaker
                      ScalableDimension: sagemaker:inference-component:DesiredCopyCount
                      ResourceId: !Sub inference-component/${Llm.InferenceComponentName}
                      MinCapacity: 0
                      MaxCapacity: 4
                """);
        InferenceComponent ic = one(d, InferenceComponent.class, "Llm");
        assertEquals("Endpoint", ic.endpointKey());
        assertEquals(1, ic.copyCount());
        assertEquals("s3://bucket/llm.tar.gz", ic.artifactUrl());
        assertEquals(22, ic.source().at("copyCount").line());
        ScalableTarget t = one(d, ScalableTarget.class, "Copies");
        assertEquals("Llm", t.componentKey());
        Variant v = one(d, Variant.class, "Config.variant0");
        assertNull(v.modelName());
        assertFalse(v.source().isUnknown("modelName"));
        assertTrue(v.managedInstanceScaling().enabled());
        assertEquals(0, v.managedInstanceScaling().minInstanceCount());
        assertEquals("arn:aws:iam::111122223333:role/r", one(d, EndpointConfig.class, "Config").executionRoleArn());
    }

    @Test
    void aGivenParameterValueOutsideAllowedValuesIsRejectedAtTheParameter() {
        String text = """
                AWSTemplateFormatVersion: 2010-09-09
                Parameters:
                  Stage:
                    Type: String
                    AllowedValues: [dev, prod]
                    Default: dev
                Resources:
                  Model:
                    Type: AWS::SageMaker::Model
                    Properties:
                      ExecutionRoleArn: arn:aws:iam::123456789012:role/r
                """;
        List<dev.sagelint.model.DeployRejection> given = parse("t.yaml", text, Map.of("Stage", "staging")).facts()
                .stream().filter(dev.sagelint.model.DeployRejection.class::isInstance)
                .map(dev.sagelint.model.DeployRejection.class::cast).toList();
        assertEquals(1, given.size(), given.toString());
        assertEquals("t.yaml:3:3", given.get(0).location().toString());
        assertEquals("parameter Stage is 'staging' (from the parameter values given to sagelint), which is not one"
                + " of its AllowedValues [dev, prod]: CloudFormation rejects the stack before it creates anything;"
                + " use one of them or add the value to AllowedValues", given.get(0).message());
        assertTrue(parse("t.yaml", text, Map.of("Stage", "prod")).facts().stream()
                .noneMatch(dev.sagelint.model.DeployRejection.class::isInstance));
    }

    @Test
    void refOfASageMakerResourceIsItsArnAndGetAttItsName() {
        String text = """
                Resources:
                  Endpoint:
                    Type: AWS::SageMaker::Endpoint
                    Properties:
                      EndpointName: scorer
                      EndpointConfigName: !GetAtt Config.EndpointConfigName
                  Config:
                    Type: AWS::SageMaker::EndpointConfig
                    Properties:
                      EndpointConfigName: scorer-config
                      ProductionVariants:
                        - { VariantName: AllTraffic, ModelName: m, InstanceType: ml.m5.large, InitialInstanceCount: 1 }
                  Target:
                    Type: AWS::ApplicationAutoScaling::ScalableTarget
                    Properties:
                      ServiceNamespace: sagemaker
                      ScalableDimension: sagemaker:variant:DesiredInstanceCount
                      ResourceId: !Sub endpoint/${Endpoint}/variant/AllTraffic
                      MinCapacity: 1
                      MaxCapacity: 2
                """;
        Deployment d = parse(text);
        assertEquals("scorer-config", one(d, Endpoint.class, "Endpoint").configName());
        assertEquals("endpoint/arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint/scorer"
                + "/variant/AllTraffic", one(d, ScalableTarget.class, "Target").resourceId());
    }

    @Test
    void aGivenParameterTheTemplateDoesNotDeclareIsRejectedOnlyWhenTheValuesAreMeantForIt() {
        String text = """
                AWSTemplateFormatVersion: 2010-09-09
                Parameters:
                  Stage:
                    Type: String
                  InstanceType:
                    Type: String
                Resources:
                  Model:
                    Type: AWS::SageMaker::Model
                    Properties:
                      ExecutionRoleArn: arn:aws:iam::123456789012:role/r
                """;
        List<String> typo = parse("t.yaml", text, Map.of("Stage", "prod", "InstanceTyp", "ml.m5.large")).facts()
                .stream().filter(dev.sagelint.model.DeployRejection.class::isInstance)
                .map(f -> f.location() + " " + ((dev.sagelint.model.DeployRejection) f).message()).toList();
        assertEquals(List.of("t.yaml:2:1 the parameter values given to sagelint set InstanceTyp, which this template"
                + " does not declare (it declares Stage, InstanceType): CloudFormation rejects create-stack and"
                + " update-stack with 'Parameters: [InstanceTyp] do not exist in the template'; remove the key (or"
                + " correct its spelling) or declare it"), typo);
        // values for another stack: this template declares none of them
        assertTrue(parse("t.yaml", text, Map.of("BucketName", "b")).facts().stream()
                .noneMatch(dev.sagelint.model.DeployRejection.class::isInstance));
    }

    @Test
    void anAlarmsExtendedStatisticIsItsStatisticAndItsMetricNameIsLocated() {
        Deployment d = parse("""
                Resources:
                  Latency:
                    Type: AWS::CloudWatch::Alarm
                    Properties:
                      Namespace: AWS/SageMaker
                      MetricName: ModelLatency
                      ExtendedStatistic: p99
                      Threshold: 500000
                      ComparisonOperator: GreaterThanThreshold
                      EvaluationPeriods: 1
                      Period: 60
                  Model:
                    Type: AWS::SageMaker::Model
                    Properties:
                      ExecutionRoleArn: arn:aws:iam::1:role/r
                """);
        dev.sagelint.model.Alarm a = one(d, dev.sagelint.model.Alarm.class, "Latency");
        assertEquals("p99", a.metric().statistic(), "PutMetricAlarm takes Statistic or ExtendedStatistic");
        assertEquals(new dev.sagelint.model.Location("t.yaml", 6, 19),
                a.source().at(dev.sagelint.model.Alarm.Field.METRIC));
        assertTrue(problems(d).isEmpty(), problems(d).toString());
    }

    @Test
    void anAlarmOnAnExpressionWatchesAMetricItCannotName() {
        Deployment d = parse("""
                Resources:
                  Ratio:
                    Type: AWS::CloudWatch::Alarm
                    Properties:
                      Threshold: 2
                      Metrics:
                        - Id: e1
                          Expression: m1 / 2
                        - Id: m1
                          ReturnData: false
                          MetricStat:
                            Stat: Sum
                            Period: 60
                            Metric:
                              Namespace: AWS/SageMaker
                              MetricName: Invocations
                  Model:
                    Type: AWS::SageMaker::Model
                    Properties:
                      ExecutionRoleArn: arn:aws:iam::1:role/r
                """);
        dev.sagelint.model.Alarm a = one(d, dev.sagelint.model.Alarm.class, "Ratio");
        assertNull(a.metric().name());
        assertTrue(a.metric().source().isUnknown(dev.sagelint.model.MetricSpec.Field.NAME),
                "computed by math, not left out: the rules on the metric's name stay silent");
        assertNull(a.metric().queries().get(0).returnData(), "ReturnData not written: as AWS defaults it (true)");
        assertEquals(Boolean.FALSE, a.metric().queries().get(1).returnData());
        assertTrue(a.metric().queries().get(1).metricStat());
        assertEquals(new dev.sagelint.model.Location("t.yaml", 7, 9),
                a.source().at(dev.sagelint.model.Alarm.Field.METRIC), "an alarm on math points at its Metrics");
    }
}
