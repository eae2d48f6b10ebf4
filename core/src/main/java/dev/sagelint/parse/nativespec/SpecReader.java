package dev.sagelint.parse.nativespec;

import dev.sagelint.model.Alarm;
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
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.ServerlessConfig;
import dev.sagelint.model.Setting;
import dev.sagelint.model.Source;
import dev.sagelint.model.StepAdjustment;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.model.TrainingJob;
import dev.sagelint.model.TransformJob;
import dev.sagelint.model.Variant;
import dev.sagelint.model.Vpc;
import dev.sagelint.model.VpcEndpoint;
import dev.sagelint.parse.ResourceIds;
import dev.sagelint.parse.yaml.NodeReader;
import dev.sagelint.parse.yaml.StandardTags;
import org.yaml.snakeyaml.nodes.Node;

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

    private final String path;
    private final Node root;
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, String> vpcs = new LinkedHashMap<>();
    private String environment;

    SpecReader(String path, Node root) {
        this.path = path;
        this.root = root;
    }

    String environment() {
        return environment;
    }

    List<Fact> read() {
        StandardTags.forEachTagged(root, (node, tag) -> problems.add(InputProblem.at(
                dev.sagelint.parse.yaml.YamlDocuments.locationOf(path, node.getStartMark()),
                "YAML tag '" + tag + "' is not allowed in a sagelint spec; write the plain value")));
        NodeReader top = NodeReader.of(path, "the spec", root, problems);
        String apiVersion = top.string("apiVersion");
        if (apiVersion == null) {
            top.problem(root, "missing 'apiVersion: " + NativeSpecFormat.API_VERSION + "' at the top of the spec");
        } else if (!apiVersion.equals(NativeSpecFormat.API_VERSION)) {
            problems.add(InputProblem.fatalAt(top.at("apiVersion"), "apiVersion is '" + apiVersion
                    + "'; this sagelint reads '" + NativeSpecFormat.API_VERSION + "'"));
            return List.copyOf(problems);
        }
        environment = top.string("environment");
        readList(top, "vpcs", this::readVpc);
        readList(top, "endpoints", this::readEndpoint);
        readList(top, "scalableTargets", (r, i) -> readTarget(r, "t" + i, null, null, null, null, null));
        readList(top, "vpcEndpoints", this::readVpcEndpoint);
        readList(top, "trainingJobs", this::readTraining);
        readList(top, "transformJobs", this::readTransform);
        readList(top, "inferenceComponents", this::readComponent);
        readList(top, "subnets", this::readSubnet);
        readList(top, "securityGroups", this::readSecurityGroup);
        readQuotas(top.mapping("quotas"));
        top.rejectUnknownKeys(TOP);
        List<Fact> out = new ArrayList<>(facts);
        out.addAll(problems);
        return out;
    }

    private interface ItemReader {
        void read(NodeReader item, int index);
    }

    private void readList(NodeReader parent, String key, ItemReader itemReader) {
        List<Node> items = parent.sequence(key);
        for (int i = 0; i < items.size(); i++) {
            itemReader.read(NodeReader.of(path, key + "[" + i + "]", items.get(i), problems), i);
        }
    }

    private void readEndpoint(NodeReader r, int i) {
        String key = "endpoint" + i;
        String name = r.string("name");
        String configName = r.string("configName");
        TrafficProfile traffic = readTraffic(r.mapping("traffic"));
        Map<String, String> tags = r.stringMap("tags");
        boolean async = r.node("asyncInference") != null;
        NodeReader network = r.mapping("network");
        String configKey = key + ".config";
        List<Node> variants = r.sequence("variants");
        List<Node> shadows = r.sequence("shadowVariants");
        readModel(r, key, name, network);
        facts.add(new Endpoint(key, name, configName, configKey, traffic, null, r.bool("retainAllVariantProperties"),
                tags, r.source()));
        facts.add(new EndpointConfig(configKey, configName, configName != null, async,
                r.has("variants") ? variants.size() : null, shadows.size(), r.string("executionRoleArn"),
                Boolean.TRUE.equals(r.bool("dataCapture")), null, tags, r.string("kmsKeyId"), r.source()));
        for (int v = 0; v < variants.size(); v++) {
            readVariant(NodeReader.of(path, "variants[" + v + "]", variants.get(v), problems), key + ".variant" + v,
                    key, name, configKey, false);
        }
        for (int v = 0; v < shadows.size(); v++) {
            readVariant(NodeReader.of(path, "shadowVariants[" + v + "]", shadows.get(v), problems),
                    key + ".shadow" + v, key, name, configKey, true);
        }
        r.rejectUnknownKeys(ENDPOINT);
    }

    private void readModel(NodeReader r, String endpointKey, String endpointName, NodeReader network) {
        String dataUrl = r.string("modelDataUrl");
        Boolean isolation = r.bool("networkIsolation");
        String vpc = null;
        List<String> subnets = List.of();
        List<String> groups = List.of();
        if (network != null) {
            vpc = network.string("vpc");
            subnets = network.strings("subnets");
            groups = network.strings("securityGroups");
            network.rejectUnknownKeys(NETWORK);
            if (vpc != null) {
                declareVpc(vpc, network.at("vpc"));
            }
        }
        facts.add(new Model(endpointKey + ".model", endpointName, network != null, vpc, subnets, groups,
                dataUrl == null || dataUrl.startsWith("s3://"), isolation,
                network != null ? network.source() : r.source(), endpointKey));
        List<Node> containers = r.sequence("containers");
        for (int c = 0; c < containers.size(); c++) {
            NodeReader cr = NodeReader.of(path, "containers[" + c + "]", containers.get(c), problems);
            facts.add(new dev.sagelint.model.Container(endpointKey + ".model.container" + c, endpointKey + ".model",
                    c, cr.string("mode"), Boolean.TRUE.equals(cr.bool("modelDataSource")),
                    cr.string("repositoryAccessMode"), cr.stringMap("environment"), cr.string("image"),
                    cr.string("modelDataUrl"), cr.source()));
            cr.rejectUnknownKeys(CONTAINER);
        }
    }

    private void readVariant(NodeReader r, String key, String endpointKey, String endpointName, String configKey,
                             boolean shadow) {
        String name = r.string("name");
        List<String> pools = new ArrayList<>();
        for (Node pool : r.sequence("instancePools")) {
            NodeReader p = NodeReader.of(path, "instancePools item", pool, problems);
            String type = p.string("instanceType");
            if (type != null) {
                pools.add(type);
            }
            p.rejectUnknownKeys(POOL);
            p.integer("priority");
        }
        NodeReader serverless = r.mapping("serverless");
        ServerlessConfig sc = null;
        if (serverless != null) {
            sc = new ServerlessConfig(serverless.integer("memorySizeInMB"), serverless.integer("maxConcurrency"),
                    serverless.integer("provisionedConcurrency"), serverless.source());
            serverless.rejectUnknownKeys(SERVERLESS);
        }
        NodeReader managed = r.mapping("managedInstanceScaling");
        ManagedInstanceScaling mis = null;
        if (managed != null) {
            mis = new ManagedInstanceScaling(managed.string("status"), managed.integer("minInstanceCount"),
                    managed.integer("maxInstanceCount"), managed.source());
            managed.rejectUnknownKeys(MANAGED);
        }
        List<Setting> spot = spotSettings(r);
        facts.add(new Variant(key, configKey, name, r.string("modelName"), r.string("instanceType"), pools,
                r.integer("initialInstanceCount"), sc, mis, spot, shadow, false, null,
                r.has("modelName") ? null : endpointKey + ".model", r.integer("volumeSizeInGB"),
                r.integer("containerStartupHealthCheckTimeoutInSeconds"),
                r.integer("modelDataDownloadTimeoutInSeconds"), r.source()));
        NodeReader autoscaling = r.mapping("autoscaling");
        if (autoscaling != null && !shadow) {
            String dimension = sc != null ? ScalableTarget.PROVISIONED_CONCURRENCY : ScalableTarget.INSTANCE_COUNT;
            readTarget(autoscaling, key + ".target", endpointName == null || name == null ? null
                    : "endpoint/" + endpointName + "/variant/" + name, dimension, endpointKey, key, r.at("name"));
        }
        r.rejectUnknownKeys(VARIANT);
    }

    private List<Setting> spotSettings(NodeReader r) {
        String option = r.string("purchaseOption");
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
    private void readTarget(NodeReader r, String key, String resourceId, String defaultDimension,
                            String endpointKey, String variantKey, dev.sagelint.model.Location resourceIdAt) {
        boolean nested = variantKey != null || resourceId != null;
        String ownId = nested ? null : r.string("resourceId");
        if (!nested && ownId == null) {
            r.problemHere("a scalable target needs resourceId, e.g. endpoint/<endpoint>/variant/<variant>");
        }
        String id = nested ? resourceId : ownId;
        String dimension = r.string("dimension");
        if (dimension == null) {
            dimension = defaultDimension != null ? defaultDimension
                    : id != null && id.startsWith("inference-component/") ? ScalableTarget.COPY_COUNT
                    : ScalableTarget.INSTANCE_COUNT;
        }
        NodeReader suspended = r.mapping("suspended");
        Boolean in = null;
        Boolean out = null;
        Boolean scheduled = null;
        if (suspended != null) {
            in = suspended.bool("scaleIn");
            out = suspended.bool("scaleOut");
            scheduled = suspended.bool("scheduled");
            suspended.rejectUnknownKeys(SUSPENDED);
        }
        ResourceIds.Parts parts = ResourceIds.parse(id);
        facts.add(new ScalableTarget(key, id, dimension, "sagemaker", r.integer("minCapacity"),
                r.integer("maxCapacity"), in, out, scheduled, parts.endpoint(), parts.variant(), parts.component(),
                true, endpointKey, variantKey, null, withField(r.source(), "resourceId", resourceIdAt)));
        List<Node> policies = r.sequence("policies");
        for (int p = 0; p < policies.size(); p++) {
            readPolicy(NodeReader.of(path, "policies[" + p + "]", policies.get(p), problems), key + ".policy" + p, key);
        }
        List<Node> actions = r.sequence("scheduledActions");
        for (int a = 0; a < actions.size(); a++) {
            NodeReader s = NodeReader.of(path, "scheduledActions[" + a + "]", actions.get(a), problems);
            facts.add(new ScheduledAction(key + ".scheduled" + a, key, s.string("name"), s.string("schedule"),
                    s.string("timezone"), s.integer("minCapacity"), s.integer("maxCapacity"), s.source()));
            s.rejectUnknownKeys(SCHEDULED);
        }
        r.rejectUnknownKeys(variantKey != null ? AUTOSCALING : TARGET);
    }

    private void readPolicy(NodeReader r, String key, String targetKey) {
        NodeReader tt = r.mapping("targetTracking");
        NodeReader step = r.mapping("stepScaling");
        String name = r.string("name");
        if ((tt == null) == (step == null)) {
            r.problemHere("a policy has exactly one of targetTracking or stepScaling");
        }
        if (tt != null) {
            MetricSpec custom = metric(tt.mapping("customMetric"), METRIC);
            facts.add(new ScalingPolicy(key, targetKey, name, ScalingPolicy.TARGET_TRACKING, tt.number("targetValue"),
                    tt.string("metric"), custom, tt.integer("scaleInCooldown"), tt.integer("scaleOutCooldown"),
                    tt.bool("disableScaleIn"), null, null, null, null, List.of(), false, null, tt.source()));
            tt.rejectUnknownKeys(TARGET_TRACKING);
        } else if (step != null) {
            List<StepAdjustment> steps = new ArrayList<>();
            for (Node item : step.sequence("steps")) {
                NodeReader s = NodeReader.of(path, "steps item", item, problems);
                steps.add(new StepAdjustment(s.number("lowerBound"), s.number("upperBound"), s.integer("adjustment"),
                        s.location()));
                s.rejectUnknownKeys(STEP_ITEM);
            }
            facts.add(new ScalingPolicy(key, targetKey, name, ScalingPolicy.STEP, null, null, null, null, null, null,
                    step.string("adjustmentType"), step.integer("cooldown"), step.string("metricAggregationType"),
                    step.integer("minAdjustmentMagnitude"), steps, false, null, step.source()));
            NodeReader alarm = step.mapping("alarm");
            if (alarm != null) {
                facts.add(new Alarm(key + ".alarm", null, metric(alarm, ALARM), alarm.number("threshold"),
                        List.of(key), alarm.source()));
            }
            step.rejectUnknownKeys(STEP);
        }
        r.rejectUnknownKeys(POLICY);
    }

    private MetricSpec metric(NodeReader m, Set<String> known) {
        if (m == null) {
            return null;
        }
        MetricSpec spec = new MetricSpec(m.string("namespace"), m.string("name"), m.stringMap("dimensions"),
                m.string("statistic"), m.source());
        m.rejectUnknownKeys(known);
        return spec;
    }

    private TrafficProfile readTraffic(NodeReader t) {
        if (t == null) {
            return null;
        }
        String pattern = t.string("pattern");
        TrafficProfile.Pattern p = null;
        if (pattern != null) {
            try {
                p = TrafficProfile.Pattern.valueOf(pattern.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                t.problem(t.node("pattern"), "traffic pattern is '" + pattern
                        + "'; expected steady, spiky or predictable");
            }
        }
        TrafficProfile profile = new TrafficProfile(p, t.number("peakRps"), t.number("baselineRps"),
                t.bool("unpredictableBursts"), t.string("peakHours"), t.number("instanceCapacityRps"), t.source(),
                t.number("maxPayloadMB"));
        t.rejectUnknownKeys(TRAFFIC);
        return profile;
    }

    private void readVpc(NodeReader r, int i) {
        String id = r.string("id");
        if (id != null) {
            facts.add(new Vpc("vpc:" + id, id, Boolean.TRUE.equals(r.bool("natGateway")), r.source()));
            vpcs.put(id, "vpc:" + id);
        }
        r.rejectUnknownKeys(VPC);
    }

    private void readSubnet(NodeReader r, int i) {
        String id = r.string("id");
        String vpc = r.string("vpc");
        if (vpc != null) {
            declareVpc(vpc, r.at("vpc"));
        }
        if (id != null) {
            facts.add(new dev.sagelint.model.Subnet("subnet:" + id, id, vpc, r.string("availabilityZone"),
                    r.strings("routeTables"), r.source()));
        }
        r.rejectUnknownKeys(SUBNET);
    }

    private void readSecurityGroup(NodeReader r, int i) {
        String id = r.string("id");
        List<dev.sagelint.model.SecurityGroup.Ingress> ingress = new ArrayList<>();
        for (Node item : r.sequence("ingress")) {
            NodeReader in = NodeReader.of(path, "ingress item", item, problems);
            ingress.add(new dev.sagelint.model.SecurityGroup.Ingress(in.string("protocol"), in.integer("fromPort"),
                    in.integer("toPort"), in.string("cidr"), in.string("sourceSecurityGroup"), in.location()));
            in.rejectUnknownKeys(INGRESS);
        }
        if (id != null) {
            facts.add(new dev.sagelint.model.SecurityGroup("sg:" + id, id, r.string("vpc"), ingress, true,
                    r.source()));
        }
        r.rejectUnknownKeys(SECURITY_GROUP);
    }

    /** A VPC named by a model or an endpoint but not listed under vpcs: it has no NAT gateway. */
    private void declareVpc(String id, dev.sagelint.model.Location at) {
        if (!vpcs.containsKey(id)) {
            vpcs.put(id, "vpc:" + id);
            facts.add(new Vpc("vpc:" + id, id, false, dev.sagelint.model.Source.at(at)));
        }
    }

    private void readVpcEndpoint(NodeReader r, int i) {
        String vpc = r.string("vpc");
        String service = r.string("service");
        String serviceName = service == null ? null
                : service.startsWith("com.amazonaws.") ? service : "com.amazonaws.${AWS::Region}." + service;
        if (vpc != null) {
            declareVpc(vpc, r.at("vpc"));
        }
        facts.add(new VpcEndpoint("vpce" + i, vpc, serviceName, VpcEndpoint.serviceOf(serviceName), r.string("type"),
                r.bool("privateDns"), r.strings("routeTables"), r.strings("subnets"), r.strings("securityGroups"),
                r.source()));
        r.rejectUnknownKeys(VPC_ENDPOINT);
    }

    private void readTraining(NodeReader r, int i) {
        facts.add(new TrainingJob("training" + i, r.string("name"), r.bool("managedSpot"),
                r.integer("maxRuntimeSeconds"), r.integer("maxWaitSeconds"), r.string("checkpointS3Uri"),
                r.source()));
        r.rejectUnknownKeys(TRAINING);
    }

    private void readTransform(NodeReader r, int i) {
        facts.add(new TransformJob("transform" + i, r.string("name"), r.string("instanceType"), spotSettings(r),
                r.source()));
        r.rejectUnknownKeys(TRANSFORM);
    }

    private void readComponent(NodeReader r, int i) {
        String key = "component" + i;
        String name = r.string("name");
        facts.add(new InferenceComponent(key, name, r.string("endpoint"), r.string("variant"), r.integer("copyCount"),
                r.string("artifactUrl"), null, r.number("numberOfAcceleratorDevicesRequired"), r.source()));
        NodeReader autoscaling = r.mapping("autoscaling");
        if (autoscaling != null && name != null) {
            readTarget(autoscaling, key + ".target", "inference-component/" + name, ScalableTarget.COPY_COUNT, null,
                    null, r.at("name"));
        }
        r.rejectUnknownKeys(COMPONENT);
    }

    /**
     * quotas: { ml.g5.xlarge: 4, serverlessConcurrency: 10 }: the account's per-type "for endpoint usage" quotas
     * (SL207) and its serverless concurrency quotas (SL211).
     */
    private void readQuotas(NodeReader q) {
        if (q == null) {
            return;
        }
        for (String type : q.keys()) {
            Node valueNode = q.node(type);
            boolean serverless = dev.sagelint.model.ServerlessQuota.named(type);
            if (valueNode != null && !serverless && !dev.sagelint.model.InstanceTypes.known(type)) {
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
    private static Source withField(Source source, String field, dev.sagelint.model.Location at) {
        if (at == null || source.fields().containsKey(field)) {
            return source;
        }
        Map<String, dev.sagelint.model.Location> fields = new java.util.HashMap<>(source.fields());
        fields.put(field, at);
        return new Source(source.location(), fields, source.unknown());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
