package dev.sagelint.parse.api;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InferenceComponent;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.ManagedInstanceScaling;
import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.ServerlessConfig;
import dev.sagelint.model.Setting;
import dev.sagelint.model.StepAdjustment;
import dev.sagelint.model.TrainingJob;
import dev.sagelint.model.TransformJob;
import dev.sagelint.model.Variant;
import dev.sagelint.model.VpcEndpoint;
import dev.sagelint.parse.Ref;
import dev.sagelint.parse.ResourceIds;
import dev.sagelint.parse.json.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps API bodies and describe outputs to model facts. Links are by name, as the API itself links:
 * the endpoint to its config, targets to the endpoint and variant in their ResourceId, policies and
 * scheduled actions to the target with the same ResourceId and dimension, alarms to policies by ARN.
 */
final class ApiReader {

    private final List<InputProblem> problems;
    private final List<Fact> facts = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    ApiReader(List<InputProblem> problems) {
        this.problems = problems;
    }

    void read(JsonNode.Obj body) {
        JsonView v = new JsonView(body, problems);
        switch (Shape.of(body)) {
            case LIST -> {
                v.objects("ScalableTargets").forEach(this::target);
                v.objects("ScalingPolicies").forEach(this::policy);
                v.objects("ScheduledActions").forEach(this::scheduled);
                v.objects("VpcEndpoints").forEach(this::vpcEndpoint);
                v.objects("MetricAlarms").forEach(this::alarm);
                if (body.get("Vpcs") instanceof JsonNode.Arr) {
                    v.objects("Vpcs").forEach(this::vpc);
                }
                if (body.get("Subnets") instanceof JsonNode.Arr) {
                    v.objects("Subnets").forEach(this::subnet);
                }
                if (body.get("NatGateways") instanceof JsonNode.Arr) {
                    natKnown = true;
                    v.objects("NatGateways").forEach(this::natGateway);
                }
                if (body.get("RouteTables") instanceof JsonNode.Arr) {
                    natKnown = true;
                    v.objects("RouteTables").forEach(this::routeTable);
                }
            }
            case ENDPOINT_CONFIG -> endpointConfig(v);
            case ENDPOINT -> endpoint(v);
            case MODEL -> model(v);
            case INFERENCE_COMPONENT -> component(v);
            case SCALABLE_TARGET -> target(v);
            case SCALING_POLICY -> policy(v);
            case SCHEDULED_ACTION -> scheduled(v);
            case VPC_ENDPOINT -> vpcEndpoint(v);
            case TRAINING_JOB -> training(v);
            case TRANSFORM_JOB -> transform(v);
            case ALARM -> alarm(v);
        }
    }

    /** The facts read, with the references by name, resource id and ARN left for the {@code Linker}. */
    List<Fact> facts() {
        List<Fact> out = new ArrayList<>(facts);
        vpcs.forEach((id, at) -> out.add(new dev.sagelint.model.Vpc("vpc:" + id, id,
                natVpcs.contains(id) ? Boolean.TRUE : natKnown ? Boolean.FALSE : null,
                dev.sagelint.model.Source.at(at))));
        return out;
    }

    /** A unique key: the kind and name, made unique by the location when the name repeats. */
    private String key(String kind, String name, JsonView v) {
        String key = kind + ":" + (name == null ? v.location().toString() : name);
        if (!keys.add(key)) {
            key = key + "@" + v.location();
            keys.add(key);
        }
        return key;
    }

    // ------------------------------------------------------------------ SageMaker

    private void endpointConfig(JsonView v) {
        String name = v.str("EndpointConfigName", "name");
        String key = key("endpoint-config", name, v);
        JsonView async = v.obj("AsyncInferenceConfig");
        if (async != null) {
            v.field("async", v.at("AsyncInferenceConfig"));
        }
        List<JsonView> variants = v.objects("ProductionVariants");
        List<JsonView> shadows = v.objects("ShadowProductionVariants");
        if (v.has("ProductionVariants")) {
            v.field("variantCount", v.at("ProductionVariants"));
        }
        JsonView capture = v.obj("DataCaptureConfig");
        if (capture != null) {
            v.field("dataCapture", v.at("DataCaptureConfig"));
        }
        String role = v.str("ExecutionRoleArn", "executionRoleArn");
        String kms = v.str("KmsKeyId", "kmsKeyId");
        facts.add(new EndpointConfig(key, name, name != null, async != null,
                v.has("ProductionVariants") ? variants.size() : null, shadows.size(), role, capture != null, null,
                v.tags("Tags"), kms, v.source()));
        List<Setting> configSpot = v.spotSettings();
        for (int i = 0; i < variants.size(); i++) {
            variant(key + ".ProductionVariants[" + i + "]", key, variants.get(i), false, configSpot);
        }
        for (int i = 0; i < shadows.size(); i++) {
            variant(key + ".ShadowProductionVariants[" + i + "]", key, shadows.get(i), true, configSpot);
        }
    }

    private void variant(String key, String configKey, JsonView v, boolean shadow, List<Setting> configSpot) {
        List<String> pools = new ArrayList<>();
        for (JsonView pool : v.objects("InstancePools")) {
            String type = pool.str("InstanceType", null);
            if (type != null) {
                pools.add(type);
            }
        }
        if (v.has("InstancePools")) {
            v.field("instancePoolTypes", v.at("InstancePools"));
        }
        ServerlessConfig serverless = null;
        JsonView sc = v.obj("ServerlessConfig");
        if (sc != null) {
            serverless = new ServerlessConfig(sc.integer("MemorySizeInMB", "memorySizeInMb"),
                    sc.integer("MaxConcurrency", "maxConcurrency"),
                    sc.integer("ProvisionedConcurrency", "provisionedConcurrency"), sc.source());
            v.field("serverless", v.at("ServerlessConfig"));
        }
        ManagedInstanceScaling managed = null;
        JsonView mis = v.obj("ManagedInstanceScaling");
        if (mis != null) {
            managed = new ManagedInstanceScaling(mis.str("Status", "status"),
                    mis.integer("MinInstanceCount", "minInstanceCount"),
                    mis.integer("MaxInstanceCount", "maxInstanceCount"), mis.source());
            v.field("managedInstanceScaling", v.at("ManagedInstanceScaling"));
        }
        List<Setting> spot = new ArrayList<>(configSpot);
        spot.addAll(v.spotSettings());
        if (!spot.isEmpty()) {
            v.field("spotSettings", spot.get(0).location());
        }
        String name = v.str("VariantName", "name");
        String model = v.str("ModelName", "modelName");
        String type = v.str("InstanceType", "instanceType");
        Integer count = v.integer("InitialInstanceCount", "initialInstanceCount");
        Integer volume = v.integer("VolumeSizeInGB", "volumeSizeInGB");
        Integer startup = v.integer("ContainerStartupHealthCheckTimeoutInSeconds",
                "containerStartupHealthCheckTimeoutInSeconds");
        Integer download = v.integer("ModelDataDownloadTimeoutInSeconds", "modelDataDownloadTimeoutInSeconds");
        facts.add(new Variant(key, configKey, name, model, type, pools, count, serverless, managed, spot, shadow,
                false, null, null, volume, startup, download, v.source()));
    }

    private void endpoint(JsonView v) {
        String name = v.str("EndpointName", "name");
        String configName = v.str("EndpointConfigName", "configName");
        Map<String, String> tags = v.tags("Tags");
        var traffic = dev.sagelint.parse.TrafficTags.read(tags, v.at("Tags"), problems);
        Boolean retain = v.bool("RetainAllVariantProperties", "retainAllVariantProperties");
        facts.add(new Endpoint(key("endpoint", name, v), name, configName, null, traffic, null, retain, tags,
                deploymentConfig(v), v.source()));
    }

    /** DeploymentConfig of CreateEndpoint / UpdateEndpoint: the update policy and the auto-rollback alarms. */
    private static dev.sagelint.model.DeploymentConfig deploymentConfig(JsonView v) {
        JsonView d = v.obj("DeploymentConfig");
        if (d == null) {
            return null;
        }
        JsonView bg = d.obj("BlueGreenUpdatePolicy");
        JsonView rolling = d.obj("RollingUpdatePolicy");
        JsonView routing = bg == null ? null : bg.obj("TrafficRoutingConfiguration");
        JsonView canary = routing == null ? null : routing.obj("CanarySize");
        JsonView linear = routing == null ? null : routing.obj("LinearStepSize");
        JsonView batch = rolling == null ? null : rolling.obj("MaximumBatchSize");
        JsonView rollback = d.obj("AutoRollbackConfiguration");
        List<JsonView> alarms = rollback == null ? List.of() : rollback.objects("Alarms");
        fieldIf(d, d, "BlueGreenUpdatePolicy", "blueGreen");
        fieldIf(d, d, "RollingUpdatePolicy", "rolling");
        fieldIf(d, d, "AutoRollbackConfiguration", "autoRollback");
        if (rollback != null) {
            fieldIf(d, rollback, "Alarms", "rollbackAlarms");
        }
        List<String> names = alarms.stream().map(a -> a.str("AlarmName", null)).filter(java.util.Objects::nonNull)
                .toList();
        JsonView policy = rolling != null ? rolling : bg;
        return new dev.sagelint.model.DeploymentConfig(bg != null, read(d, routing, "Type", "trafficRoutingType"),
                read(d, canary, "Type", "canarySizeType"), readInt(d, canary, "Value", "canarySizeValue"),
                read(d, linear, "Type", "linearStepType"), readInt(d, linear, "Value", "linearStepValue"),
                readInt(d, rolling != null ? rolling : routing, "WaitIntervalInSeconds", "waitIntervalInSeconds"),
                readInt(d, bg, "TerminationWaitInSeconds", "terminationWaitInSeconds"),
                readInt(d, policy, "MaximumExecutionTimeoutInSeconds", "maximumExecutionTimeoutInSeconds"),
                rolling != null, read(d, batch, "Type", "maximumBatchSizeType"),
                readInt(d, batch, "Value", "maximumBatchSizeValue"), alarms.size(), names,
                d.source(v.at("DeploymentConfig")));
    }

    /** A string of a nested object, its location recorded on {@code target} as {@code field}. */
    private static String read(JsonView target, JsonView from, String key, String field) {
        if (from == null) {
            return null;
        }
        fieldIf(target, from, key, field);
        return from.str(key, null);
    }

    private static Integer readInt(JsonView target, JsonView from, String key, String field) {
        if (from == null) {
            return null;
        }
        fieldIf(target, from, key, field);
        return from.integer(key, null);
    }

    private void model(JsonView v) {
        String name = v.str("ModelName", "name");
        List<JsonView> containers = new ArrayList<>();
        JsonView primary = v.obj("PrimaryContainer");
        if (primary != null) {
            containers.add(primary);
        }
        containers.addAll(v.objects("Containers"));
        boolean s3 = false;
        for (JsonView c : containers) {
            String url = c.str("ModelDataUrl", null);
            if ((url != null && url.startsWith("s3://")) || c.has("ModelDataSource")) {
                s3 = true;
                v.field("s3Artifacts", c.at(url != null ? "ModelDataUrl" : "ModelDataSource"));
            }
        }
        JsonView vpc = v.obj("VpcConfig");
        List<String> subnets = List.of();
        List<String> groups = List.of();
        if (vpc != null) {
            v.field("inVpc", v.at("VpcConfig"));
            v.field("vpc", v.at("VpcConfig"));
            subnets = vpc.strings("Subnets", null);
            groups = vpc.strings("SecurityGroupIds", null);
            v.field("subnets", vpc.at("Subnets"));
        }
        String modelKey = key("model", name, v);
        facts.add(new Model(modelKey, name, vpc != null, null, subnets, groups, s3,
                v.bool("EnableNetworkIsolation", "networkIsolation"), v.source()));
        for (int i = 0; i < containers.size(); i++) {
            container(modelKey, i, containers.get(i));
        }
    }

    /** One container of a model (PrimaryContainer or Containers[i]), as the other formats read it. */
    private void container(String modelKey, int index, JsonView c) {
        JsonView image = c.obj("ImageConfig");
        String access = image == null ? null : image.str("RepositoryAccessMode", null);
        if (image != null && image.has("RepositoryAccessMode")) {
            c.field("repositoryAccessMode", image.at("RepositoryAccessMode"));
        }
        if (c.has("ModelDataSource")) {
            c.field("modelDataSource", c.at("ModelDataSource"));
        }
        Map<String, String> environment = new LinkedHashMap<>();
        JsonView env = c.obj("Environment");
        if (env != null) {
            c.field("environment", c.at("Environment"));
            for (String name : env.names()) {
                String value = env.str(name, "environment." + name);
                if (value != null) {
                    environment.put(name, value);
                }
                c.field("environment." + name, env.at(name));
            }
        }
        facts.add(new dev.sagelint.model.Container(modelKey + ".container" + index, modelKey, index,
                c.str("Mode", "mode"), c.has("ModelDataSource"), access, environment, c.str("Image", "image"),
                c.str("ModelDataUrl", "modelDataUrl"), c.source()));
    }

    private void component(JsonView v) {
        String name = v.str("InferenceComponentName", "name");
        JsonView runtime = v.obj("RuntimeConfig");
        Integer copies = null;
        if (runtime != null) {
            copies = runtime.integer("CopyCount", null);
            if (runtime.has("CopyCount")) {
                v.field("copyCount", runtime.at("CopyCount"));
            }
        }
        JsonView spec = v.obj("Specification");
        JsonView container = spec == null ? null : spec.obj("Container");
        String artifact = container == null ? null : container.str("ArtifactUrl", null);
        JsonView compute = spec == null ? null : spec.obj("ComputeResourceRequirements");
        Double accelerators = null;
        if (compute != null) {
            accelerators = compute.number("NumberOfAcceleratorDevicesRequired", null);
            fieldIf(v, compute, "NumberOfAcceleratorDevicesRequired", "numberOfAcceleratorDevicesRequired");
        }
        facts.add(new InferenceComponent(key("inference-component", name, v), name, v.str("EndpointName",
                "endpointName"), v.str("VariantName", "variantName"), copies, artifact, null, accelerators,
                v.source()));
    }

    private void training(JsonView v) {
        String name = v.str("TrainingJobName", "name");
        Boolean spot = v.bool("EnableManagedSpotTraining", "managedSpot");
        Integer runtime = null;
        Integer wait = null;
        JsonView stop = v.obj("StoppingCondition");
        if (stop != null) {
            runtime = stop.integer("MaxRuntimeInSeconds", null);
            wait = stop.integer("MaxWaitTimeInSeconds", null);
            v.field("maxRuntimeSeconds", stop.has("MaxRuntimeInSeconds") ? stop.at("MaxRuntimeInSeconds")
                    : v.at("StoppingCondition"));
            if (stop.has("MaxWaitTimeInSeconds")) {
                v.field("maxWaitSeconds", stop.at("MaxWaitTimeInSeconds"));
            }
        }
        String checkpoint = null;
        JsonView cp = v.obj("CheckpointConfig");
        if (cp != null) {
            checkpoint = cp.str("S3Uri", null);
            v.field("checkpointS3Uri", cp.has("S3Uri") ? cp.at("S3Uri") : v.at("CheckpointConfig"));
        }
        facts.add(new TrainingJob(key("training-job", name, v), name, spot, runtime, wait, checkpoint, v.source()));
    }

    private void transform(JsonView v) {
        String name = v.str("TransformJobName", "name");
        List<Setting> spot = new ArrayList<>(v.spotSettings());
        String type = null;
        JsonView resources = v.obj("TransformResources");
        if (resources != null) {
            type = resources.str("InstanceType", null);
            if (resources.has("InstanceType")) {
                v.field("instanceType", resources.at("InstanceType"));
            }
            spot.addAll(resources.spotSettings());
        }
        if (!spot.isEmpty()) {
            v.field("spotSettings", spot.get(0).location());
        }
        facts.add(new TransformJob(key("transform-job", name, v), name, type, spot, v.source()));
    }

    // ------------------------------------------------------------------ Application Auto Scaling

    private void target(JsonView v) {
        String resourceId = v.str("ResourceId", "resourceId");
        String dimension = v.str("ScalableDimension", "dimension");
        Boolean in = null;
        Boolean out = null;
        Boolean scheduled = null;
        JsonView suspended = v.obj("SuspendedState");
        if (suspended != null) {
            in = suspended.bool("DynamicScalingInSuspended", null);
            out = suspended.bool("DynamicScalingOutSuspended", null);
            scheduled = suspended.bool("ScheduledScalingSuspended", null);
            for (String[] s : new String[][] {{"DynamicScalingInSuspended", "scaleInSuspended"},
                    {"DynamicScalingOutSuspended", "scaleOutSuspended"},
                    {"ScheduledScalingSuspended", "scheduledSuspended"}}) {
                if (suspended.has(s[0])) {
                    v.field(s[1], suspended.at(s[0]));
                }
            }
        }
        ResourceIds.Parts parts = ResourceIds.parse(resourceId);
        facts.add(new ScalableTarget(key("scalable-target", resourceId + "|" + dimension, v), resourceId, dimension,
                v.str("ServiceNamespace", "namespace"), v.integer("MinCapacity", "minCapacity"),
                v.integer("MaxCapacity", "maxCapacity"), in, out, scheduled, parts.endpoint(), parts.variant(),
                parts.component(), true, null, null, null, v.source()));
    }

    private void policy(JsonView v) {
        String name = v.str("PolicyName", "name");
        String resourceId = v.str("ResourceId", "resourceId");
        String key = key("scaling-policy", resourceId + "|" + name, v);
        String type = v.str("PolicyType", "policyType");
        JsonView tt = v.obj("TargetTrackingScalingPolicyConfiguration");
        JsonView step = v.obj("StepScalingPolicyConfiguration");
        if (type == null) {
            // PutScalingPolicy defaults PolicyType to StepScaling
            type = ScalingPolicy.STEP;
        }
        Double targetValue = null;
        String predefined = null;
        MetricSpec custom = null;
        Integer scaleIn = null;
        Integer scaleOut = null;
        Boolean disable = null;
        if (tt != null) {
            v.field("targetTracking", v.at("TargetTrackingScalingPolicyConfiguration"));
            targetValue = tt.number("TargetValue", null);
            fieldIf(v, tt, "TargetValue", "targetValue");
            JsonView pre = tt.obj("PredefinedMetricSpecification");
            if (pre != null) {
                predefined = pre.str("PredefinedMetricType", null);
                fieldIf(v, pre, "PredefinedMetricType", "predefinedMetric");
            }
            JsonView cm = tt.obj("CustomizedMetricSpecification");
            if (cm != null) {
                custom = metric(cm, cm.objects("Dimensions"));
                v.field("customMetric", tt.at("CustomizedMetricSpecification"));
            }
            scaleIn = tt.integer("ScaleInCooldown", null);
            fieldIf(v, tt, "ScaleInCooldown", "scaleInCooldown");
            scaleOut = tt.integer("ScaleOutCooldown", null);
            fieldIf(v, tt, "ScaleOutCooldown", "scaleOutCooldown");
            disable = tt.bool("DisableScaleIn", null);
            fieldIf(v, tt, "DisableScaleIn", "disableScaleIn");
        }
        String adjustmentType = null;
        Integer cooldown = null;
        String aggregation = null;
        Integer magnitude = null;
        List<StepAdjustment> steps = new ArrayList<>();
        if (step != null) {
            v.field("step", v.at("StepScalingPolicyConfiguration"));
            adjustmentType = step.str("AdjustmentType", null);
            fieldIf(v, step, "AdjustmentType", "adjustmentType");
            cooldown = step.integer("Cooldown", null);
            fieldIf(v, step, "Cooldown", "cooldown");
            aggregation = step.str("MetricAggregationType", null);
            fieldIf(v, step, "MetricAggregationType", "metricAggregationType");
            magnitude = step.integer("MinAdjustmentMagnitude", null);
            fieldIf(v, step, "MinAdjustmentMagnitude", "minAdjustmentMagnitude");
            fieldIf(v, step, "StepAdjustments", "stepAdjustments");
            for (JsonView s : step.objects("StepAdjustments")) {
                steps.add(new StepAdjustment(s.number("MetricIntervalLowerBound", null),
                        s.number("MetricIntervalUpperBound", null), s.integer("ScalingAdjustment", null),
                        s.location()));
            }
        }
        facts.add(new ScalingPolicy(key, null, name, type, targetValue, predefined, custom, scaleIn, scaleOut, disable,
                adjustmentType, cooldown, aggregation, magnitude, steps, true, resourceId,
                v.source(tt != null ? v.at("TargetTrackingScalingPolicyConfiguration")
                        : step != null ? v.at("StepScalingPolicyConfiguration") : v.location())));
        String arn = v.str("PolicyARN", null);
        if (arn != null) {
            facts.add(Ref.of(key, Ref.Kind.POLICY_ARN_OF, arn));
        }
        if (ScalingPolicy.STEP.equals(type)) {
            // describe-scaling-policies lists the alarms that invoke a step policy
            for (JsonView alarm : v.objects("Alarms")) {
                String alarmName = alarm.str("AlarmName", "name");
                facts.add(new Alarm(key("alarm", alarmName, alarm), alarmName,
                        new MetricSpec(null, null, Map.of(), null, alarm.source()), null, List.of(key),
                        alarm.source()));
            }
        }
    }

    private static void fieldIf(JsonView target, JsonView from, String key, String field) {
        if (from.has(key)) {
            target.field(field, from.at(key));
        }
    }

    private MetricSpec metric(JsonView m, List<JsonView> dimensionList) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (JsonView d : dimensionList) {
            String n = d.str("Name", null);
            String value = d.str("Value", null);
            if (n != null) {
                dimensions.put(n, value == null ? "" : value);
            }
        }
        String statistic = m.str("Statistic", "statistic");
        if (statistic == null) {
            statistic = m.str("ExtendedStatistic", "statistic");
        }
        List<dev.sagelint.model.MetricQuery> queries = new ArrayList<>();
        if (m.has("Metrics")) {
            m.field("metrics", m.at("Metrics"));
        }
        for (JsonView q : m.objects("Metrics")) {
            queries.add(new dev.sagelint.model.MetricQuery(q.str("Id", "id"), q.str("Expression", "expression"),
                    q.bool("ReturnData", "returnData"), q.has("MetricStat"), q.source()));
        }
        return new MetricSpec(m.str("Namespace", "namespace"), m.str("MetricName", "name"), dimensions, statistic,
                queries, m.source());
    }

    private void scheduled(JsonView v) {
        String name = v.str("ScheduledActionName", "name");
        String resourceId = v.str("ResourceId", "resourceId");
        JsonView action = v.obj("ScalableTargetAction");
        Integer min = null;
        Integer max = null;
        if (action != null) {
            v.field("scalableTargetAction", v.at("ScalableTargetAction"));
            min = action.integer("MinCapacity", null);
            fieldIf(v, action, "MinCapacity", "minCapacity");
            max = action.integer("MaxCapacity", null);
            fieldIf(v, action, "MaxCapacity", "maxCapacity");
        }
        String dimension = v.str("ScalableDimension", "dimension");
        ScheduledAction a = new ScheduledAction(key("scheduled-action", resourceId + "|" + name, v), null, name,
                v.str("Schedule", "schedule"), v.str("Timezone", "timezone"), min, max, v.source());
        facts.add(a);
        if (resourceId != null) {
            facts.add(new Ref(a.key(), Ref.Kind.TARGET_BY_RESOURCE_ID, resourceId, dimension));
        }
    }

    private void alarm(JsonView v) {
        String name = v.str("AlarmName", "name");
        MetricSpec metric = metric(v, v.objects("Dimensions"));
        if (v.has("MetricName")) {
            v.field("metric", v.at("MetricName"));
        }
        Double threshold = v.number("Threshold", "threshold");
        List<String> actions = v.strings("AlarmActions", "policyKeys");
        String band = v.str("ThresholdMetricId", "thresholdMetricId");
        Alarm a = new Alarm(key("alarm", name, v), name, metric, threshold, List.of(), band, v.source());
        facts.add(a);
        actions.forEach(arn -> facts.add(Ref.of(a.key(), Ref.Kind.POLICY_BY_ARN, arn)));
    }

    // ------------------------------------------------------------------ networking

    /** VPCs from describe-vpcs, subnet to VPC from describe-subnets, NAT routes from describe-nat-gateways
     *  or describe-route-tables; without either of the last two, whether a VPC has NAT stays unknown. */
    private final Map<String, dev.sagelint.model.Location> vpcs = new java.util.TreeMap<>();
    private final Set<String> natVpcs = new HashSet<>();
    private boolean natKnown;

    private void vpc(JsonView v) {
        String id = v.str("VpcId", null);
        if (id != null) {
            vpcs.putIfAbsent(id, v.location());
        }
    }

    private void subnet(JsonView v) {
        String id = v.str("SubnetId", null);
        String vpc = v.str("VpcId", null);
        if (id != null && vpc != null) {
            facts.add(Ref.of(id, Ref.Kind.SUBNET_VPC, vpc));
        }
    }

    private void natGateway(JsonView v) {
        String vpc = v.str("VpcId", null);
        String state = v.str("State", null);
        if (vpc != null && (state == null || state.equals("available") || state.equals("pending"))) {
            natVpcs.add(vpc);
        }
    }

    private void routeTable(JsonView v) {
        String vpc = v.str("VpcId", null);
        for (JsonView route : v.objects("Routes")) {
            if (vpc != null && route.has("NatGatewayId")) {
                natVpcs.add(vpc);
            }
        }
    }

    private void vpcEndpoint(JsonView v) {
        String id = v.str("VpcEndpointId", null);
        String serviceName = v.str("ServiceName", "serviceName");
        List<String> groups = new ArrayList<>(v.strings("SecurityGroupIds", "securityGroupIds"));
        for (JsonView g : v.objects("Groups")) {
            String gid = g.str("GroupId", null);
            if (gid != null) {
                groups.add(gid);
            }
        }
        facts.add(new VpcEndpoint(key("vpc-endpoint", id != null ? id : serviceName, v), v.str("VpcId", "vpcId"),
                serviceName, VpcEndpoint.serviceOf(serviceName), v.str("VpcEndpointType", "type"),
                v.bool("PrivateDnsEnabled", "privateDns"), v.strings("RouteTableIds", "routeTableIds"),
                v.strings("SubnetIds", "subnetIds"), groups, v.source()));
    }
}
