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
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;

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

    void read(Doc.Obj body) {
        DocReader v = DocReader.of(body, "the body", DocReader.API, problems);
        switch (Shape.of(body)) {
            case LIST -> {
                v.objects("ScalableTargets").forEach(this::target);
                v.objects("ScalingPolicies").forEach(this::policy);
                v.objects("ScheduledActions").forEach(this::scheduled);
                v.objects("VpcEndpoints").forEach(this::vpcEndpoint);
                v.objects("MetricAlarms").forEach(this::alarm);
                if (body.get("Vpcs") instanceof Doc.Arr) {
                    v.objects("Vpcs").forEach(this::vpc);
                }
                if (body.get("Subnets") instanceof Doc.Arr) {
                    v.objects("Subnets").forEach(this::subnet);
                }
                if (body.get("NatGateways") instanceof Doc.Arr) {
                    natKnown = true;
                    v.objects("NatGateways").forEach(this::natGateway);
                }
                if (body.get("RouteTables") instanceof Doc.Arr) {
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
    private String key(String kind, String name, DocReader v) {
        String key = kind + ":" + (name == null ? v.location().toString() : name);
        if (!keys.add(key)) {
            key = key + "@" + v.location();
            keys.add(key);
        }
        return key;
    }

    // ------------------------------------------------------------------ SageMaker

    private void endpointConfig(DocReader v) {
        String name = v.text("EndpointConfigName", "name");
        String key = key("endpoint-config", name, v);
        DocReader async = v.obj("AsyncInferenceConfig");
        if (async != null) {
            v.field("async", v.at("AsyncInferenceConfig"));
        }
        List<DocReader> variants = v.objects("ProductionVariants");
        List<DocReader> shadows = v.objects("ShadowProductionVariants");
        if (v.has("ProductionVariants")) {
            v.field("variantCount", v.at("ProductionVariants"));
        }
        DocReader capture = v.obj("DataCaptureConfig");
        if (capture != null) {
            v.field("dataCapture", v.at("DataCaptureConfig"));
        }
        String role = v.text("ExecutionRoleArn", "executionRoleArn");
        String kms = v.text("KmsKeyId", "kmsKeyId");
        facts.add(new EndpointConfig(key, name, name != null, async != null,
                v.has("ProductionVariants") ? variants.size() : null, shadows.size(), role, capture != null, null,
                v.tags("Tags"), kms, v.source()));
        List<Setting> configSpot = spotSettings(v);
        for (int i = 0; i < variants.size(); i++) {
            variant(key + ".ProductionVariants[" + i + "]", key, variants.get(i), false, configSpot);
        }
        for (int i = 0; i < shadows.size(); i++) {
            variant(key + ".ShadowProductionVariants[" + i + "]", key, shadows.get(i), true, configSpot);
        }
    }

    private void variant(String key, String configKey, DocReader v, boolean shadow, List<Setting> configSpot) {
        List<String> pools = new ArrayList<>();
        for (DocReader pool : v.objects("InstancePools")) {
            String type = pool.text("InstanceType");
            if (type != null) {
                pools.add(type);
            }
        }
        if (v.has("InstancePools")) {
            v.field("instancePoolTypes", v.at("InstancePools"));
        }
        ServerlessConfig serverless = null;
        DocReader sc = v.obj("ServerlessConfig");
        if (sc != null) {
            serverless = new ServerlessConfig(sc.integer("MemorySizeInMB", "memorySizeInMb"),
                    sc.integer("MaxConcurrency", "maxConcurrency"),
                    sc.integer("ProvisionedConcurrency", "provisionedConcurrency"), sc.source());
            v.field("serverless", v.at("ServerlessConfig"));
        }
        ManagedInstanceScaling managed = null;
        DocReader mis = v.obj("ManagedInstanceScaling");
        if (mis != null) {
            managed = new ManagedInstanceScaling(mis.text("Status", "status"),
                    mis.integer("MinInstanceCount", "minInstanceCount"),
                    mis.integer("MaxInstanceCount", "maxInstanceCount"), mis.source());
            v.field("managedInstanceScaling", v.at("ManagedInstanceScaling"));
        }
        List<Setting> spot = new ArrayList<>(configSpot);
        spot.addAll(spotSettings(v));
        if (!spot.isEmpty()) {
            v.field("spotSettings", spot.get(0).location());
        }
        String name = v.text("VariantName", "name");
        String model = v.text("ModelName", "modelName");
        String type = v.text("InstanceType", "instanceType");
        Integer count = v.integer("InitialInstanceCount", "initialInstanceCount");
        Integer volume = v.integer("VolumeSizeInGB", "volumeSizeInGB");
        Integer startup = v.integer("ContainerStartupHealthCheckTimeoutInSeconds",
                "containerStartupHealthCheckTimeoutInSeconds");
        Integer download = v.integer("ModelDataDownloadTimeoutInSeconds", "modelDataDownloadTimeoutInSeconds");
        facts.add(new Variant(key, configKey, name, model, type, pools, count, serverless, managed, spot, shadow,
                false, null, null, volume, startup, download, v.source()));
    }

    private void endpoint(DocReader v) {
        String name = v.text("EndpointName", "name");
        String configName = v.text("EndpointConfigName", "configName");
        Map<String, String> tags = v.tags("Tags");
        var traffic = dev.sagelint.parse.TrafficTags.read(tags, v.at("Tags"), problems);
        Boolean retain = v.bool("RetainAllVariantProperties", "retainAllVariantProperties");
        facts.add(new Endpoint(key("endpoint", name, v), name, configName, null, traffic, null, retain, tags,
                deploymentConfig(v), v.source()));
    }

    /** DeploymentConfig of CreateEndpoint / UpdateEndpoint: the update policy and the auto-rollback alarms. */
    private static dev.sagelint.model.DeploymentConfig deploymentConfig(DocReader v) {
        DocReader d = v.obj("DeploymentConfig");
        if (d == null) {
            return null;
        }
        DocReader bg = d.obj("BlueGreenUpdatePolicy");
        DocReader rolling = d.obj("RollingUpdatePolicy");
        DocReader routing = bg == null ? null : bg.obj("TrafficRoutingConfiguration");
        DocReader canary = routing == null ? null : routing.obj("CanarySize");
        DocReader linear = routing == null ? null : routing.obj("LinearStepSize");
        DocReader batch = rolling == null ? null : rolling.obj("MaximumBatchSize");
        DocReader rollback = d.obj("AutoRollbackConfiguration");
        List<DocReader> alarms = rollback == null ? List.of() : rollback.objects("Alarms");
        fieldIf(d, d, "BlueGreenUpdatePolicy", "blueGreen");
        fieldIf(d, d, "RollingUpdatePolicy", "rolling");
        fieldIf(d, d, "AutoRollbackConfiguration", "autoRollback");
        if (rollback != null) {
            fieldIf(d, rollback, "Alarms", "rollbackAlarms");
        }
        List<String> names = alarms.stream().map(a -> a.text("AlarmName")).filter(java.util.Objects::nonNull)
                .toList();
        DocReader policy = rolling != null ? rolling : bg;
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

    /** Every member whose name mentions spot (SageMaker hosting and batch transform have none). */
    private static List<Setting> spotSettings(DocReader r) {
        List<Setting> out = new ArrayList<>();
        r.obj().members().forEach((k, v) -> {
            if (k.toLowerCase(java.util.Locale.ROOT).contains("spot") && !(v instanceof Doc.Scalar s && s.isNull())) {
                out.add(new Setting(k, written(v), r.keyAt(k)));
            }
        });
        return out;
    }

    /** A value as the API shows it: a number without trailing zeros, a container as its brackets. */
    private static String written(Doc v) {
        if (v instanceof Doc.Scalar s) {
            return s.kind() == Doc.Kind.NUMBER ? dev.sagelint.parse.Numbers.render(new java.math.BigDecimal(s.text()))
                    : s.text();
        }
        return v instanceof Doc.Arr ? "[...]" : "{...}";
    }

    /** A string of a nested object, its location recorded on {@code target} as {@code field}. */
    private static String read(DocReader target, DocReader from, String key, String field) {
        if (from == null) {
            return null;
        }
        fieldIf(target, from, key, field);
        return from.text(key);
    }

    private static Integer readInt(DocReader target, DocReader from, String key, String field) {
        if (from == null) {
            return null;
        }
        fieldIf(target, from, key, field);
        return from.integer(key);
    }

    private void model(DocReader v) {
        String name = v.text("ModelName", "name");
        List<DocReader> containers = new ArrayList<>();
        DocReader primary = v.obj("PrimaryContainer");
        if (primary != null) {
            containers.add(primary);
        }
        containers.addAll(v.objects("Containers"));
        boolean s3 = false;
        for (DocReader c : containers) {
            String url = c.text("ModelDataUrl");
            if ((url != null && url.startsWith("s3://")) || c.has("ModelDataSource")) {
                s3 = true;
                v.field("s3Artifacts", c.at(url != null ? "ModelDataUrl" : "ModelDataSource"));
            }
        }
        DocReader vpc = v.obj("VpcConfig");
        List<String> subnets = List.of();
        List<String> groups = List.of();
        if (vpc != null) {
            v.field("vpc", v.at("VpcConfig"));
            subnets = vpc.strings("Subnets");
            groups = vpc.strings("SecurityGroupIds");
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
    private void container(String modelKey, int index, DocReader c) {
        DocReader image = c.obj("ImageConfig");
        String access = image == null ? null : image.text("RepositoryAccessMode");
        if (image != null && image.has("RepositoryAccessMode")) {
            c.field("repositoryAccessMode", image.at("RepositoryAccessMode"));
        }
        if (c.has("ModelDataSource")) {
            c.field("modelDataSource", c.at("ModelDataSource"));
        }
        Map<String, String> environment = new LinkedHashMap<>();
        DocReader env = c.obj("Environment");
        if (env != null) {
            c.field("environment", c.at("Environment"));
            for (String name : env.keys()) {
                String value = env.text(name, "environment." + name);
                if (value != null) {
                    environment.put(name, value);
                }
                c.field("environment." + name, env.at(name));
            }
        }
        facts.add(new dev.sagelint.model.Container(modelKey + ".container" + index, modelKey, index,
                c.text("Mode", "mode"), c.has("ModelDataSource"), access, environment, c.text("Image", "image"),
                c.text("ModelDataUrl", "modelDataUrl"), c.source()));
    }

    private void component(DocReader v) {
        String name = v.text("InferenceComponentName", "name");
        DocReader runtime = v.obj("RuntimeConfig");
        Integer copies = null;
        if (runtime != null) {
            copies = runtime.integer("CopyCount");
            if (runtime.has("CopyCount")) {
                v.field("copyCount", runtime.at("CopyCount"));
            }
        }
        DocReader spec = v.obj("Specification");
        DocReader container = spec == null ? null : spec.obj("Container");
        String artifact = container == null ? null : container.text("ArtifactUrl");
        DocReader compute = spec == null ? null : spec.obj("ComputeResourceRequirements");
        Double accelerators = null;
        if (compute != null) {
            accelerators = compute.number("NumberOfAcceleratorDevicesRequired");
            fieldIf(v, compute, "NumberOfAcceleratorDevicesRequired", "numberOfAcceleratorDevicesRequired");
        }
        facts.add(new InferenceComponent(key("inference-component", name, v), name, v.text("EndpointName",
                "endpointName"), v.text("VariantName", "variantName"), copies, artifact, null, accelerators,
                v.source()));
    }

    private void training(DocReader v) {
        String name = v.text("TrainingJobName", "name");
        Boolean spot = v.bool("EnableManagedSpotTraining", "managedSpot");
        Integer runtime = null;
        Integer wait = null;
        DocReader stop = v.obj("StoppingCondition");
        if (stop != null) {
            runtime = stop.integer("MaxRuntimeInSeconds");
            wait = stop.integer("MaxWaitTimeInSeconds");
            v.field("maxRuntimeSeconds", stop.has("MaxRuntimeInSeconds") ? stop.at("MaxRuntimeInSeconds")
                    : v.at("StoppingCondition"));
            if (stop.has("MaxWaitTimeInSeconds")) {
                v.field("maxWaitSeconds", stop.at("MaxWaitTimeInSeconds"));
            }
        }
        String checkpoint = null;
        DocReader cp = v.obj("CheckpointConfig");
        if (cp != null) {
            checkpoint = cp.text("S3Uri");
            v.field("checkpointS3Uri", cp.has("S3Uri") ? cp.at("S3Uri") : v.at("CheckpointConfig"));
        }
        facts.add(new TrainingJob(key("training-job", name, v), name, spot, runtime, wait, checkpoint, v.source()));
    }

    private void transform(DocReader v) {
        String name = v.text("TransformJobName", "name");
        List<Setting> spot = new ArrayList<>(spotSettings(v));
        String type = null;
        DocReader resources = v.obj("TransformResources");
        if (resources != null) {
            type = resources.text("InstanceType");
            if (resources.has("InstanceType")) {
                v.field("instanceType", resources.at("InstanceType"));
            }
            spot.addAll(spotSettings(resources));
        }
        if (!spot.isEmpty()) {
            v.field("spotSettings", spot.get(0).location());
        }
        facts.add(new TransformJob(key("transform-job", name, v), name, type, spot, v.source()));
    }

    // ------------------------------------------------------------------ Application Auto Scaling

    private void target(DocReader v) {
        String resourceId = v.text("ResourceId", "resourceId");
        String dimension = v.text("ScalableDimension", "dimension");
        Boolean in = null;
        Boolean out = null;
        Boolean scheduled = null;
        DocReader suspended = v.obj("SuspendedState");
        if (suspended != null) {
            in = suspended.bool("DynamicScalingInSuspended");
            out = suspended.bool("DynamicScalingOutSuspended");
            scheduled = suspended.bool("ScheduledScalingSuspended");
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
                v.text("ServiceNamespace", "namespace"), v.integer("MinCapacity", "minCapacity"),
                v.integer("MaxCapacity", "maxCapacity"), in, out, scheduled, parts.endpoint(), parts.variant(),
                parts.component(), true, null, null, null, v.source()));
    }

    private void policy(DocReader v) {
        String name = v.text("PolicyName", "name");
        String resourceId = v.text("ResourceId", "resourceId");
        String key = key("scaling-policy", resourceId + "|" + name, v);
        String type = v.text("PolicyType", "policyType");
        DocReader tt = v.obj("TargetTrackingScalingPolicyConfiguration");
        DocReader step = v.obj("StepScalingPolicyConfiguration");
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
            targetValue = tt.number("TargetValue");
            fieldIf(v, tt, "TargetValue", "targetValue");
            DocReader pre = tt.obj("PredefinedMetricSpecification");
            if (pre != null) {
                predefined = pre.text("PredefinedMetricType");
                fieldIf(v, pre, "PredefinedMetricType", "predefinedMetric");
            }
            DocReader cm = tt.obj("CustomizedMetricSpecification");
            if (cm != null) {
                custom = metric(cm, cm.objects("Dimensions"));
                v.field("customMetric", tt.at("CustomizedMetricSpecification"));
            }
            scaleIn = tt.integer("ScaleInCooldown");
            fieldIf(v, tt, "ScaleInCooldown", "scaleInCooldown");
            scaleOut = tt.integer("ScaleOutCooldown");
            fieldIf(v, tt, "ScaleOutCooldown", "scaleOutCooldown");
            disable = tt.bool("DisableScaleIn");
            fieldIf(v, tt, "DisableScaleIn", "disableScaleIn");
        }
        String adjustmentType = null;
        Integer cooldown = null;
        String aggregation = null;
        Integer magnitude = null;
        List<StepAdjustment> steps = new ArrayList<>();
        if (step != null) {
            v.field("step", v.at("StepScalingPolicyConfiguration"));
            adjustmentType = step.text("AdjustmentType");
            fieldIf(v, step, "AdjustmentType", "adjustmentType");
            cooldown = step.integer("Cooldown");
            fieldIf(v, step, "Cooldown", "cooldown");
            aggregation = step.text("MetricAggregationType");
            fieldIf(v, step, "MetricAggregationType", "metricAggregationType");
            magnitude = step.integer("MinAdjustmentMagnitude");
            fieldIf(v, step, "MinAdjustmentMagnitude", "minAdjustmentMagnitude");
            fieldIf(v, step, "StepAdjustments", "stepAdjustments");
            for (DocReader s : step.objects("StepAdjustments")) {
                steps.add(new StepAdjustment(s.number("MetricIntervalLowerBound"),
                        s.number("MetricIntervalUpperBound"), s.integer("ScalingAdjustment"),
                        s.location()));
            }
        }
        facts.add(new ScalingPolicy(key, null, name, type, targetValue, predefined, custom, scaleIn, scaleOut, disable,
                adjustmentType, cooldown, aggregation, magnitude, steps, true, resourceId,
                v.source(tt != null ? v.at("TargetTrackingScalingPolicyConfiguration")
                        : step != null ? v.at("StepScalingPolicyConfiguration") : v.location())));
        String arn = v.text("PolicyARN");
        if (arn != null) {
            facts.add(Ref.of(key, Ref.Kind.POLICY_ARN_OF, arn));
        }
        if (ScalingPolicy.STEP.equals(type)) {
            // describe-scaling-policies lists the alarms that invoke a step policy
            for (DocReader alarm : v.objects("Alarms")) {
                String alarmName = alarm.text("AlarmName", "name");
                facts.add(new Alarm(key("alarm", alarmName, alarm), alarmName,
                        new MetricSpec(null, null, Map.of(), null, alarm.source()), null, List.of(key),
                        alarm.source()));
            }
        }
    }

    private static void fieldIf(DocReader target, DocReader from, String key, String field) {
        if (from.has(key)) {
            target.field(field, from.at(key));
        }
    }

    private MetricSpec metric(DocReader m, List<DocReader> dimensionList) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (DocReader d : dimensionList) {
            String n = d.text("Name");
            String value = d.text("Value");
            if (n != null) {
                dimensions.put(n, value == null ? "" : value);
            }
        }
        String statistic = m.text("Statistic", "statistic");
        if (statistic == null) {
            statistic = m.text("ExtendedStatistic", "statistic");
        }
        List<dev.sagelint.model.MetricQuery> queries = new ArrayList<>();
        if (m.has("Metrics")) {
            m.field("metrics", m.at("Metrics"));
        }
        for (DocReader q : m.objects("Metrics")) {
            queries.add(new dev.sagelint.model.MetricQuery(q.text("Id", "id"), q.text("Expression", "expression"),
                    q.bool("ReturnData", "returnData"), q.has("MetricStat"), q.source()));
        }
        return new MetricSpec(m.text("Namespace", "namespace"), m.text("MetricName", "name"), dimensions, statistic,
                queries, m.source());
    }

    private void scheduled(DocReader v) {
        String name = v.text("ScheduledActionName", "name");
        String resourceId = v.text("ResourceId", "resourceId");
        DocReader action = v.obj("ScalableTargetAction");
        Integer min = null;
        Integer max = null;
        if (action != null) {
            v.field("scalableTargetAction", v.at("ScalableTargetAction"));
            min = action.integer("MinCapacity");
            fieldIf(v, action, "MinCapacity", "minCapacity");
            max = action.integer("MaxCapacity");
            fieldIf(v, action, "MaxCapacity", "maxCapacity");
        }
        String dimension = v.text("ScalableDimension", "dimension");
        ScheduledAction a = new ScheduledAction(key("scheduled-action", resourceId + "|" + name, v), null, name,
                v.text("Schedule", "schedule"), v.text("Timezone", "timezone"), min, max, v.source());
        facts.add(a);
        if (resourceId != null) {
            facts.add(new Ref(a.key(), Ref.Kind.TARGET_BY_RESOURCE_ID, resourceId, dimension));
        }
    }

    private void alarm(DocReader v) {
        String name = v.text("AlarmName", "name");
        MetricSpec metric = metric(v, v.objects("Dimensions"));
        if (v.has("MetricName")) {
            v.field("metric", v.at("MetricName"));
        }
        Double threshold = v.number("Threshold", "threshold");
        List<String> actions = v.strings("AlarmActions", "policyKeys");
        String band = v.text("ThresholdMetricId", "thresholdMetricId");
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

    private void vpc(DocReader v) {
        String id = v.text("VpcId");
        if (id != null) {
            vpcs.putIfAbsent(id, v.location());
        }
    }

    private void subnet(DocReader v) {
        String id = v.text("SubnetId");
        String vpc = v.text("VpcId");
        if (id != null && vpc != null) {
            facts.add(Ref.of(id, Ref.Kind.SUBNET_VPC, vpc));
        }
    }

    private void natGateway(DocReader v) {
        String vpc = v.text("VpcId");
        String state = v.text("State");
        if (vpc != null && (state == null || state.equals("available") || state.equals("pending"))) {
            natVpcs.add(vpc);
        }
    }

    private void routeTable(DocReader v) {
        String vpc = v.text("VpcId");
        for (DocReader route : v.objects("Routes")) {
            if (vpc != null && route.has("NatGatewayId")) {
                natVpcs.add(vpc);
            }
        }
    }

    private void vpcEndpoint(DocReader v) {
        String id = v.text("VpcEndpointId");
        String serviceName = v.text("ServiceName", "serviceName");
        List<String> groups = new ArrayList<>(v.strings("SecurityGroupIds", "securityGroupIds"));
        for (DocReader g : v.objects("Groups")) {
            String gid = g.text("GroupId");
            if (gid != null) {
                groups.add(gid);
            }
        }
        facts.add(new VpcEndpoint(key("vpc-endpoint", id != null ? id : serviceName, v), v.text("VpcId", "vpcId"),
                serviceName, VpcEndpoint.serviceOf(serviceName), v.text("VpcEndpointType", "type"),
                v.bool("PrivateDnsEnabled", "privateDns"), v.strings("RouteTableIds", "routeTableIds"),
                v.strings("SubnetIds", "subnetIds"), groups, v.source()));
    }
}
