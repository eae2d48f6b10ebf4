package dev.sagelint.parse.api;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.TrainingJob;
import dev.sagelint.model.TransformJob;
import dev.sagelint.model.Variant;
import dev.sagelint.model.VpcEndpoint;
import dev.sagelint.parse.Linker;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiJsonFormatTest {

    private final ApiJsonFormat format = new ApiJsonFormat();

    private Deployment lint(Map<String, String> files) {
        List<SourceFile> sources = new ArrayList<>();
        new TreeMap<>(files).forEach((path, text) -> sources.add(new SourceFile(path, text)));
        sources.forEach(s -> assertTrue(format.accepts(s), s.path()));
        List<Deployment> out = format.parse(sources, ParseContext.defaults());
        assertEquals(1, out.size());
        return Linker.link(out.get(0), ParseContext.defaults());
    }

    private static <T extends Fact> List<T> facts(Deployment d, Class<T> type) {
        return d.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void describeOutputsOfOneFolderFormOneDeployment() {
        Deployment d = lint(Map.of(
                "live/config.json", """
                        {
                          "EndpointConfigName": "ec",
                          "EndpointConfigArn": "arn:aws:sagemaker:eu-west-1:1:endpoint-config/ec",
                          "ProductionVariants": [
                            {"VariantName": "AllTraffic", "ModelName": "m", "InstanceType": "ml.g5.xlarge",
                             "InitialInstanceCount": 1}
                          ],
                          "AsyncInferenceConfig": null
                        }
                        """,
                "live/endpoint.json", """
                        {"EndpointName": "ep", "EndpointArn": "arn:x", "EndpointConfigName": "ec",
                         "EndpointStatus": "InService",
                         "ProductionVariants": [{"VariantName": "AllTraffic", "CurrentInstanceCount": 1}]}
                        """,
                "live/targets.json", """
                        {"ScalableTargets": [{
                          "ServiceNamespace": "sagemaker",
                          "ResourceId": "endpoint/ep/variant/AllTraffic",
                          "ScalableDimension": "sagemaker:variant:DesiredInstanceCount",
                          "MinCapacity": 0,
                          "MaxCapacity": 2
                        }]}
                        """,
                "live/policies.json", """
                        {"ScalingPolicies": [{
                          "PolicyARN": "arn:aws:autoscaling:eu-west-1:1:scalingPolicy:u:resource/sagemaker/endpoint/ep/variant/AllTraffic:policyName/up",
                          "PolicyName": "up",
                          "ServiceNamespace": "sagemaker",
                          "ResourceId": "endpoint/ep/variant/AllTraffic",
                          "ScalableDimension": "sagemaker:variant:DesiredInstanceCount",
                          "PolicyType": "StepScaling",
                          "StepScalingPolicyConfiguration": {"AdjustmentType": "ChangeInCapacity", "Cooldown": 60,
                            "StepAdjustments": [{"MetricIntervalLowerBound": 0.0, "ScalingAdjustment": 1}]},
                          "Alarms": [{"AlarmName": "backlog", "AlarmARN": "arn:aws:cloudwatch:x"}]
                        }]}
                        """,
                "live/scheduled.json", """
                        {"ScheduledActions": [{"ScheduledActionName": "morning",
                          "ServiceNamespace": "sagemaker", "ResourceId": "endpoint/ep/variant/AllTraffic",
                          "ScalableDimension": "sagemaker:variant:DesiredInstanceCount",
                          "Schedule": "cron(0 8 * * ? *)", "ScalableTargetAction": {"MinCapacity": 2}}]}
                        """));
        assertEquals("live", d.id());
        ScalableTarget t = facts(d, ScalableTarget.class).get(0);
        assertEquals(0, t.minCapacity());
        assertEquals(new Location("live/targets.json", 5, 3), t.source().at("minCapacity"));
        Variant v = facts(d, Variant.class).get(0);
        assertEquals(v.key(), t.variantKey(), "the target reaches the variant through the endpoint");
        assertFalse(facts(d, EndpointConfig.class).get(0).async(), "null means absent");
        ScalingPolicy p = facts(d, ScalingPolicy.class).get(0);
        assertEquals(t.key(), p.targetKey());
        assertEquals(60, p.cooldown());
        Alarm a = facts(d, Alarm.class).get(0);
        assertEquals(List.of(p.key()), a.policyKeys());
        ScheduledAction s = facts(d, ScheduledAction.class).get(0);
        assertEquals(t.key(), s.targetKey());
        assertEquals(2, s.minCapacity());
        assertTrue(facts(d, InputProblem.class).isEmpty(), d.facts().toString());
    }

    @Test
    void anArrayHoldsSeveralRequestBodies() {
        Deployment d = lint(Map.of("requests.json", """
                [
                  {"TrainingJobName": "t", "EnableManagedSpotTraining": true,
                   "StoppingCondition": {"MaxRuntimeInSeconds": 3600}},
                  {"TransformJobName": "b", "TransformResources": {"InstanceType": "ml.m5.large",
                   "UseSpotInstances": true}},
                  {"VpcId": "vpc-1", "ServiceName": "com.amazonaws.eu-west-1.monitoring",
                   "VpcEndpointType": "Interface"},
                  {"PolicyName": "p", "ServiceNamespace": "sagemaker", "ResourceId": "endpoint/e/variant/v",
                   "ScalableDimension": "sagemaker:variant:DesiredInstanceCount",
                   "PolicyType": "TargetTrackingScaling",
                   "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 70.0, "ScaleInCooldown": 60,
                     "PredefinedMetricSpecification": {"PredefinedMetricType": "SageMakerVariantInvocationsPerInstance"}}}
                ]
                """));
        TrainingJob t = facts(d, TrainingJob.class).get(0);
        assertEquals(true, t.managedSpot());
        assertNull(t.maxWaitSeconds());
        TransformJob b = facts(d, TransformJob.class).get(0);
        assertEquals("UseSpotInstances", b.spotSettings().get(0).name());
        assertEquals(new Location("requests.json", 5, 4), b.spotSettings().get(0).location());
        VpcEndpoint e = facts(d, VpcEndpoint.class).get(0);
        assertEquals("monitoring", e.service());
        assertNull(e.privateDns());
        ScalingPolicy p = facts(d, ScalingPolicy.class).get(0);
        assertEquals(60, p.scaleInCooldown());
        assertEquals(new Location("requests.json", 11, 70), p.source().at("scaleInCooldown"));
    }

    @Test
    void aWholeNumberMayHaveAZeroFractionAndOnePastAnIntIsRefusedWithTheRange() {
        Deployment d = lint(Map.of("a.json", "{\"ServiceNamespace\": \"sagemaker\", \"ResourceId\": \"endpoint/e/variant/v\",\n"
                + " \"ScalableDimension\": \"sagemaker:variant:DesiredInstanceCount\",\n"
                + " \"MinCapacity\": 2.0, \"MaxCapacity\": 1e10}"));
        ScalableTarget t = facts(d, ScalableTarget.class).get(0);
        assertEquals(2, t.minCapacity());
        assertNull(t.maxCapacity());
        List<InputProblem> problems = facts(d, InputProblem.class);
        assertEquals(List.of("a.json:3:22 MaxCapacity is 1e10; expected a whole number between -2147483648 and"
                + " 2147483647"), problems.stream().map(p -> p.location() + " " + p.message()).toList());
    }

    @Test
    void wrongTypesAndBrokenJsonAreInputProblems() {
        Deployment d = lint(Map.of(
                "a.json", "{\"ServiceNamespace\": \"sagemaker\", \"ResourceId\": \"endpoint/e/variant/v\",\n"
                        + " \"ScalableDimension\": \"sagemaker:variant:DesiredInstanceCount\",\n"
                        + " \"MinCapacity\": \"one\", \"MaxCapacity\": 2}",
                "b.json", "{\"EndpointConfigName\": \"x\",\n  \"ProductionVariants\": [\n}"));
        List<InputProblem> problems = facts(d, InputProblem.class);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(new Location("a.json", 3, 2), problems.get(0).location());
        assertEquals("MinCapacity is \"one\"; expected a whole number", problems.get(0).message());
        assertEquals("b.json", problems.get(1).location().file());
        assertEquals(3, problems.get(1).location().line());
        assertTrue(problems.get(1).fatal());
    }

    @Test
    void onlyApiShapesAreAccepted() {
        assertFalse(format.accepts(new SourceFile("sfn.json", "{\"StartAt\": \"a\", \"States\": {}}")));
        assertFalse(format.accepts(new SourceFile("cfn.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\","
                + " \"Resources\": {\"E\": {\"Type\": \"AWS::SageMaker::EndpointConfig\","
                + " \"Properties\": {\"ProductionVariants\": []}}}}")));
        assertFalse(format.accepts(new SourceFile("x.yaml", "EndpointConfigName: x")));
        // the head names an API member, but the parsed file holds no API body (checked inside the unit's bound)
        SourceFile pkg = new SourceFile("pkg.json", "{\"ModelName\": \"only a name\"}");
        assertFalse(format.accepts(pkg) && format.confirms(pkg, ParseContext.defaults()));
    }

    @Test
    void ec2DescribeOutputsGiveTheModelItsVpc() {
        Deployment d = lint(Map.of(
                "live/model.json", """
                        {"ModelName": "m", "ModelArn": "arn:x",
                         "VpcConfig": {"Subnets": ["subnet-a"], "SecurityGroupIds": ["sg-1"]}}
                        """,
                "live/subnets.json", "{\"Subnets\": [{\"SubnetId\": \"subnet-a\", \"VpcId\": \"vpc-1\"}]}",
                "live/vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\"}, {\"VpcId\": \"vpc-2\"}]}",
                "live/routes.json", """
                        {"RouteTables": [{"VpcId": "vpc-2", "Routes": [{"DestinationCidrBlock": "0.0.0.0/0",
                                                                      "NatGatewayId": "nat-1"}]}]}
                        """));
        assertEquals("vpc-1", facts(d, dev.sagelint.model.Model.class).get(0).vpcId());
        List<dev.sagelint.model.Vpc> vpcs = facts(d, dev.sagelint.model.Vpc.class);
        assertEquals(List.of("vpc-1", "vpc-2"), vpcs.stream().map(dev.sagelint.model.Vpc::id).toList());
        assertEquals(false, vpcs.get(0).natGateway());
        assertEquals(true, vpcs.get(1).natGateway());
        Deployment noRoutes = lint(Map.of("vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\"}]}"));
        assertNull(facts(noRoutes, dev.sagelint.model.Vpc.class).get(0).natGateway(),
                "without NAT gateways or route tables, NAT is unknown");
    }

    /*
     * The API reads these shapes with CloudFormation's mapping (parse.aws.AwsScaling, AwsShapes): what the API
     * reader lacked before it shared them.
     */

    @Test
    void aMetricMathAlarmWatchesTheOneMetricStatThatReturnsData() {
        Deployment d = lint(Map.of("alarms.json", """
                {"MetricAlarms": [{"AlarmName": "backlog", "Threshold": 5.0,
                  "AlarmActions": ["arn:aws:autoscaling:x:scalingPolicy:up"],
                  "Metrics": [
                    {"Id": "m1", "ReturnData": true, "MetricStat": {"Stat": "p99",
                      "Metric": {"Namespace": "AWS/SageMaker", "MetricName": "ModelLatency",
                        "Dimensions": [{"Name": "EndpointName", "Value": "ep"}, {"Name": "VariantName"}]}}},
                    {"Id": "e1", "Expression": "m1 * 2", "ReturnData": false}
                  ]}]}
                """));
        Alarm a = facts(d, Alarm.class).get(0);
        assertEquals("ModelLatency", a.metric().name());
        assertEquals("p99", a.metric().statistic());
        assertEquals(Map.of("EndpointName", "ep", "VariantName", "${VariantName}"), a.metric().dimensions(),
                "a dimension with no Value is there, its value unknown");
        assertEquals(2, a.metric().queries().size());
        assertEquals(new Location("alarms.json", 2, 3), a.source().at(Alarm.Field.ALARM_ACTIONS));
    }

    @Test
    void bothMetricSpecificationsAreRejectedAndAConfigsSpotSettingIsReportedOnce() {
        Deployment d = lint(Map.of("requests.json", """
                [
                  {"PolicyName": "p", "ServiceNamespace": "sagemaker", "ResourceId": "endpoint/e/variant/v",
                   "ScalableDimension": "sagemaker:variant:DesiredInstanceCount",
                   "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 70.0,
                     "PredefinedMetricSpecification": {"PredefinedMetricType": "SageMakerVariantInvocationsPerInstance"},
                     "CustomizedMetricSpecification": {"MetricName": "m", "Namespace": "n", "Statistic": "Average"}}},
                  {"EndpointConfigName": "ec", "CapacityType": "Spot",
                   "ProductionVariants": [
                     {"VariantName": "a", "ModelName": "m", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1},
                     {"VariantName": "b", "ModelName": "m", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}]},
                  {"ModelName": "m", "PrimaryContainer": {"Image": "i", "ModelDataUrl": "https://b.s3.amazonaws.com/m.tar.gz"}}
                ]
                """));
        ScalingPolicy p = facts(d, ScalingPolicy.class).get(0);
        assertEquals(ScalingPolicy.STEP, p.policyType(), "PutScalingPolicy's default");
        List<dev.sagelint.model.DeployRejection> rejected = facts(d, dev.sagelint.model.DeployRejection.class);
        assertEquals(1, rejected.size(), d.facts().toString());
        assertEquals(new Location("requests.json", 6, 6), rejected.get(0).source().location());
        assertTrue(rejected.get(0).message().contains("both PredefinedMetricSpecification and"
                + " CustomizedMetricSpecification"), rejected.get(0).message());
        List<Variant> variants = facts(d, Variant.class);
        assertEquals(List.of("CapacityType"), variants.get(0).spotSettings().stream().map(x -> x.name()).toList());
        assertEquals(new Location("requests.json", 7, 32), variants.get(0).spotSettings().get(0).location());
        assertTrue(variants.get(1).spotSettings().isEmpty(), "reported once, on the first variant");
        assertTrue(facts(d, dev.sagelint.model.Model.class).get(0).s3Artifacts(),
                "CreateModel takes s3:// and https:// S3 URLs");
    }
}
