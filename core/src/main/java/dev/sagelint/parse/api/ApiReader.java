package dev.sagelint.parse.api;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Container;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.FactField;
import dev.sagelint.model.InferenceComponent;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.ManagedInstanceScaling;
import dev.sagelint.model.MetricQuery;
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
import dev.sagelint.parse.aws.AwsShapes;
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
        String name = v.text(EndpointConfig.Field.NAME);
        String key = key("endpoint-config", name, v);
        DocReader async = v.obj("AsyncInferenceConfig");
        if (async != null) {
            v.field(EndpointConfig.Field.ASYNC, v.at("AsyncInferenceConfig"));
        }
        List<DocReader> variants = v.objects("ProductionVariants");
        List<DocReader> shadows = v.objects("ShadowProductionVariants");
        if (v.has("ProductionVariants")) {
            v.field(EndpointConfig.Field.VARIANT_COUNT, v.at("ProductionVariants"));
        }
        DocReader capture = v.obj("DataCaptureConfig");
        if (capture != null) {
            v.field(EndpointConfig.Field.DATA_CAPTURE, v.at("DataCaptureConfig"));
        }
        String role = v.text(EndpointConfig.Field.EXECUTION_ROLE_ARN);
        String kms = v.text(EndpointConfig.Field.KMS_KEY_ID);
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
            v.field(Variant.Field.INSTANCE_POOLS, v.at("InstancePools"));
        }
        ServerlessConfig serverless = AwsShapes.serverless(v);
        ManagedInstanceScaling managed = AwsShapes.managedScaling(v);
        List<Setting> spot = new ArrayList<>(configSpot);
        spot.addAll(spotSettings(v));
        if (!spot.isEmpty()) {
            v.field(Variant.Field.SPOT_SETTINGS, spot.get(0).location());
        }
        String name = v.text(Variant.Field.NAME);
        String model = v.text(Variant.Field.MODEL_NAME);
        String type = v.text(Variant.Field.INSTANCE_TYPE);
        Integer count = v.integer(Variant.Field.INITIAL_INSTANCE_COUNT);
        Integer volume = v.integer(Variant.Field.VOLUME_SIZE_IN_GB);
        Integer startup = v.integer(Variant.Field.CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT_IN_SECONDS);
        Integer download = v.integer(Variant.Field.MODEL_DATA_DOWNLOAD_TIMEOUT_IN_SECONDS);
        facts.add(new Variant(key, configKey, name, model, type, pools, count, serverless, managed, spot, shadow,
                false, null, null, volume, startup, download, v.source()));
    }

    private void endpoint(DocReader v) {
        String name = v.text(Endpoint.Field.NAME);
        String configName = v.text(Endpoint.Field.CONFIG_NAME);
        Map<String, String> tags = v.tags("Tags");
        var traffic = dev.sagelint.parse.TrafficTags.read(tags, v.at("Tags"), problems);
        Boolean retain = v.bool(Endpoint.Field.RETAIN_ALL_VARIANT_PROPERTIES);
        facts.add(new Endpoint(key("endpoint", name, v), name, configName, null, traffic, null, retain, tags,
                AwsShapes.deploymentConfig(v), v.source()));
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
    private static String read(DocReader target, DocReader from, String key, FactField field) {
        if (from == null) {
            return null;
        }
        fieldIf(target, from, key, field);
        return from.text(key);
    }

    private static Integer readInt(DocReader target, DocReader from, String key, FactField field) {
        if (from == null) {
            return null;
        }
        fieldIf(target, from, key, field);
        return from.integer(key);
    }

    private void model(DocReader v) {
        String name = v.text(Model.Field.NAME);
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
                v.field(Model.Field.S3_ARTIFACTS, c.at(url != null ? "ModelDataUrl" : "ModelDataSource"));
            }
        }
        DocReader vpc = v.obj("VpcConfig");
        List<String> subnets = List.of();
        List<String> groups = List.of();
        if (vpc != null) {
            v.field(Model.Field.VPC, v.at("VpcConfig"));
            subnets = vpc.strings("Subnets");
            groups = vpc.strings("SecurityGroupIds");
            v.field(Model.Field.SUBNETS, vpc.at("Subnets"));
        }
        String modelKey = key("model", name, v);
        facts.add(new Model(modelKey, name, vpc != null, null, subnets, groups, s3,
                v.bool(Model.Field.NETWORK_ISOLATION), v.source()));
        for (int i = 0; i < containers.size(); i++) {
            container(modelKey, i, containers.get(i));
        }
    }

    /** One container of a model (PrimaryContainer or Containers[i]), as the other formats read it. */
    private void container(String modelKey, int index, DocReader c) {
        DocReader image = c.obj("ImageConfig");
        String access = image == null ? null : image.text("RepositoryAccessMode");
        if (image != null && image.has("RepositoryAccessMode")) {
            c.field(Container.Field.REPOSITORY_ACCESS_MODE, image.at("RepositoryAccessMode"));
        }
        if (c.has("ModelDataSource")) {
            c.field(Container.Field.MODEL_DATA_SOURCE, c.at("ModelDataSource"));
        }
        Map<String, String> environment = new LinkedHashMap<>();
        DocReader env = c.obj("Environment");
        if (env != null) {
            c.field(Container.Field.ENVIRONMENT, c.at("Environment"));
            for (String name : env.keys()) {
                String value = env.text(name);
                if (value != null) {
                    environment.put(name, value);
                }
                c.entry(Container.Field.ENVIRONMENT, name, env.at(name));
            }
        }
        facts.add(new dev.sagelint.model.Container(modelKey + ".container" + index, modelKey, index,
                c.text(Container.Field.MODE), c.has("ModelDataSource"), access, environment,
                c.text(Container.Field.IMAGE),
                c.text(Container.Field.MODEL_DATA_URL), c.source()));
    }

    private void component(DocReader v) {
        String name = v.text(InferenceComponent.Field.NAME);
        DocReader runtime = v.obj("RuntimeConfig");
        Integer copies = null;
        if (runtime != null) {
            copies = runtime.integer("CopyCount");
            if (runtime.has("CopyCount")) {
                v.field(InferenceComponent.Field.COPY_COUNT, runtime.at("CopyCount"));
            }
        }
        DocReader spec = v.obj("Specification");
        DocReader container = spec == null ? null : spec.obj("Container");
        String artifact = container == null ? null : container.text("ArtifactUrl");
        DocReader compute = spec == null ? null : spec.obj("ComputeResourceRequirements");
        Double accelerators = null;
        if (compute != null) {
            accelerators = compute.number("NumberOfAcceleratorDevicesRequired");
            fieldIf(v, compute, "NumberOfAcceleratorDevicesRequired",
                    InferenceComponent.Field.NUMBER_OF_ACCELERATOR_DEVICES_REQUIRED);
        }
        facts.add(new InferenceComponent(key("inference-component", name, v), name,
                v.text(InferenceComponent.Field.ENDPOINT), v.text(InferenceComponent.Field.VARIANT),
                copies, artifact, null, accelerators,
                v.source()));
    }

    private void training(DocReader v) {
        String name = v.text(TrainingJob.Field.NAME);
        Boolean spot = v.bool(TrainingJob.Field.MANAGED_SPOT);
        Integer runtime = null;
        Integer wait = null;
        DocReader stop = v.obj("StoppingCondition");
        if (stop != null) {
            runtime = stop.integer("MaxRuntimeInSeconds");
            wait = stop.integer("MaxWaitTimeInSeconds");
            v.field(TrainingJob.Field.MAX_RUNTIME_SECONDS,
                    stop.has("MaxRuntimeInSeconds") ? stop.at("MaxRuntimeInSeconds")
                    : v.at("StoppingCondition"));
            if (stop.has("MaxWaitTimeInSeconds")) {
                v.field(TrainingJob.Field.MAX_WAIT_SECONDS, stop.at("MaxWaitTimeInSeconds"));
            }
        }
        String checkpoint = null;
        DocReader cp = v.obj("CheckpointConfig");
        if (cp != null) {
            checkpoint = cp.text("S3Uri");
            v.field(TrainingJob.Field.CHECKPOINT_S3_URI, cp.has("S3Uri") ? cp.at("S3Uri") : v.at("CheckpointConfig"));
        }
        facts.add(new TrainingJob(key("training-job", name, v), name, spot, runtime, wait, checkpoint, v.source()));
    }

    private void transform(DocReader v) {
        String name = v.text(TransformJob.Field.NAME);
        List<Setting> spot = new ArrayList<>(spotSettings(v));
        String type = null;
        DocReader resources = v.obj("TransformResources");
        if (resources != null) {
            type = resources.text("InstanceType");
            if (resources.has("InstanceType")) {
                v.field(TransformJob.Field.INSTANCE_TYPE, resources.at("InstanceType"));
            }
            spot.addAll(spotSettings(resources));
        }
        if (!spot.isEmpty()) {
            v.field(TransformJob.Field.SPOT_SETTINGS, spot.get(0).location());
        }
        facts.add(new TransformJob(key("transform-job", name, v), name, type, spot, v.source()));
    }

    // ------------------------------------------------------------------ Application Auto Scaling

    private void target(DocReader v) {
        String resourceId = v.text(ScalableTarget.Field.RESOURCE_ID);
        String dimension = v.text(ScalableTarget.Field.DIMENSION);
        Boolean in = null;
        Boolean out = null;
        Boolean scheduled = null;
        DocReader suspended = v.obj("SuspendedState");
        if (suspended != null) {
            in = suspended.bool("DynamicScalingInSuspended");
            out = suspended.bool("DynamicScalingOutSuspended");
            scheduled = suspended.bool("ScheduledScalingSuspended");
            fieldIf(v, suspended, "DynamicScalingInSuspended", ScalableTarget.Field.SCALE_IN_SUSPENDED);
            fieldIf(v, suspended, "DynamicScalingOutSuspended", ScalableTarget.Field.SCALE_OUT_SUSPENDED);
            fieldIf(v, suspended, "ScheduledScalingSuspended", ScalableTarget.Field.SCHEDULED_SUSPENDED);
        }
        ResourceIds.Parts parts = ResourceIds.parse(resourceId);
        facts.add(new ScalableTarget(key("scalable-target", resourceId + "|" + dimension, v), resourceId, dimension,
                v.text(ScalableTarget.Field.NAMESPACE),
                v.integer(ScalableTarget.Field.MIN_CAPACITY),
                v.integer(ScalableTarget.Field.MAX_CAPACITY), in, out, scheduled, parts.endpoint(),
                parts.variant(),
                parts.component(), true, null, null, null, v.source()));
    }

    private void policy(DocReader v) {
        String name = v.text(ScalingPolicy.Field.NAME);
        String resourceId = v.text(ScalingPolicy.Field.RESOURCE_ID);
        String key = key("scaling-policy", resourceId + "|" + name, v);
        String type = v.text(ScalingPolicy.Field.POLICY_TYPE);
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
            v.field(ScalingPolicy.Field.TARGET_TRACKING, v.at("TargetTrackingScalingPolicyConfiguration"));
            targetValue = tt.number("TargetValue");
            fieldIf(v, tt, "TargetValue", ScalingPolicy.Field.TARGET_VALUE);
            DocReader pre = tt.obj("PredefinedMetricSpecification");
            if (pre != null) {
                predefined = pre.text("PredefinedMetricType");
                fieldIf(v, pre, "PredefinedMetricType", ScalingPolicy.Field.PREDEFINED_METRIC);
            }
            DocReader cm = tt.obj("CustomizedMetricSpecification");
            if (cm != null) {
                custom = metric(cm, cm.objects("Dimensions"));
                v.field(ScalingPolicy.Field.CUSTOM_METRIC, tt.at("CustomizedMetricSpecification"));
            }
            scaleIn = tt.integer("ScaleInCooldown");
            fieldIf(v, tt, "ScaleInCooldown", ScalingPolicy.Field.SCALE_IN_COOLDOWN);
            scaleOut = tt.integer("ScaleOutCooldown");
            fieldIf(v, tt, "ScaleOutCooldown", ScalingPolicy.Field.SCALE_OUT_COOLDOWN);
            disable = tt.bool("DisableScaleIn");
            fieldIf(v, tt, "DisableScaleIn", ScalingPolicy.Field.DISABLE_SCALE_IN);
        }
        String adjustmentType = null;
        Integer cooldown = null;
        String aggregation = null;
        Integer magnitude = null;
        List<StepAdjustment> steps = new ArrayList<>();
        if (step != null) {
            v.field(ScalingPolicy.Field.STEP_SCALING, v.at("StepScalingPolicyConfiguration"));
            adjustmentType = step.text("AdjustmentType");
            fieldIf(v, step, "AdjustmentType", ScalingPolicy.Field.ADJUSTMENT_TYPE);
            cooldown = step.integer("Cooldown");
            fieldIf(v, step, "Cooldown", ScalingPolicy.Field.COOLDOWN);
            aggregation = step.text("MetricAggregationType");
            fieldIf(v, step, "MetricAggregationType", ScalingPolicy.Field.METRIC_AGGREGATION_TYPE);
            magnitude = step.integer("MinAdjustmentMagnitude");
            fieldIf(v, step, "MinAdjustmentMagnitude", ScalingPolicy.Field.MIN_ADJUSTMENT_MAGNITUDE);
            fieldIf(v, step, "StepAdjustments", ScalingPolicy.Field.STEP_ADJUSTMENTS);
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
                String alarmName = alarm.text("AlarmName", ScalingPolicy.Field.NAME);
                facts.add(new Alarm(key("alarm", alarmName, alarm), alarmName,
                        new MetricSpec(null, null, Map.of(), null, alarm.source()), null, List.of(key),
                        alarm.source()));
            }
        }
    }

    private static void fieldIf(DocReader target, DocReader from, String key, FactField field) {
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
        String statistic = m.text(MetricSpec.Field.STATISTIC);
        if (statistic == null) {
            statistic = m.text("ExtendedStatistic", MetricSpec.Field.STATISTIC);
        }
        List<dev.sagelint.model.MetricQuery> queries = new ArrayList<>();
        if (m.has("Metrics")) {
            m.field(MetricSpec.Field.METRICS, m.at("Metrics"));
        }
        for (DocReader q : m.objects("Metrics")) {
            queries.add(new dev.sagelint.model.MetricQuery(q.text(MetricQuery.Field.ID),
                    q.text(MetricQuery.Field.EXPRESSION),
                    q.bool(MetricQuery.Field.RETURN_DATA), q.has("MetricStat"), q.source()));
        }
        return new MetricSpec(m.text(MetricSpec.Field.NAMESPACE),
                m.text(MetricSpec.Field.NAME), dimensions, statistic,
                queries, m.source());
    }

    private void scheduled(DocReader v) {
        String name = v.text(ScheduledAction.Field.NAME);
        String resourceId = v.text(ScalableTarget.Field.RESOURCE_ID);
        DocReader action = v.obj("ScalableTargetAction");
        Integer min = null;
        Integer max = null;
        if (action != null) {
            v.field(ScheduledAction.Field.SCALABLE_TARGET_ACTION, v.at("ScalableTargetAction"));
            min = action.integer("MinCapacity");
            fieldIf(v, action, "MinCapacity", ScheduledAction.Field.MIN_CAPACITY);
            max = action.integer("MaxCapacity");
            fieldIf(v, action, "MaxCapacity", ScheduledAction.Field.MAX_CAPACITY);
        }
        String dimension = v.text(ScalableTarget.Field.DIMENSION);
        ScheduledAction a = new ScheduledAction(key("scheduled-action", resourceId + "|" + name, v), null, name,
                v.text(ScheduledAction.Field.SCHEDULE), v.text(ScheduledAction.Field.TIMEZONE),
                min, max, v.source());
        facts.add(a);
        if (resourceId != null) {
            facts.add(new Ref(a.key(), Ref.Kind.TARGET_BY_RESOURCE_ID, resourceId, dimension));
        }
    }

    private void alarm(DocReader v) {
        String name = v.text(Alarm.Field.NAME);
        MetricSpec metric = metric(v, v.objects("Dimensions"));
        if (v.has("MetricName")) {
            v.field(Alarm.Field.METRIC, v.at("MetricName"));
        }
        Double threshold = v.number(Alarm.Field.THRESHOLD);
        List<String> actions = v.strings("AlarmActions", Alarm.Field.POLICY_KEYS);
        String band = v.text(Alarm.Field.THRESHOLD_METRIC_ID);
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
        String serviceName = v.text(VpcEndpoint.Field.SERVICE);
        List<String> groups = new ArrayList<>(v.strings("SecurityGroupIds", VpcEndpoint.Field.SECURITY_GROUPS));
        for (DocReader g : v.objects("Groups")) {
            String gid = g.text("GroupId");
            if (gid != null) {
                groups.add(gid);
            }
        }
        facts.add(new VpcEndpoint(key("vpc-endpoint", id != null ? id : serviceName, v),
                v.text(VpcEndpoint.Field.VPC),
                serviceName, VpcEndpoint.serviceOf(serviceName), v.text(VpcEndpoint.Field.TYPE),
                v.bool(VpcEndpoint.Field.PRIVATE_DNS),
                v.strings("RouteTableIds", VpcEndpoint.Field.ROUTE_TABLES),
                v.strings("SubnetIds", VpcEndpoint.Field.SUBNETS), groups, v.source()));
    }
}

