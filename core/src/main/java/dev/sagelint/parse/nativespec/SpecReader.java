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
        String name = r.text("name");
        String configName = r.text("configName");
        TrafficProfile traffic = readTraffic(r.obj("traffic"));
        Map<String, String> tags = r.stringMap("tags");
        boolean async = r.node("asyncInference") != null;
        DocReader network = r.obj("network");
        String configKey = key + ".config";
        List<Doc> variants = r.list("variants");
        List<Doc> shadows = r.list("shadowVariants");
        readModel(r, key, name, network);
        facts.add(new Endpoint(key, name, configName, configKey, traffic, null, r.bool("retainAllVariantProperties"),
                tags, r.source()));
        facts.add(new EndpointConfig(configKey, configName, configName != null, async,
                r.written("variants") ? variants.size() : null, shadows.size(), r.text("executionRoleArn"),
                Boolean.TRUE.equals(r.bool("dataCapture")), null, tags, r.text("kmsKeyId"), r.source()));
        for (int v = 0; v < variants.size(); v++) {
            readVariant(DocReader.of(variants.get(v), "variants[" + v + "]", DocReader.SPEC, problems), key + ".variant" + v,
                    key, name, configKey, false);
        }
        for (int v = 0; v < shadows.size(); v++) {
            readVariant(DocReader.of(shadows.get(v), "shadowVariants[" + v + "]", DocReader.SPEC, problems),
                    key + ".shadow" + v, key, name, configKey, true);
        }
        reject(r, ENDPOINT);
    }

    private void readModel(DocReader r, String endpointKey, String endpointName, DocReader network) {
        String dataUrl = r.text("modelDataUrl");
        Boolean isolation = r.bool("networkIsolation");
        String vpc = null;
        List<String> subnets = List.of();
        List<String> groups = List.of();
        if (network != null) {
            vpc = network.text("vpc");
            subnets = network.strings("subnets");
            groups = network.strings("securityGroups");
            reject(network, NETWORK);
            if (vpc != null) {
                declareVpc(vpc, network.at("vpc"));
            }
        }
        facts.add(new Model(endpointKey + ".model", endpointName, network != null, vpc, subnets, groups,
                dataUrl == null || dataUrl.startsWith("s3://"), isolation,
                network != null ? network.source() : r.source(), endpointKey));
        List<Doc> containers = r.list("containers");
        for (int c = 0; c < containers.size(); c++) {
            DocReader cr = DocReader.of(containers.get(c), "containers[" + c + "]", DocReader.SPEC, problems);
            facts.add(new dev.sagelint.model.Container(endpointKey + ".model.container" + c, endpointKey + ".model",
                    c, cr.text("mode"), Boolean.TRUE.equals(cr.bool("modelDataSource")),
                    cr.text("repositoryAccessMode"), cr.stringMap("environment"), cr.text("image"),
                    cr.text("modelDataUrl"), cr.source()));
            reject(cr, CONTAINER);
        }
    }

    private void readVariant(DocReader r, String key, String endpointKey, String endpointName, String configKey,
                             boolean shadow) {
        String name = r.text("name");
        List<String> pools = new ArrayList<>();
        for (Doc pool : r.list("instancePools")) {
            DocReader p = DocReader.of(pool, "instancePools item", DocReader.SPEC, problems);
            String type = p.text("instanceType");
            if (type != null) {
                pools.add(type);
            }
            reject(p, POOL);
            p.integer("priority");
        }
        DocReader serverless = r.obj("serverless");
        ServerlessConfig sc = null;
        if (serverless != null) {
            sc = new ServerlessConfig(serverless.integer("memorySizeInMB"), serverless.integer("maxConcurrency"),
                    serverless.integer("provisionedConcurrency"), serverless.source());
            reject(serverless, SERVERLESS);
        }
        DocReader managed = r.obj("managedInstanceScaling");
        ManagedInstanceScaling mis = null;
        if (managed != null) {
            mis = new ManagedInstanceScaling(managed.text("status"), managed.integer("minInstanceCount"),
                    managed.integer("maxInstanceCount"), managed.source());
            reject(managed, MANAGED);
        }
        List<Setting> spot = spotSettings(r);
        facts.add(new Variant(key, configKey, name, r.text("modelName"), r.text("instanceType"), pools,
                r.integer("initialInstanceCount"), sc, mis, spot, shadow, false, null,
                r.written("modelName") ? null : endpointKey + ".model", r.integer("volumeSizeInGB"),
                r.integer("containerStartupHealthCheckTimeoutInSeconds"),
                r.integer("modelDataDownloadTimeoutInSeconds"), r.source()));
        DocReader autoscaling = r.obj("autoscaling");
        if (autoscaling != null && !shadow) {
            String dimension = sc != null ? ScalableTarget.PROVISIONED_CONCURRENCY : ScalableTarget.INSTANCE_COUNT;
            readTarget(autoscaling, key + ".target", endpointName == null || name == null ? null
                    : "endpoint/" + endpointName + "/variant/" + name, dimension, endpointKey, key, r.at("name"));
        }
        reject(r, VARIANT);
    }

    private List<Setting> spotSettings(DocReader r) {
        String option = r.text("purchaseOption");
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
        String ownId = nested ? null : r.text("resourceId");
        if (!nested && ownId == null) {
            r.problemHere("a scalable target needs resourceId, e.g. endpoint/<endpoint>/variant/<variant>");
        }
        String id = nested ? resourceId : ownId;
        String dimension = r.text("dimension");
        if (dimension == null) {
            dimension = defaultDimension != null ? defaultDimension
                    : id != null && id.startsWith("inference-component/") ? ScalableTarget.COPY_COUNT
                    : ScalableTarget.INSTANCE_COUNT;
        }
        DocReader suspended = r.obj("suspended");
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
        facts.add(new ScalableTarget(key, id, dimension, "sagemaker", r.integer("minCapacity"),
                r.integer("maxCapacity"), in, out, scheduled, parts.endpoint(), parts.variant(), parts.component(),
                true, endpointKey, variantKey, null, withField(r.source(), "resourceId", resourceIdAt)));
        List<Doc> policies = r.list("policies");
        for (int p = 0; p < policies.size(); p++) {
            readPolicy(DocReader.of(policies.get(p), "policies[" + p + "]", DocReader.SPEC, problems), key + ".policy" + p, key);
        }
        List<Doc> actions = r.list("scheduledActions");
        for (int a = 0; a < actions.size(); a++) {
            DocReader s = DocReader.of(actions.get(a), "scheduledActions[" + a + "]", DocReader.SPEC, problems);
            facts.add(new ScheduledAction(key + ".scheduled" + a, key, s.text("name"), s.text("schedule"),
                    s.text("timezone"), s.integer("minCapacity"), s.integer("maxCapacity"), s.source()));
            reject(s, SCHEDULED);
        }
        reject(r, variantKey != null ? AUTOSCALING : TARGET);
    }

    private void readPolicy(DocReader r, String key, String targetKey) {
        DocReader tt = r.obj("targetTracking");
        DocReader step = r.obj("stepScaling");
        String name = r.text("name");
        if ((tt == null) == (step == null)) {
            r.problemHere("a policy has exactly one of targetTracking or stepScaling");
        }
        if (tt != null) {
            MetricSpec custom = metric(tt.obj("customMetric"), METRIC);
            facts.add(new ScalingPolicy(key, targetKey, name, ScalingPolicy.TARGET_TRACKING, tt.number("targetValue"),
                    tt.text("metric"), custom, tt.integer("scaleInCooldown"), tt.integer("scaleOutCooldown"),
                    tt.bool("disableScaleIn"), null, null, null, null, List.of(), false, null,
                    renamed(tt.source(), "metric", ScalingPolicy.Field.PREDEFINED_METRIC)));
            reject(tt, TARGET_TRACKING);
        } else if (step != null) {
            List<StepAdjustment> steps = new ArrayList<>();
            for (Doc item : step.list("steps")) {
                DocReader s = DocReader.of(item, "steps item", DocReader.SPEC, problems);
                steps.add(new StepAdjustment(s.number("lowerBound"), s.number("upperBound"), s.integer("adjustment"),
                        s.location()));
                reject(s, STEP_ITEM);
            }
            facts.add(new ScalingPolicy(key, targetKey, name, ScalingPolicy.STEP, null, null, null, null, null, null,
                    step.text("adjustmentType"), step.integer("cooldown"), step.text("metricAggregationType"),
                    step.integer("minAdjustmentMagnitude"), steps, false, null,
                    renamed(step.source(), "steps", ScalingPolicy.Field.STEP_ADJUSTMENTS)));
            DocReader alarm = step.obj("alarm");
            if (alarm != null) {
                facts.add(new Alarm(key + ".alarm", null, metric(alarm, ALARM), alarm.number("threshold"),
                        List.of(key), alarm.source()));
            }
            reject(step, STEP);
        }
        reject(r, POLICY);
    }

    private MetricSpec metric(DocReader m, Set<String> known) {
        if (m == null) {
            return null;
        }
        MetricSpec spec = new MetricSpec(m.text("namespace"), m.text("name"), m.stringMap("dimensions"),
                m.text("statistic"), m.source());
        reject(m, known);
        return spec;
    }

    private TrafficProfile readTraffic(DocReader t) {
        if (t == null) {
            return null;
        }
        String pattern = t.text("pattern");
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
                t.bool("unpredictableBursts"), t.text("peakHours"), t.number("instanceCapacityRps"), t.source(),
                t.number("maxPayloadMB"));
        reject(t, TRAFFIC);
        return profile;
    }

    private void readVpc(DocReader r, int i) {
        String id = r.text("id");
        if (id != null) {
            facts.add(new Vpc("vpc:" + id, id, Boolean.TRUE.equals(r.bool("natGateway")), r.source()));
            vpcs.put(id, "vpc:" + id);
        }
        reject(r, VPC);
    }

    private void readSubnet(DocReader r, int i) {
        String id = r.text("id");
        String vpc = r.text("vpc");
        if (vpc != null) {
            declareVpc(vpc, r.at("vpc"));
        }
        if (id != null) {
            facts.add(new dev.sagelint.model.Subnet("subnet:" + id, id, vpc, r.text("availabilityZone"),
                    r.strings("routeTables"), r.source()));
        }
        reject(r, SUBNET);
    }

    private void readSecurityGroup(DocReader r, int i) {
        String id = r.text("id");
        List<dev.sagelint.model.SecurityGroup.Ingress> ingress = new ArrayList<>();
        for (Doc item : r.list("ingress")) {
            DocReader in = DocReader.of(item, "ingress item", DocReader.SPEC, problems);
            ingress.add(new dev.sagelint.model.SecurityGroup.Ingress(in.text("protocol"), in.integer("fromPort"),
                    in.integer("toPort"), in.text("cidr"), in.text("sourceSecurityGroup"), in.location()));
            reject(in, INGRESS);
        }
        if (id != null) {
            facts.add(new dev.sagelint.model.SecurityGroup("sg:" + id, id, r.text("vpc"), ingress, true,
                    r.source()));
        }
        reject(r, SECURITY_GROUP);
    }

    /** A VPC named by a model or an endpoint but not listed under vpcs: it has no NAT gateway. */
    private void declareVpc(String id, dev.sagelint.model.Location at) {
        if (!vpcs.containsKey(id)) {
            vpcs.put(id, "vpc:" + id);
            facts.add(new Vpc("vpc:" + id, id, false, dev.sagelint.model.Source.at(at)));
        }
    }

    private void readVpcEndpoint(DocReader r, int i) {
        String vpc = r.text("vpc");
        String service = r.text("service");
        String serviceName = service == null ? null
                : service.startsWith("com.amazonaws.") ? service : "com.amazonaws.${AWS::Region}." + service;
        if (vpc != null) {
            declareVpc(vpc, r.at("vpc"));
        }
        facts.add(new VpcEndpoint("vpce" + i, vpc, serviceName, VpcEndpoint.serviceOf(serviceName), r.text("type"),
                r.bool("privateDns"), r.strings("routeTables"), r.strings("subnets"), r.strings("securityGroups"),
                r.source()));
        reject(r, VPC_ENDPOINT);
    }

    private void readTraining(DocReader r, int i) {
        facts.add(new TrainingJob("training" + i, r.text("name"), r.bool("managedSpot"),
                r.integer("maxRuntimeSeconds"), r.integer("maxWaitSeconds"), r.text("checkpointS3Uri"),
                r.source()));
        reject(r, TRAINING);
    }

    private void readTransform(DocReader r, int i) {
        facts.add(new TransformJob("transform" + i, r.text("name"), r.text("instanceType"), spotSettings(r),
                r.source()));
        reject(r, TRANSFORM);
    }

    private void readComponent(DocReader r, int i) {
        String key = "component" + i;
        String name = r.text("name");
        facts.add(new InferenceComponent(key, name, r.text("endpoint"), r.text("variant"), r.integer("copyCount"),
                r.text("artifactUrl"), null, r.number("numberOfAcceleratorDevicesRequired"), r.source()));
        DocReader autoscaling = r.obj("autoscaling");
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
    /** A field the spec spells its own way ({@code steps}), under the fact's field key ({@code stepAdjustments}). */
    private static Source renamed(Source source, String spelling, dev.sagelint.model.FactField field) {
        Map<String, dev.sagelint.model.Location> fields = new java.util.HashMap<>(source.fields());
        Set<String> unknown = new java.util.HashSet<>(source.unknown());
        dev.sagelint.model.Location at = fields.remove(spelling);
        if (at != null) {
            fields.put(field.key(), at);
        }
        if (unknown.remove(spelling)) {
            unknown.add(field.key());
        }
        return new Source(source.location(), fields, unknown);
    }

    private static Source withField(Source source, String field, dev.sagelint.model.Location at) {
        if (at == null || source.fields().containsKey(field)) {
            return source;
        }
        Map<String, dev.sagelint.model.Location> fields = new java.util.HashMap<>(source.fields());
        fields.put(field, at);
        return new Source(source.location(), fields, source.unknown());
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
