package dev.sagelint.parse.cfn;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.DeployRejection;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InferenceComponent;
import dev.sagelint.model.InputOrigin;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
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
import dev.sagelint.model.Suppression;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.model.Variant;
import dev.sagelint.parse.Ordering;
import dev.sagelint.parse.Ref;
import dev.sagelint.parse.ResourceIds;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Maps one parsed template to model facts; keys are the resources' logical ids. */
final class TemplateReader {

    private static final Set<String> STAGE_PARAMETERS = Set.of("environment", "env", "envtype", "stage", "stagename",
            "environmenttype", "deploymentstage");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,5}[0-9]{3}");

    private final String path;
    private final CfnNode.Obj root;
    private final Map<String, String> parameterValues;
    private final List<InputProblem> problems;
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, CfnNode.Obj> resources = new LinkedHashMap<>();
    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, Location> resourceKeys = new LinkedHashMap<>();
    private final Map<String, Props> props = new LinkedHashMap<>();
    private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    private final ResourceIndex index = new ResourceIndex(types, props);
    private final NetworkReader network = new NetworkReader(index);
    private Evaluator evaluator;
    private String environment;

    TemplateReader(String path, CfnNode.Obj root, Map<String, String> parameterValues, List<InputProblem> problems) {
        this.path = path;
        this.root = root;
        this.parameterValues = parameterValues;
        this.problems = problems;
    }

    String environment() {
        return environment;
    }

    List<Fact> read() {
        CfnNode.Obj resourcesNode = section("Resources");
        if (resourcesNode == null) {
            problems.add(InputProblem.at(root.location(), "the template has no Resources mapping; CloudFormation "
                    + "requires at least one resource"));
            return facts;
        }
        for (CfnNode.Entry e : resourcesNode.entries().values()) {
            if (!(e.value() instanceof CfnNode.Obj r)) {
                problems.add(InputProblem.at(e.value().location(), "resource " + e.key() + " is "
                        + kind(e.value()) + "; CloudFormation requires each resource to be a mapping with Type"
                        + " and Properties"));
                continue;
            }
            String type = Evaluator.typeOf(r);
            if (type == null) {
                CfnNode written = r.get("Type");
                problems.add(InputProblem.at(written == null ? e.keyLocation() : written.location(), "resource "
                        + e.key() + (written == null ? " has no Type" : " has a Type that is " + kind(written)
                        + ", not a resource type name") + "; CloudFormation rejects it: write e.g."
                        + " 'Type: AWS::SageMaker::Endpoint'"));
                continue;
            }
            resources.put(e.key(), r);
            resourceKeys.put(e.key(), e.keyLocation());
            types.put(e.key(), type);
        }
        CfnNode.Obj conditions = section("Conditions");
        if (conditions != null) {
            ConditionCycles.check(conditions, problems);
        }
        evaluator = new Evaluator(section("Parameters"), parameterValues, section("Mappings"), conditions,
                resources, problems);
        environment = stage();
        DeployChecks.allowedValues(section("Parameters"), parameterValues, facts);
        DeployChecks.undeclaredParameters(root, parameterValues, facts);
        facts.add(new InputOrigin("origin", InputOrigin.CLOUDFORMATION, Source.at(Location.ofFile(path))));
        readSuppressions(root, "template", 1, Integer.MAX_VALUE);
        for (var e : resources.entrySet()) {
            String id = e.getKey();
            CfnNode.Obj r = e.getValue();
            if (r.get("Condition") instanceof CfnNode.Scalar c && Boolean.FALSE.equals(evaluator.condition(c.text()))) {
                continue;
            }
            Val properties = r.get("Properties") == null ? null : evaluator.evalIn(id, r.get("Properties"));
            Props p = Props.of(properties, resourceKeys.get(id), id + ".Properties", problems).locatedAt(
                    resourceKeys.get(id));
            props.put(id, p);
            Set<String> deps = new LinkedHashSet<>(properties == null ? Set.of() : properties.refs());
            deps.addAll(dependsOn(r));
            deps.retainAll(resources.keySet());
            dependencies.put(id, deps);
            readSuppressions(r, id, resourceKeys.get(id).line(), Math.max(r.endLine(), r.location().line()));
        }
        for (var e : props.entrySet()) {
            String id = e.getKey();
            Props p = e.getValue();
            switch (types.get(id)) {
                case "AWS::SageMaker::Model" -> readModel(id, p);
                case "AWS::SageMaker::EndpointConfig" -> readEndpointConfig(id, p);
                case "AWS::SageMaker::Endpoint" -> readEndpoint(id, p);
                default -> {
                }
            }
        }
        for (var e : props.entrySet()) {
            String id = e.getKey();
            Props p = e.getValue();
            switch (types.get(id)) {
                case "AWS::SageMaker::InferenceComponent" -> readComponent(id, p);
                case "AWS::ApplicationAutoScaling::ScalableTarget" -> readTarget(id, p);
                case "AWS::ApplicationAutoScaling::ScalingPolicy" -> readPolicy(id, p);
                case "AWS::CloudWatch::Alarm" -> readAlarm(id, p);
                case "AWS::EC2::VPCEndpoint" -> readVpcEndpoint(id, p);
                case "AWS::EC2::VPC" -> readVpc(id);
                case "AWS::EC2::Subnet" -> readSubnet(id, p);
                case "AWS::EC2::SecurityGroup" -> readSecurityGroup(id, p);
                default -> {
                }
            }
        }
        return facts;
    }

    private CfnNode.Obj section(String name) {
        CfnNode n = root.get(name);
        if (n == null) {
            return null;
        }
        if (n instanceof CfnNode.Obj o) {
            return o;
        }
        problems.add(InputProblem.at(n.location(), name + " must be a mapping"));
        return null;
    }

    /** The stage a parameter such as StageName or Environment declares, when its value is known. */
    private String stage() {
        CfnNode.Obj parameters = section("Parameters");
        if (parameters == null) {
            return null;
        }
        for (String name : parameters.entries().keySet()) {
            if (STAGE_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
                Val v = evaluator.eval(new CfnNode.Fn("Ref", new CfnNode.Scalar(name, false, root.location()),
                        root.location()));
                if (v instanceof Val.Str s && s.known() && !s.text().isBlank()) {
                    return s.text();
                }
            }
        }
        return null;
    }

    /** How a value that should be a mapping or a name is written, for messages. */
    static String kind(CfnNode n) {
        if (n instanceof CfnNode.Scalar s) {
            return s.nul() ? "empty" : "the single value '" + (s.text().length() > 40 ? s.text().substring(0, 37)
                    + "..." : s.text()) + "'";
        }
        if (n instanceof CfnNode.Seq) {
            return "a list";
        }
        if (n instanceof CfnNode.Fn f) {
            return "the intrinsic function " + f.name();
        }
        return "a mapping";
    }

    private Set<String> dependsOn(CfnNode.Obj r) {
        Set<String> out = new LinkedHashSet<>();
        CfnNode d = r.get("DependsOn");
        if (d instanceof CfnNode.Scalar s) {
            out.add(s.text());
        } else if (d instanceof CfnNode.Seq seq) {
            seq.items().forEach(i -> {
                if (i instanceof CfnNode.Scalar s) {
                    out.add(s.text());
                }
            });
        }
        return out;
    }

    // ---- metadata ---------------------------------------------------------------------------

    private Props sagelintMetadata(CfnNode.Obj owner) {
        CfnNode metadata = owner.get("Metadata");
        if (metadata == null) {
            return null;
        }
        Val v = evaluator.eval(metadata);
        if (v instanceof Val.Obj o && o.get("sagelint") instanceof Val.Obj s) {
            return new Props(s, s.at(), "Metadata.sagelint", problems);
        }
        return null;
    }

    private void readSuppressions(CfnNode.Obj owner, String where, int first, int last) {
        Props meta = sagelintMetadata(owner);
        if (meta == null) {
            return;
        }
        List<Val> items = meta.list("suppress");
        if (items == null) {
            return;
        }
        for (Val item : items) {
            String rule = null;
            String reason = null;
            if (item instanceof Val.Str s && s.known()) {
                rule = s.text().trim();
            } else if (item instanceof Val.Obj o) {
                Props p = new Props(o, o.at(), "suppress item", problems);
                rule = p.has("rule") ? p.string("rule") : p.string("id");
                reason = p.string("reason");
            }
            if (rule == null || !RULE_ID.matcher(rule).matches()) {
                problems.add(InputProblem.at(item.at(), "a suppression in " + where + " names "
                        + Props.describe(item) + "; write a rule id such as SL204, or {rule: SL204, reason: ...}"));
                continue;
            }
            facts.add(Suppression.of(rule, reason, item.at(), first, last));
        }
    }

    private TrafficProfile traffic(CfnNode.Obj owner) {
        Props meta = sagelintMetadata(owner);
        Props t = meta == null ? null : meta.mapping("traffic");
        if (t == null) {
            return null;
        }
        String pattern = t.string("pattern", "pattern");
        TrafficProfile.Pattern p = null;
        if (pattern != null) {
            try {
                p = TrafficProfile.Pattern.valueOf(pattern.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                t.problem(t.at("pattern"), "traffic pattern is '" + pattern
                        + "'; expected steady, spiky or predictable");
            }
        }
        return new TrafficProfile(p, t.number("peakRps", "peakRps"), t.number("baselineRps", "baselineRps"),
                t.bool("unpredictableBursts", "unpredictableBursts"), t.string("peakHours", "peakHours"),
                t.number("instanceCapacityRps", "instanceCapacityRps"), t.source());
    }

    // ---- SageMaker -------------------------------------------------------------------------

    private void readModel(String id, Props p) {
        String name = p.string("ModelName", "name");
        boolean s3 = false;
        List<Props> containers = new ArrayList<>();
        Props primary = p.mapping("PrimaryContainer", "primaryContainer");
        if (primary != null) {
            containers.add(primary);
        }
        List<Val> more = p.list("Containers", "containers");
        if (more != null) {
            for (Val c : more) {
                containers.add(Props.of(c, c.at(), id + ".Containers item", problems));
            }
        }
        for (int i = 0; i < containers.size(); i++) {
            readContainer(id, i, containers.get(i));
        }
        for (Props c : containers) {
            Val.Str url = c.text("ModelDataUrl", "modelDataUrl");
            if (url != null || c.has("ModelDataSource")) {
                s3 = true;
            }
        }
        boolean inVpc = false;
        List<String> subnets = List.of();
        List<String> groups = List.of();
        Props vpc = p.mapping("VpcConfig", "vpc");
        if (vpc == null && p.unknown("VpcConfig")) {
            p.markUnknown(p.at("VpcConfig"), "vpc", "vpcId", "subnets");
        } else if (vpc != null) {
            inVpc = true;
            List<Val.Str> subnetVals = vpc.strings("Subnets", "subnets");
            subnets = subnetVals.stream().map(this::id).toList();
            groups = vpc.strings("SecurityGroupIds", "securityGroups").stream().map(this::id).toList();
            p.absorb(vpc);
            p.mark(p.keyAt("VpcConfig"), "vpc", "vpcId");
        }
        facts.add(new Model(id, name, inVpc, null, subnets, groups, s3,
                p.bool("EnableNetworkIsolation", "networkIsolation"), p.source()));
    }

    /** One container of a model: what SL608 and SL611 need (mode, data source, registry, environment). */
    private void readContainer(String modelId, int index, Props c) {
        String mode = c.string("Mode", "mode");
        boolean dataSource = c.has("ModelDataSource");
        if (dataSource) {
            c.mark(c.at("ModelDataSource"), "modelDataSource");
        }
        Props image = c.mapping("ImageConfig", "imageConfig");
        String access = null;
        if (image != null) {
            access = image.string("RepositoryAccessMode", "repositoryAccessMode");
            c.mark(image.at("RepositoryAccessMode"), "repositoryAccessMode");
        }
        Map<String, String> environment = c.has("Environment") ? c.tags("Environment") : Map.of();
        if (c.has("Environment")) {
            c.mark(c.at("Environment"), "environment");
            if (c.raw("Environment") instanceof Val.Obj env) {
                env.keys().forEach((k, at) -> c.mark(at, "environment." + k)); // rules point at the variable
            }
        }
        String imageUri = c.string("Image", "image");
        String dataUrl = c.string("ModelDataUrl", "modelDataUrl");
        facts.add(new dev.sagelint.model.Container(modelId + ".container" + index, modelId, index, mode, dataSource,
                access, environment, imageUri, dataUrl, c.source()));
    }

    private void readEndpointConfig(String id, Props p) {
        String name = p.string("EndpointConfigName", "name", "configName");
        boolean async = p.has("AsyncInferenceConfig");
        if (p.unknown("AsyncInferenceConfig")) {
            p.markUnknown(p.at("AsyncInferenceConfig"), "async", "asyncInference");
        } else {
            p.mapping("AsyncInferenceConfig", "async", "asyncInference");
        }
        List<Val> variants = p.list("ProductionVariants", "variants");
        List<Val> shadows = p.list("ShadowProductionVariants", "shadowVariants");
        boolean capture = p.has("DataCaptureConfig");
        if (p.unknown("DataCaptureConfig")) {
            p.markUnknown(p.at("DataCaptureConfig"), "dataCapture");
        } else if (capture) {
            p.mark(p.at("DataCaptureConfig"), "dataCapture");
        }
        String role = p.string("ExecutionRoleArn", "executionRoleArn");
        Map<String, String> tags = p.tags("Tags");
        List<Setting> configSpot = spot(p);
        boolean variantsKnown = variants != null && !p.source().isUnknown("variants");
        String kms = p.string("KmsKeyId", "kmsKeyId");
        facts.add(new EndpointConfig(id, name, p.has("EndpointConfigName"), async,
                variantsKnown ? variants.size() : null, shadows == null ? 0 : shadows.size(), role, capture,
                null, tags, kms, p.source()));
        readVariants(id, variants, false, configSpot);
        readVariants(id, shadows, true, List.of());
    }

    private void readVariants(String configId, List<Val> variants, boolean shadow, List<Setting> configSpot) {
        if (variants == null) {
            return;
        }
        for (int i = 0; i < variants.size(); i++) {
            Val v = variants.get(i);
            Props p = Props.of(v, v.at(), (shadow ? "ShadowProductionVariants" : "ProductionVariants") + "[" + i + "]",
                    problems);
            List<String> pools = new ArrayList<>();
            List<Val> poolVals = p.list("InstancePools", "instancePools");
            if (poolVals != null) {
                for (Val pool : poolVals) {
                    String t = Props.of(pool, pool.at(), "InstancePools item", problems).string("InstanceType");
                    if (t != null) {
                        pools.add(t);
                    }
                }
            }
            ServerlessConfig serverless = null;
            Props sc = p.mapping("ServerlessConfig", "serverless");
            if (sc != null) {
                serverless = new ServerlessConfig(sc.integer("MemorySizeInMB", "memorySizeInMB"),
                        sc.integer("MaxConcurrency", "maxConcurrency"),
                        sc.integer("ProvisionedConcurrency", "provisionedConcurrency"), sc.source());
            }
            ManagedInstanceScaling managed = null;
            Props mis = p.mapping("ManagedInstanceScaling", "managedInstanceScaling");
            if (mis != null) {
                managed = new ManagedInstanceScaling(mis.string("Status", "status"),
                        mis.integer("MinInstanceCount", "minInstanceCount"),
                        mis.integer("MaxInstanceCount", "maxInstanceCount"), mis.source());
            }
            // a config-level setting is reported once, on the first variant
            List<Setting> spot = new ArrayList<>(i == 0 ? configSpot : List.of());
            spot.addAll(spot(p));
            Val.Str variantName = p.placeholder("VariantName");
            if (variantName != null && !shadow) {
                facts.add(Ref.of(configId + ".variant" + i, Ref.Kind.VARIANT_NAME_AS_WRITTEN, variantName.text()));
            }
            Val.Str model = p.text("ModelName", "modelName");
            rejectArn(model, "ModelName of production variant " + i, "CreateEndpointConfig");
            String modelKey = model == null ? null : refOfType(model, "AWS::SageMaker::Model");
            facts.add(new Variant(configId + (shadow ? ".shadow" : ".variant") + i, configId,
                    p.string("VariantName", "name"), model == null || !model.known() ? null : model.text(),
                    p.string("InstanceType", "instanceType"), pools,
                    p.integer("InitialInstanceCount", "initialInstanceCount"), serverless, managed, spot, shadow,
                    false, null, modelKey, p.integer("VolumeSizeInGB", "volumeSizeInGB"),
                    p.integer("ContainerStartupHealthCheckTimeoutInSeconds",
                            "containerStartupHealthCheckTimeoutInSeconds"),
                    p.integer("ModelDataDownloadTimeoutInSeconds", "modelDataDownloadTimeoutInSeconds"),
                    p.source()));
            String parameter = p.has("InstanceType") ? evaluator.parameterAt(p.source().at("instanceType")) : null;
            if (parameter != null) {
                String variantKey = configId + (shadow ? ".shadow" : ".variant") + i;
                facts.add(new dev.sagelint.model.ParameterisedValue(variantKey + ".instanceType.input", variantKey,
                        "instanceType", "parameter " + parameter, dev.sagelint.model.Source.at(
                                p.source().at("instanceType"))));
            }
        }
    }

    private static List<Setting> spot(Props p) {
        List<Setting> out = new ArrayList<>();
        for (String key : p.keys()) {
            Val v = p.raw(key);
            String lower = key.toLowerCase(Locale.ROOT);
            boolean spotValue = v instanceof Val.Str s && s.known() && s.text().equalsIgnoreCase("spot")
                    && (lower.contains("purchase") || lower.contains("market") || lower.contains("capacitytype"));
            if (lower.contains("spot") || spotValue) {
                out.add(new Setting(key, v instanceof Val.Str s ? s.text() : Props.describe(v), v.at()));
            }
        }
        return out;
    }

    /** DeploymentConfig: the update policy and the auto-rollback alarms, with one source for all their fields. */
    private dev.sagelint.model.DeploymentConfig deploymentConfig(Props p) {
        Props d = p.mapping("DeploymentConfig", "deploymentConfig");
        if (d == null) {
            return null;
        }
        Props bg = d.mapping("BlueGreenUpdatePolicy", "blueGreen");
        Props rolling = d.mapping("RollingUpdatePolicy", "rolling");
        Props routing = bg == null ? null : bg.mapping("TrafficRoutingConfiguration", "trafficRouting");
        Props canary = routing == null ? null : routing.mapping("CanarySize", "canarySize");
        Props linear = routing == null ? null : routing.mapping("LinearStepSize", "linearStepSize");
        Props batch = rolling == null ? null : rolling.mapping("MaximumBatchSize", "maximumBatchSize");
        Props rollback = d.mapping("AutoRollbackConfiguration", "autoRollback");
        List<Val> alarms = rollback == null ? null : rollback.list("Alarms", "rollbackAlarms");
        List<String> names = new ArrayList<>();
        if (alarms != null) {
            for (Val a : alarms) {
                String n = Props.of(a, a.at(), "Alarms item", problems).string("AlarmName");
                if (n != null) {
                    names.add(n);
                }
            }
        }
        Props policy = rolling != null ? rolling : bg;
        var config = new dev.sagelint.model.DeploymentConfig(bg != null,
                routing == null ? null : routing.string("Type", "trafficRoutingType"),
                canary == null ? null : canary.string("Type", "canarySizeType"),
                canary == null ? null : canary.integer("Value", "canarySizeValue"),
                linear == null ? null : linear.string("Type", "linearStepType"),
                linear == null ? null : linear.integer("Value", "linearStepValue"),
                rolling != null ? rolling.integer("WaitIntervalInSeconds", "waitIntervalInSeconds")
                        : routing == null ? null : routing.integer("WaitIntervalInSeconds", "waitIntervalInSeconds"),
                bg == null ? null : bg.integer("TerminationWaitInSeconds", "terminationWaitInSeconds"),
                policy == null ? null : policy.integer("MaximumExecutionTimeoutInSeconds",
                        "maximumExecutionTimeoutInSeconds"),
                rolling != null,
                batch == null ? null : batch.string("Type", "maximumBatchSizeType"),
                batch == null ? null : batch.integer("Value", "maximumBatchSizeValue"),
                alarms == null ? 0 : alarms.size(), names,
                mergedSource(p.keyAt("DeploymentConfig"), d, bg, routing, canary, linear, rolling, batch, rollback));
        return config;
    }

    /** One source with the fields of several nested mappings (their field names are distinct). */
    private static Source mergedSource(Location at, Props... parts) {
        Map<String, Location> fields = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (Props part : parts) {
            if (part != null) {
                fields.putAll(part.source().fields());
                unknown.addAll(part.source().unknown());
            }
        }
        return new Source(at, fields, unknown);
    }

    private void readEndpoint(String id, Props p) {
        Val.Str nameVal = p.text("EndpointName", "name");
        String name = nameVal == null || !nameVal.known() ? null : nameVal.text();
        Val.Str configVal = p.text("EndpointConfigName", "configName");
        rejectArn(configVal, "EndpointConfigName", "CreateEndpoint");
        String configName = configVal == null || !configVal.known() ? null : configVal.text();
        String configKey = configVal == null ? null : refOfType(configVal, "AWS::SageMaker::EndpointConfig");
        dev.sagelint.model.DeploymentConfig deployment = deploymentConfig(p);
        Endpoint e = new Endpoint(id, name, configName, configKey, traffic(resources.get(id)), null,
                p.bool("RetainAllVariantProperties", "retainAllVariantProperties"), p.tags("Tags"), deployment,
                p.source());
        facts.add(e);
        if (nameVal != null) {
            facts.add(Ref.of(id, Ref.Kind.ENDPOINT_NAME_AS_WRITTEN, nameVal.text()));
        }
    }

    private void readComponent(String id, Props p) {
        Val.Str endpoint = p.placeholder("EndpointName", "endpoint", "endpointName");
        rejectArn(endpoint, "EndpointName", "CreateInferenceComponent");
        Props spec = p.mapping("Specification", "specification");
        String artifact = null;
        Double accelerators = null;
        if (spec != null) {
            Props compute = spec.mapping("ComputeResourceRequirements");
            if (compute != null) {
                accelerators = compute.number("NumberOfAcceleratorDevicesRequired");
                if (compute.has("NumberOfAcceleratorDevicesRequired")) {
                    p.mark(compute.at("NumberOfAcceleratorDevicesRequired"), "numberOfAcceleratorDevicesRequired");
                }
            }
            Props container = spec.mapping("Container");
            if (container != null) {
                artifact = container.string("ArtifactUrl");
                p.mark(container.at("ArtifactUrl"), container.has("ArtifactUrl") ? "artifactUrl" : "specification");
            }
        }
        Props runtime = p.mapping("RuntimeConfig", "runtimeConfig");
        Integer copies = null;
        if (runtime != null) {
            copies = runtime.integer("CopyCount");
            if (runtime.has("CopyCount")) {
                p.mark(runtime.at("CopyCount"), "copyCount");
            }
        }
        String endpointKey = endpoint == null ? null : refOfType(endpoint, "AWS::SageMaker::Endpoint");
        facts.add(new InferenceComponent(id, p.string("InferenceComponentName", "name"),
                endpoint == null || !endpoint.known() ? null : endpoint.text(), p.string("VariantName", "variant",
                "variantName"), copies, artifact, endpointKey, accelerators, p.source()));
        if (endpoint != null && endpointKey == null) {
            facts.add(Ref.of(id, Ref.Kind.ENDPOINT_BY_NAME, endpoint.text()));
        }
    }

    // ---- Application Auto Scaling ----------------------------------------------------------

    private void readTarget(String id, Props p) {
        Val.Str resourceId = p.placeholder("ResourceId", "resourceId");
        String dimension = p.string("ScalableDimension", "dimension");
        String namespace = p.string("ServiceNamespace", "namespace");
        Integer min = p.integer("MinCapacity", "minCapacity");
        Integer max = p.integer("MaxCapacity", "maxCapacity");
        Props suspended = p.mapping("SuspendedState", "suspended");
        Boolean in = null;
        Boolean out = null;
        Boolean scheduled = null;
        if (suspended != null) {
            in = suspended.bool("DynamicScalingInSuspended", "scaleIn");
            out = suspended.bool("DynamicScalingOutSuspended", "scaleOut");
            scheduled = suspended.bool("ScheduledScalingSuspended", "scheduled");
            Source s = suspended.source();
            for (var f : Map.of("scaleIn", "scaleInSuspended", "scaleOut", "scaleOutSuspended",
                    "scheduled", "scheduledSuspended").entrySet()) {
                if (s.fields().containsKey(f.getKey())) {
                    p.mark(s.fields().get(f.getKey()), f.getValue());
                }
            }
        }
        String text = resourceId == null ? null : resourceId.text();
        ResourceIds.Parts parts = ResourceIds.parse(text);
        String endpointKey = null;
        String componentKey = null;
        if (resourceId != null) {
            componentKey = refOfType(resourceId, "AWS::SageMaker::InferenceComponent");
            endpointKey = refOfType(resourceId, "AWS::SageMaker::Endpoint");
        }
        facts.add(new ScalableTarget(id, text, dimension, namespace, min, max, in, out, scheduled, parts.endpoint(),
                parts.variant(), parts.component(), true, endpointKey, null, componentKey, p.source()));
        if (resourceId != null) {
            facts.add(new Ordering(id, dependedOn(id), Source.at(resourceId.at())));
        }
        List<Val> actions = p.list("ScheduledActions", "scheduledActions");
        if (actions != null) {
            for (int i = 0; i < actions.size(); i++) {
                Val a = actions.get(i);
                Props s = Props.of(a, a.at(), "ScheduledActions[" + i + "]", problems);
                Props action = s.mapping("ScalableTargetAction", "scalableTargetAction");
                Integer amin = null;
                Integer amax = null;
                if (action != null) {
                    amin = action.integer("MinCapacity", "minCapacity");
                    amax = action.integer("MaxCapacity", "maxCapacity");
                    action.source().fields().forEach((k, v) -> s.mark(v, k));
                }
                facts.add(new ScheduledAction(id + ".scheduled" + i, id, s.string("ScheduledActionName", "name"),
                        s.string("Schedule", "schedule"), s.string("Timezone", "timezone"), amin, amax, s.source()));
            }
        }
    }

    private void readPolicy(String id, Props p) {
        String targetKey = null;
        Val.Str targetRef = p.placeholder("ScalingTargetId", "targetKey", "scalingTargetId");
        if (targetRef != null) {
            targetKey = refOfType(targetRef, "AWS::ApplicationAutoScaling::ScalableTarget");
        }
        Val.Str resourceId = p.placeholder("ResourceId", "resourceId");
        p.string("ScalableDimension", "dimension");
        p.string("ServiceNamespace", "namespace");
        String name = p.string("PolicyName", "name");
        String type = p.string("PolicyType", "policyType");
        Props tt = p.mapping("TargetTrackingScalingPolicyConfiguration", "targetTracking");
        Props step = p.mapping("StepScalingPolicyConfiguration", "stepScaling");
        Double targetValue = null;
        String predefined = null;
        MetricSpec custom = null;
        Integer scaleIn = null;
        Integer scaleOut = null;
        Boolean disableScaleIn = null;
        if (tt != null) {
            targetValue = tt.number("TargetValue", "targetValue");
            Props pre = tt.mapping("PredefinedMetricSpecification", "predefinedMetric");
            if (pre != null) {
                predefined = pre.string("PredefinedMetricType", "predefinedMetric");
                tt.mark(pre.at("PredefinedMetricType"), "predefinedMetric");
            }
            Props cm = tt.mapping("CustomizedMetricSpecification", "customMetric");
            if (cm != null) {
                custom = metric(cm);
            }
            if (pre != null && cm != null) {
                facts.add(DeployRejection.at(tt.keyAt("CustomizedMetricSpecification"), "policy " + id + " has both"
                        + " PredefinedMetricSpecification and CustomizedMetricSpecification: Application Auto"
                        + " Scaling takes exactly one and rejects PutScalingPolicy with a ValidationException;"
                        + " keep the one this policy should track"));
            }
            scaleIn = tt.integer("ScaleInCooldown", "scaleInCooldown");
            scaleOut = tt.integer("ScaleOutCooldown", "scaleOutCooldown");
            disableScaleIn = tt.bool("DisableScaleIn", "disableScaleIn");
        }
        String adjustmentType = null;
        Integer cooldown = null;
        String aggregation = null;
        Integer magnitude = null;
        List<StepAdjustment> steps = new ArrayList<>();
        if (step != null) {
            adjustmentType = step.string("AdjustmentType", "adjustmentType");
            cooldown = step.integer("Cooldown", "cooldown");
            aggregation = step.string("MetricAggregationType", "metricAggregationType");
            magnitude = step.integer("MinAdjustmentMagnitude", "minAdjustmentMagnitude");
            List<Val> items = step.list("StepAdjustments", "stepAdjustments");
            if (items != null) {
                for (Val item : items) {
                    Props s = Props.of(item, item.at(), "StepAdjustments item", problems);
                    steps.add(new StepAdjustment(s.number("MetricIntervalLowerBound"),
                            s.number("MetricIntervalUpperBound"), s.integer("ScalingAdjustment"), s.location()));
                }
            }
        }
        if (p.unknown("TargetTrackingScalingPolicyConfiguration")) {
            p.markUnknown(p.at("TargetTrackingScalingPolicyConfiguration"), "targetValue",
                    "predefinedMetric", "customMetric", "scaleInCooldown", "scaleOutCooldown", "disableScaleIn");
        }
        if (p.unknown("StepScalingPolicyConfiguration")) {
            p.markUnknown(p.at("StepScalingPolicyConfiguration"), "adjustmentType", "cooldown",
                    "metricAggregationType", "minAdjustmentMagnitude", "stepAdjustments");
        }
        Location configAt = tt != null ? p.keyAt("TargetTrackingScalingPolicyConfiguration")
                : step != null ? p.keyAt("StepScalingPolicyConfiguration") : p.location();
        Source source = merged(p, tt != null ? tt : step, configAt);
        facts.add(new ScalingPolicy(id, targetKey, name, type, targetValue, predefined, custom, scaleIn, scaleOut,
                disableScaleIn, adjustmentType, cooldown, aggregation, magnitude, steps, resourceId != null,
                resourceId == null ? null : resourceId.text(), source));
    }

    private MetricSpec metric(Props m) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        List<Val> dims = m.list("Dimensions", "dimensions");
        if (dims != null) {
            for (Val d : dims) {
                Props dp = Props.of(d, d.at(), "Dimensions item", problems);
                Val.Str dn = dp.text("Name");
                Val.Str dv = dp.text("Value");
                if (dn != null && dn.known()) {
                    dimensions.put(dn.text(), dv == null ? null : dv.text());
                }
            }
        }
        dimensions.values().removeIf(Objects::isNull);
        List<dev.sagelint.model.MetricQuery> queries = new ArrayList<>();
        List<Val> math = m.list("Metrics", "metrics");
        if (math != null) {
            for (Val item : math) {
                Props q = Props.of(item, item.at(), "Metrics item", problems);
                queries.add(new dev.sagelint.model.MetricQuery(q.string("Id", "id"), q.string("Expression", "expression"),
                        q.bool("ReturnData", "returnData"), q.has("MetricStat"), q.source()));
            }
        }
        return new MetricSpec(m.string("Namespace", "namespace"), m.string("MetricName", "name"), dimensions,
                m.string("Statistic", "statistic"), queries, m.source());
    }

    private void readAlarm(String id, Props p) {
        List<String> policyKeys = new ArrayList<>();
        for (Val.Str action : p.strings("AlarmActions", "alarmActions")) {
            String key = refOfType(action, "AWS::ApplicationAutoScaling::ScalingPolicy");
            if (key != null && !policyKeys.contains(key)) {
                policyKeys.add(key);
            }
        }
        MetricSpec metric = metric(p);
        String band = p.string("ThresholdMetricId", "thresholdMetricId");
        if (metric.name() == null && metric.namespace() == null) {
            MetricSpec watched = watchedMetric(p, band, metric.queries());
            metric = watched != null ? watched : metric;
        }
        facts.add(new Alarm(id, p.string("AlarmName", "name"), metric, p.number("Threshold", "threshold"),
                policyKeys, band, p.source()));
    }

    /**
     * The metric an alarm on metric math ({@code Metrics}) watches, when that is decidable: the one entry that
     * returns data (ReturnData true or not written; for an anomaly-detection alarm, not the ThresholdMetricId band)
     * is a {@code MetricStat}, whose Namespace, MetricName, Dimensions and Stat the metric rules then read, as for
     * Terraform's metric_query. Null for an expression, several candidates, or a ReturnData only known at deploy.
     */
    private MetricSpec watchedMetric(Props alarm, String band, List<dev.sagelint.model.MetricQuery> queries) {
        List<Val> math = alarm.list("Metrics", "metrics");
        if (math == null) {
            return null;
        }
        Props returned = null;
        int returning = 0;
        for (Val item : math) {
            Props q = Props.of(item, item.at(), "Metrics item", problems);
            if (q.unknown("ReturnData")) {
                return null;
            }
            String queryId = q.string("Id", "id");
            if (!Boolean.FALSE.equals(q.bool("ReturnData", "returnData")) && (band == null || !band.equals(queryId))) {
                returning++;
                returned = q;
            }
        }
        Props stat = returning == 1 ? returned.mapping("MetricStat") : null;
        Props watched = stat == null ? null : stat.mapping("Metric");
        if (watched == null) {
            return null;
        }
        MetricSpec m = metric(watched);
        return new MetricSpec(m.namespace(), m.name(), m.dimensions(), stat.string("Stat", "statistic"), queries,
                mergedSource(watched.source().location(), watched, stat));
    }

    // ---- network ---------------------------------------------------------------------------

    private void readVpcEndpoint(String id, Props p) {
        facts.add(network.vpcEndpoint(id, p));
    }

    private void readSubnet(String id, Props p) {
        Val.Str vpc = p.text("VpcId", "vpc", "vpcId");
        String az = p.string("AvailabilityZone", "availabilityZone");
        if (az == null && p.has("AvailabilityZoneId")) {
            az = p.string("AvailabilityZoneId", "availabilityZone");
        }
        facts.add(new dev.sagelint.model.Subnet("subnet:" + id, id, vpc == null ? null : id(vpc), az,
                List.copyOf(network.tablesOf(id)), p.source()));
        String templateVpc = network.vpcOfSubnet(id);
        if (templateVpc != null) {
            facts.add(Ref.of(id, Ref.Kind.SUBNET_VPC, templateVpc));
        }
    }

    /** A security group with its inline ingress and the AWS::EC2::SecurityGroupIngress resources that name it. */
    private void readSecurityGroup(String id, Props p) {
        Val.Str vpc = p.text("VpcId", "vpc", "vpcId");
        List<dev.sagelint.model.SecurityGroup.Ingress> ingress = new ArrayList<>();
        boolean known = !p.unknown("SecurityGroupIngress");
        List<Val> inline = p.list("SecurityGroupIngress", "ingress");
        if (inline != null) {
            for (Val r : inline) {
                if (r instanceof Val.Obj) {
                    ingress.add(ingressOf(Props.of(r, r.at(), id + ".SecurityGroupIngress item", problems)));
                } else {
                    known = false;
                }
            }
        }
        for (var e : types.entrySet()) {
            if (e.getValue().equals("AWS::EC2::SecurityGroupIngress") && props.containsKey(e.getKey())) {
                Props r = props.get(e.getKey());
                Val group = r.raw("GroupId") != null ? r.raw("GroupId") : r.raw("GroupName");
                if (group != null && id.equals(refOfType(group, "AWS::EC2::SecurityGroup"))) {
                    ingress.add(ingressOf(r));
                }
            }
        }
        facts.add(new dev.sagelint.model.SecurityGroup("sg:" + id, id, vpc == null ? null : id(vpc), ingress, known,
                p.source()));
    }

    private dev.sagelint.model.SecurityGroup.Ingress ingressOf(Props r) {
        Val.Str cidr = r.text("CidrIp");
        if (cidr == null) {
            cidr = r.text("CidrIpv6");
        }
        Val.Str source = r.text("SourceSecurityGroupId");
        String protocol = r.raw("IpProtocol") instanceof Val.Str s && s.known() ? s.text() : null;
        Integer from = r.raw("FromPort") instanceof Val.Str s && s.known() ? r.integer("FromPort") : null;
        Integer to = r.raw("ToPort") instanceof Val.Str s && s.known() ? r.integer("ToPort") : null;
        return new dev.sagelint.model.SecurityGroup.Ingress(protocol, from, to,
                cidr == null ? null : cidr.text(), source == null ? null : id(source), r.location());
    }

    private void readVpc(String id) {
        List<Model> models = facts.stream().filter(Model.class::isInstance).map(Model.class::cast).toList();
        facts.add(network.vpc(id, Source.at(resourceKeys.get(id)), models));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private String id(Val.Str s) {
        return ResourceIndex.id(s);
    }

    private void rejectArn(Val.Str value, String field, String api) {
        DeployRejection r = DeployChecks.arnAsName(value, field, api, types);
        if (r != null) {
            facts.add(r);
        }
    }

    private String refOfType(Val v, String type) {
        return index.refOfType(v, type);
    }

    /** Every resource this one is bound to be created after: its references and DependsOn, transitively. */
    private Set<String> dependedOn(String from) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(dependencies.getOrDefault(from, Set.of()));
        while (!queue.isEmpty()) {
            String next = queue.pop();
            if (seen.add(next)) {
                queue.addAll(dependencies.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    /** The policy's own fields plus those of its configuration block, which rules point at. */
    private static Source merged(Props outer, Props inner, Location at) {
        Source o = outer.source();
        if (inner == null) {
            return o;
        }
        Source i = inner.source();
        Map<String, Location> fields = new LinkedHashMap<>(o.fields());
        fields.putAll(i.fields());
        Set<String> unknown = new LinkedHashSet<>(o.unknown());
        unknown.addAll(i.unknown());
        return new Source(at, fields, unknown);
    }
}
