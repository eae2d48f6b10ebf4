package dev.sagelint.parse.nativespec;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Container;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InferenceComponent;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.InstanceQuota;
import dev.sagelint.model.ManagedInstanceScaling;
import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.SecurityGroup;
import dev.sagelint.model.ServerlessConfig;
import dev.sagelint.model.Setting;
import dev.sagelint.model.Source;
import dev.sagelint.model.StepAdjustment;
import dev.sagelint.model.Subnet;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.model.TrainingJob;
import dev.sagelint.model.TransformJob;
import dev.sagelint.model.Variant;
import dev.sagelint.model.Vpc;
import dev.sagelint.model.VpcEndpoint;
import dev.sagelint.parse.ResourceIds;
import dev.sagelint.parse.aws.AwsNetwork;
import dev.sagelint.parse.aws.AwsScaling;
import dev.sagelint.parse.aws.AwsShapes;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;
import dev.sagelint.text.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps one sagelint/v1 document to model facts; every key is known here and in the JSON Schema. */
final class SpecReader {

    static final Set<String> TOP = Set.of("apiVersion", "environment", "endpoints", "scalableTargets", "vpcs",
            "vpcEndpoints", "trainingJobs", "transformJobs", "inferenceComponents", "subnets", "securityGroups",
            "quotas");
    static final Set<String> ENDPOINT = Set.of("name", "configName", "traffic", "network", "modelDataUrl",
            "networkIsolation", "asyncInference", "dataCapture", "executionRoleArn", "kmsKeyId",
            "retainAllVariantProperties",
            "tags", "variants", "shadowVariants", "containers");
    static final Set<String> CONTAINER = Set.of("image", "mode", "modelDataSource", "repositoryAccessMode",
            "environment", "modelDataUrl");
    static final Set<String> TRAFFIC = Set.of("pattern", "peakRps", "baselineRps", "unpredictableBursts",
            "peakHours", "instanceCapacityRps", "maxPayloadMB");
    static final Set<String> NETWORK = Set.of("vpc", "subnets", "securityGroups");
    static final Set<String> VARIANT = Set.of("name", "modelName", "instanceType", "instancePools",
            "initialInstanceCount", "serverless", "managedInstanceScaling", "purchaseOption", "autoscaling",
            "volumeSizeInGB", "containerStartupHealthCheckTimeoutInSeconds", "modelDataDownloadTimeoutInSeconds");
    static final Set<String> POOL = Set.of("instanceType", "priority");
    static final Set<String> SERVERLESS = Set.of("memorySizeInMB", "maxConcurrency", "provisionedConcurrency");
    static final Set<String> MANAGED = Set.of("status", "minInstanceCount", "maxInstanceCount");
    static final Set<String> AUTOSCALING = Set.of("minCapacity", "maxCapacity", "dimension", "suspended",
            "policies", "scheduledActions");
    static final Set<String> TARGET = union(AUTOSCALING, Set.of("resourceId"));
    static final Set<String> SUSPENDED = Set.of("scaleIn", "scaleOut", "scheduled");
    static final Set<String> POLICY = Set.of("name", "targetTracking", "stepScaling");
    static final Set<String> TARGET_TRACKING = Set.of("metric", "customMetric", "targetValue", "scaleInCooldown",
            "scaleOutCooldown", "disableScaleIn");
    static final Set<String> METRIC = Set.of("namespace", "name", "statistic", "dimensions");
    static final Set<String> STEP = Set.of("adjustmentType", "cooldown", "metricAggregationType",
            "minAdjustmentMagnitude", "steps", "alarm");
    static final Set<String> STEP_ITEM = Set.of("lowerBound", "upperBound", "adjustment");
    static final Set<String> ALARM = union(METRIC, Set.of("threshold"));
    static final Set<String> SCHEDULED = Set.of("name", "schedule", "timezone", "minCapacity", "maxCapacity");
    static final Set<String> VPC = Set.of("id", "natGateway");
    static final Set<String> SUBNET = Set.of("id", "vpc", "availabilityZone", "routeTables");
    static final Set<String> SECURITY_GROUP = Set.of("id", "vpc", "ingress");
    static final Set<String> INGRESS = Set.of("protocol", "fromPort", "toPort", "cidr", "sourceSecurityGroup");
    static final Set<String> VPC_ENDPOINT = Set.of("vpc", "service", "type", "privateDns", "routeTables",
            "subnets", "securityGroups");
    static final Set<String> TRAINING = Set.of("name", "managedSpot", "maxRuntimeSeconds", "maxWaitSeconds",
            "checkpointS3Uri");
    static final Set<String> TRANSFORM = Set.of("name", "instanceType", "purchaseOption");
    static final Set<String> COMPONENT = Set.of("name", "endpoint", "variant", "copyCount", "artifactUrl",
            "autoscaling", "numberOfAcceleratorDevicesRequired");

    private final Doc root;
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, String> vpcs = new LinkedHashMap<>();
    private String environment;

    /** @param root the document, adapted by {@code YamlDoc} with its problems (tags, duplicate keys) in {@code problems} */
    SpecReader(Doc root, List<InputProblem> problems) {
        this.root = root;
        this.problems.addAll(problems);
    }

    String environment() {
        return environment;
    }

    List<Fact> read() {
        DocReader top = DocReader.of(root, "the spec", DocReader.SPEC, problems);
        String apiVersion = top.text("apiVersion");
        if (apiVersion == null) {
            top.problem(root, "missing 'apiVersion: " + NativeSpecFormat.API_VERSION + "' at the top of the spec");
        } else if (!apiVersion.equals(NativeSpecFormat.API_VERSION)) {
            problems.add(InputProblem.fatalAt(top.at("apiVersion"), "apiVersion is '" + apiVersion
                    + "'; this sagelint reads '" + NativeSpecFormat.API_VERSION + "'"));
            return List.copyOf(problems);
        }
        environment = top.text("environment");
        readList(top, "vpcs", this::readVpc);
        readList(top, "endpoints", this::readEndpoint);
        readList(top, "scalableTargets", (r, i) -> readTarget(r, "t" + i, null, null, null, null, null));
        readList(top, "vpcEndpoints", this::readVpcEndpoint);
        readList(top, "trainingJobs", this::readTraining);
        readList(top, "transformJobs", this::readTransform);
        readList(top, "inferenceComponents", this::readComponent);
        readList(top, "subnets", this::readSubnet);
        readList(top, "securityGroups", this::readSecurityGroup);
        readQuotas(top.obj("quotas"));
        reject(top, TOP);
        List<Fact> out = new ArrayList<>(facts);
        out.addAll(problems);
        return out;
    }

    private interface ItemReader {
        void read(DocReader item, int index);
    }

    private void readList(DocReader parent, String key, ItemReader itemReader) {
        List<Doc> items = parent.list(key);
        for (int i = 0; i < items.size(); i++) {
            itemReader.read(DocReader.of(items.get(i), key + "[" + i + "]", DocReader.SPEC, problems), i);
        }
    }

    private void readEndpoint(DocReader r, int i) {
        String key = "endpoint" + i;
        String name = r.text(Endpoint.Field.NAME);
        String configName = r.text(Endpoint.Field.CONFIG_NAME);
        TrafficProfile traffic = readTraffic(r.obj("traffic", Endpoint.Field.TRAFFIC));
        Map<String, String> tags = r.stringMap("tags", Endpoint.Field.TAGS);
        boolean async = r.node("asyncInference") != null;
        DocReader network = r.obj(Endpoint.Field.NETWORK);
        String configKey = key + ".config";
        List<Doc> variants = r.list("variants", EndpointConfig.Field.VARIANTS);
        List<Doc> shadows = r.list("shadowVariants", EndpointConfig.Field.SHADOW_VARIANTS);
        readModel(r, key, name, network);
        facts.add(new Endpoint(key, name, configName, configKey, traffic, null,
                r.bool(Endpoint.Field.RETAIN_ALL_VARIANT_PROPERTIES),
                tags, r.source()));
        facts.add(new EndpointConfig(configKey, configName, configName != null, async,
                r.written("variants") ? variants.size() : null, shadows.size(),
                r.text(EndpointConfig.Field.EXECUTION_ROLE_ARN),
                Boolean.TRUE.equals(r.bool(EndpointConfig.Field.DATA_CAPTURE)), null, tags,
                r.text(EndpointConfig.Field.KMS_KEY_ID), r.source()));
        for (int v = 0; v < variants.size(); v++) {
            readVariant(DocReader.of(variants.get(v), "variants[" + v + "]", DocReader.SPEC, problems),
                    key + ".variant" + v,
                    key, name, configKey, false);
        }
        for (int v = 0; v < shadows.size(); v++) {
            readVariant(DocReader.of(shadows.get(v), "shadowVariants[" + v + "]", DocReader.SPEC, problems),
                    key + ".shadow" + v, key, name, configKey, true);
        }
        reject(r, ENDPOINT);
    }

    private void readModel(DocReader r, String endpointKey, String endpointName, DocReader network) {
        String dataUrl = r.text(Container.Field.MODEL_DATA_URL);
        Boolean isolation = r.bool(Model.Field.NETWORK_ISOLATION);
        String vpc = null;
        List<String> subnets = List.of();
        List<String> groups = List.of();
        if (network != null) {
            vpc = network.text("vpc", Model.Field.VPC);
            subnets = network.strings("subnets", Model.Field.SUBNETS);
            groups = network.strings("securityGroups", Model.Field.SECURITY_GROUPS);
            reject(network, NETWORK);
            if (vpc != null) {
                declareVpc(vpc, network.at("vpc"));
            }
        }
        facts.add(new Model(endpointKey + ".model", endpointName, network != null, vpc, subnets, groups,
                dataUrl == null || dataUrl.startsWith("s3://"), isolation,
                network != null ? network.source() : r.source(), endpointKey));
        List<Doc> containers = r.list("containers", Model.Field.CONTAINERS);
        for (int c = 0; c < containers.size(); c++) {
            DocReader cr = DocReader.of(containers.get(c), "containers[" + c + "]", DocReader.SPEC, problems);
            facts.add(new dev.sagelint.model.Container(endpointKey + ".model.container" + c, endpointKey + ".model",
                    c, cr.text(Container.Field.MODE),
                    Boolean.TRUE.equals(cr.bool(Container.Field.MODEL_DATA_SOURCE)),
                    cr.text(Container.Field.REPOSITORY_ACCESS_MODE),
                    cr.stringMap("environment", Container.Field.ENVIRONMENT), cr.text(Container.Field.IMAGE),
                    cr.text(Container.Field.MODEL_DATA_URL), cr.source()));
            reject(cr, CONTAINER);
        }
    }

    private void readVariant(DocReader r, String key, String endpointKey, String endpointName, String configKey,
                             boolean shadow) {
        String name = r.text(Variant.Field.NAME);
        List<String> pools = new ArrayList<>();
        for (Doc pool : r.list("instancePools", Variant.Field.INSTANCE_POOLS)) {
            DocReader p = DocReader.of(pool, "instancePools item", DocReader.SPEC, problems);
            String type = p.text(Variant.Field.INSTANCE_TYPE);
            if (type != null) {
                pools.add(type);
            }
            reject(p, POOL);
            p.integer("priority");
        }
        DocReader serverless = r.obj(Variant.Field.SERVERLESS);
        ServerlessConfig sc = null;
        if (serverless != null) {
            sc = AwsShapes.serverlessConfig(serverless); // the spec spells its members as FieldNames says
            reject(serverless, SERVERLESS);
        }
        DocReader managed = r.obj(Variant.Field.MANAGED_INSTANCE_SCALING);
        ManagedInstanceScaling mis = null;
        if (managed != null) {
            mis = AwsShapes.managedScalingConfig(managed);
            reject(managed, MANAGED);
        }
        List<Setting> spot = spotSettings(r);
        facts.add(new Variant(key, configKey, name, r.text(Variant.Field.MODEL_NAME),
                r.text(Variant.Field.INSTANCE_TYPE), pools,
                r.integer(Variant.Field.INITIAL_INSTANCE_COUNT), sc, mis, spot, shadow, false,
                null,
                r.written("modelName") ? null : endpointKey + ".model",
                r.integer(Variant.Field.VOLUME_SIZE_IN_GB),
                r.integer(Variant.Field.CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT_IN_SECONDS),
                r.integer(Variant.Field.MODEL_DATA_DOWNLOAD_TIMEOUT_IN_SECONDS),
                r.source()));
        DocReader autoscaling = r.obj(Variant.Field.AUTOSCALING);
        if (autoscaling != null && !shadow) {
            String dimension = sc != null ? ScalableTarget.PROVISIONED_CONCURRENCY : ScalableTarget.INSTANCE_COUNT;
            readTarget(autoscaling, key + ".target", endpointName == null || name == null ? null
                    : "endpoint/" + endpointName + "/variant/" + name, dimension, endpointKey, key, r.at("name"));
        }
        reject(r, VARIANT);
    }

    private List<Setting> spotSettings(DocReader r) {
        String option = r.text(TransformJob.Field.PURCHASE_OPTION);
        if (option == null) {
            return List.of();
        }
        if (!Set.of("spot", "on-demand", "ondemand").contains(option.toLowerCase(Locale.ROOT))) {
            r.problem(r.node("purchaseOption"), "purchaseOption is '" + option + "'; expected spot or on-demand");
        }
        return option.equalsIgnoreCase("spot")
                ? List.of(new Setting("purchaseOption", option, r.at("purchaseOption")))
                : List.of();
    }

    /**
     * Reads a scalable target with its policies and scheduled actions; {@code resourceId} and
     * {@code defaultDimension} come from the variant it is nested in, or from its own keys.
     */
    private void readTarget(DocReader r, String key, String resourceId, String defaultDimension,
                            String endpointKey, String variantKey, dev.sagelint.model.Location resourceIdAt) {
        boolean nested = variantKey != null || resourceId != null;
        String ownId = nested ? null : r.text(ScalableTarget.Field.RESOURCE_ID);
        if (!nested && ownId == null) {
            r.problemHere("a scalable target needs resourceId, e.g. endpoint/<endpoint>/variant/<variant>");
        }
        String id = nested ? resourceId : ownId;
        String dimension = r.text(ScalableTarget.Field.DIMENSION);
        if (dimension == null) {
            dimension = defaultDimension != null ? defaultDimension
                    : id != null && id.startsWith("inference-component/") ? ScalableTarget.COPY_COUNT
                    : ScalableTarget.INSTANCE_COUNT;
        }
        DocReader suspended = r.obj(ScalableTarget.Field.SUSPENDED);
        Boolean in = null;
        Boolean out = null;
        Boolean scheduled = null;
        if (suspended != null) {
            in = suspended.bool("scaleIn");
            out = suspended.bool("scaleOut");
            scheduled = suspended.bool("scheduled");
            reject(suspended, SUSPENDED);
        }
        ResourceIds.Parts parts = ResourceIds.parse(id);
        facts.add(new ScalableTarget(key, id, dimension, "sagemaker",
                r.integer(ScalableTarget.Field.MIN_CAPACITY),
                r.integer(ScalableTarget.Field.MAX_CAPACITY), in, out, scheduled, parts.endpoint(),
                parts.variant(), parts.component(),
                true, endpointKey, variantKey, null,
                withField(r.source(), ScalableTarget.Field.RESOURCE_ID, resourceIdAt)));
        List<Doc> policies = r.list("policies", ScalableTarget.Field.POLICIES);
        for (int p = 0; p < policies.size(); p++) {
            readPolicy(DocReader.of(policies.get(p), "policies[" + p + "]", DocReader.SPEC, problems),
                    key + ".policy" + p, key);
        }
        List<Doc> actions = r.list("scheduledActions", ScalableTarget.Field.SCHEDULED_ACTIONS);
        for (int a = 0; a < actions.size(); a++) {
            DocReader s = DocReader.of(actions.get(a), "scheduledActions[" + a + "]", DocReader.SPEC, problems);
            facts.add(AwsScaling.scheduledAction(key + ".scheduled" + a, key, declared(s, SCHEDULED)));
        }
        reject(r, variantKey != null ? AUTOSCALING : TARGET);
    }

    private void readPolicy(DocReader r, String key, String targetKey) {
        DocReader tt = r.obj("targetTracking", ScalingPolicy.Field.TARGET_TRACKING);
        DocReader step = r.obj(ScalingPolicy.Field.STEP_SCALING);
        String name = r.text(ScalingPolicy.Field.NAME);
        if ((tt == null) == (step == null)) {
            r.problemHere("a policy has exactly one of targetTracking or stepScaling");
        }
        if (tt != null) {
            MetricSpec custom = metric(tt.obj(ScalingPolicy.Field.CUSTOM_METRIC), METRIC);
            facts.add(new ScalingPolicy(key, targetKey, name, ScalingPolicy.TARGET_TRACKING,
                    tt.number(ScalingPolicy.Field.TARGET_VALUE),
                    tt.text(ScalingPolicy.Field.PREDEFINED_METRIC), custom,
                    tt.integer(ScalingPolicy.Field.SCALE_IN_COOLDOWN),
                    tt.integer(ScalingPolicy.Field.SCALE_OUT_COOLDOWN),
                    tt.bool(ScalingPolicy.Field.DISABLE_SCALE_IN), null, null, null, null, List.of(),
                    false, null,
                    tt.source()));
            reject(tt, TARGET_TRACKING);
        } else if (step != null) {
            List<StepAdjustment> steps = AwsScaling.stepAdjustments(step);
            for (Doc item : step.list("steps")) {
                declared(DocReader.of(item, "steps item", DocReader.SPEC, problems), STEP_ITEM);
            }
            facts.add(new ScalingPolicy(key, targetKey, name, ScalingPolicy.STEP, null, null, null, null, null, null,
                    step.text(ScalingPolicy.Field.ADJUSTMENT_TYPE),
                    step.integer(ScalingPolicy.Field.COOLDOWN),
                    step.text(ScalingPolicy.Field.METRIC_AGGREGATION_TYPE),
                    step.integer(ScalingPolicy.Field.MIN_ADJUSTMENT_MAGNITUDE), steps, false,
                    null,
                    step.source()));
            DocReader alarm = step.obj(ScalingPolicy.Field.ALARM);
            if (alarm != null) {
                facts.add(new Alarm(key + ".alarm", null, metric(alarm, ALARM),
                        alarm.number(Alarm.Field.THRESHOLD),
                        List.of(key), alarm.source()));
            }
            reject(step, STEP);
        }
        reject(r, POLICY);
    }

    private static MetricSpec metric(DocReader m, Set<String> known) {
        return m == null ? null : AwsScaling.metric(declared(m, known), null);
    }

    private TrafficProfile readTraffic(DocReader t) {
        if (t == null) {
            return null;
        }
        String pattern = t.text(TrafficProfile.Field.PATTERN);
        TrafficProfile.Pattern p = null;
        if (pattern != null) {
            try {
                p = TrafficProfile.Pattern.valueOf(pattern.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                t.problem(t.node("pattern"), "traffic pattern is '" + pattern
                        + "'; expected steady, spiky or predictable");
            }
        }
        Double maxPayload = t.number(TrafficProfile.Field.MAX_PAYLOAD_MB);
        TrafficProfile profile = new TrafficProfile(p, t.number(TrafficProfile.Field.PEAK_RPS),
                t.number(TrafficProfile.Field.BASELINE_RPS),
                t.bool(TrafficProfile.Field.UNPREDICTABLE_BURSTS),
                t.text(TrafficProfile.Field.PEAK_HOURS),
                t.number(TrafficProfile.Field.INSTANCE_CAPACITY_RPS), t.source(), maxPayload);
        reject(t, TRAFFIC);
        return profile;
    }

    private void readVpc(DocReader r, int i) {
        String id = r.text("id", Vpc.Field.ID);
        if (id != null) {
            facts.add(new Vpc("vpc:" + id, id, Boolean.TRUE.equals(r.bool(Vpc.Field.NAT_GATEWAY)),
                    r.source()));
            vpcs.put(id, "vpc:" + id);
        }
        reject(r, VPC);
    }

    private void readSubnet(DocReader written, int i) {
        DocReader r = declared(written, SUBNET);
        String id = r.text("id", Subnet.Field.ID);
        Subnet subnet = AwsNetwork.subnet("subnet:" + id, id, r, r.strings("routeTables", Subnet.Field.ROUTE_TABLES));
        if (subnet.vpcId() != null) {
            declareVpc(subnet.vpcId(), r.at("vpc"));
        }
        if (id != null) {
            facts.add(subnet);
        }
    }

    private void readSecurityGroup(DocReader r, int i) {
        String id = r.text("id", SecurityGroup.Field.ID);
        List<dev.sagelint.model.SecurityGroup.Ingress> ingress = new ArrayList<>();
        for (Doc item : r.list("ingress", SecurityGroup.Field.INGRESS)) {
            DocReader in = DocReader.of(item, "ingress item", DocReader.SPEC, problems);
            ingress.addAll(AwsNetwork.ingress(declared(in, INGRESS).spelling(SPEC_INGRESS)));
        }
        if (id != null) {
            facts.add(new dev.sagelint.model.SecurityGroup("sg:" + id, id, AwsNetwork.id(r, SecurityGroup.Field.VPC),
                    ingress, true, r.source()));
        }
        reject(r, SECURITY_GROUP);
    }

    /** An ingress rule in the spec: one CIDR or one source group. */
    private static final Map<String, String> SPEC_INGRESS = Map.of("IpProtocol", "protocol", "CidrIp", "cidr",
            "SourceSecurityGroupId", "sourceSecurityGroup");

    /** A VPC named by a model or an endpoint but not listed under vpcs: it has no NAT gateway. */
    private void declareVpc(String id, dev.sagelint.model.Location at) {
        if (!vpcs.containsKey(id)) {
            vpcs.put(id, "vpc:" + id);
            facts.add(new Vpc("vpc:" + id, id, false, dev.sagelint.model.Source.at(at)));
        }
    }

    /** A VPC endpoint; the spec may name an AWS service by its suffix ({@code s3}), in any region. */
    private void readVpcEndpoint(DocReader written, int i) {
        DocReader r = declared(written, VPC_ENDPOINT);
        VpcEndpoint e = AwsNetwork.vpcEndpoint("vpce" + i, r);
        if (e.vpcId() != null) {
            declareVpc(e.vpcId(), r.at("vpc"));
        }
        String service = e.serviceName();
        String full = service == null || service.startsWith("com.amazonaws.") ? service
                : "com.amazonaws.${AWS::Region}." + service;
        facts.add(full == null || full.equals(service) ? e : new VpcEndpoint(e.key(), e.vpcId(), full,
                VpcEndpoint.serviceOf(full), e.type(), e.privateDns(), e.routeTableIds(), e.subnetIds(),
                e.securityGroupIds(), e.source()));
    }

    private void readTraining(DocReader r, int i) {
        facts.add(new TrainingJob("training" + i, r.text(TrainingJob.Field.NAME),
                r.bool(TrainingJob.Field.MANAGED_SPOT),
                r.integer(TrainingJob.Field.MAX_RUNTIME_SECONDS),
                r.integer(TrainingJob.Field.MAX_WAIT_SECONDS),
                r.text(TrainingJob.Field.CHECKPOINT_S3_URI),
                r.source()));
        reject(r, TRAINING);
    }

    private void readTransform(DocReader r, int i) {
        facts.add(new TransformJob("transform" + i, r.text(TransformJob.Field.NAME),
                r.text("instanceType", TransformJob.Field.INSTANCE_TYPE), spotSettings(r),
                r.source()));
        reject(r, TRANSFORM);
    }

    private void readComponent(DocReader r, int i) {
        String key = "component" + i;
        String name = r.text(InferenceComponent.Field.NAME);
        facts.add(new InferenceComponent(key, name, r.text(InferenceComponent.Field.ENDPOINT),
                r.text("variant", InferenceComponent.Field.VARIANT),
                r.integer(InferenceComponent.Field.COPY_COUNT),
                r.text("artifactUrl", InferenceComponent.Field.ARTIFACT_URL), null,
                r.number(InferenceComponent.Field.NUMBER_OF_ACCELERATOR_DEVICES_REQUIRED), r.source()));
        DocReader autoscaling = r.obj(InferenceComponent.Field.AUTOSCALING);
        if (autoscaling != null && name != null) {
            readTarget(autoscaling, key + ".target", "inference-component/" + name, ScalableTarget.COPY_COUNT, null,
                    null, r.at("name"));
        }
        reject(r, COMPONENT);
    }

    /**
     * quotas: { ml.g5.xlarge: 4, serverlessConcurrency: 10 }: the account's per-type "for endpoint usage" quotas
     * (SL207) and its serverless concurrency quotas (SL211).
     */
    private void readQuotas(DocReader q) {
        if (q == null) {
            return;
        }
        for (String type : q.keys()) {
            Doc valueNode = q.node(type);
            boolean serverless = dev.sagelint.model.ServerlessQuota.named(type);
            if (valueNode != null && !serverless && !dev.sagelint.aws.InstanceTypes.known(type)) {
                q.problem(valueNode, "quotas key '" + type
                        + "' is not a SageMaker hosting instance type, serverlessConcurrency or"
                        + " serverlessProvisionedConcurrency; write a type such as ml.g5.xlarge");
            }
            Integer limit = q.integer(type);
            if (limit != null && limit < 0) {
                q.problem(q.node(type), "quota for " + type + " is " + limit + "; expected a whole number >= 0");
                limit = null;
            }
            facts.add(serverless ? new dev.sagelint.model.ServerlessQuota("quota:" + type, type, limit,
                    Source.at(q.at(type))) : new InstanceQuota("quota:" + type, type, limit, Source.at(q.at(type))));
        }
    }

    /** A nested target's ResourceId is derived from the names around it: point at the name it comes from. */
    private static Source withField(Source source, dev.sagelint.model.FactField field,
                                    dev.sagelint.model.Location at) {
        if (at == null || source.isSet(field)) {
            return source;
        }
        Map<String, dev.sagelint.model.Location> fields = new java.util.HashMap<>(source.fields());
        fields.put(field.key(), at);
        return new Source(source.location(), fields, source.unknown());
    }

    /** A reader of only the keys in known; every other key is a problem, with a did-you-mean. */
    private static DocReader declared(DocReader r, Set<String> known) {
        return r.declared(known, key -> Suggestions.nearest(key, known));
    }

    /** Every key of r that no accessor read and known does not hold is a problem, with a did-you-mean. */
    private static void reject(DocReader r, Set<String> known) {
        r.rejectUnknownKeys(known, key -> Suggestions.nearest(key, known));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}

