package dev.sagelint.parse.cfn;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Container;
import dev.sagelint.model.DeployRejection;
import dev.sagelint.model.DeploymentConfig;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.FactField;
import dev.sagelint.model.InferenceComponent;
import dev.sagelint.model.InputOrigin;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.ManagedInstanceScaling;
import dev.sagelint.model.MetricQuery;
import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.SecurityGroup;
import dev.sagelint.model.ServerlessConfig;
import dev.sagelint.model.Setting;
import dev.sagelint.model.Source;
import dev.sagelint.model.StepAdjustment;
import dev.sagelint.model.Subnet;
import dev.sagelint.model.Suppression;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.model.Variant;
import dev.sagelint.parse.Ordering;
import dev.sagelint.parse.Ref;
import dev.sagelint.parse.ResourceIds;
import dev.sagelint.parse.aws.AwsShapes;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;
import dev.sagelint.parse.doc.Types;

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
    private final Map<String, DocReader> props = new LinkedHashMap<>();
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
            DocReader p = properties(id, properties);
            props.put(id, p);
            Set<String> deps = new LinkedHashSet<>(properties == null ? Set.of() : properties.refs());
            deps.addAll(dependsOn(r));
            deps.retainAll(resources.keySet());
            dependencies.put(id, deps);
            readSuppressions(r, id, resourceKeys.get(id).line(), Math.max(r.endLine(), r.location().line()));
        }
        for (var e : props.entrySet()) {
            String id = e.getKey();
            DocReader p = e.getValue();
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
            DocReader p = e.getValue();
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

    private DocReader sagelintMetadata(CfnNode.Obj owner) {
        CfnNode metadata = owner.get("Metadata");
        if (metadata == null) {
            return null;
        }
        if (CfnDoc.of(evaluator.eval(metadata)) instanceof Doc.Obj o && o.get("sagelint") instanceof Doc.Obj s) {
            return reader(s, "Metadata.sagelint");
        }
        return null;
    }

    private void readSuppressions(CfnNode.Obj owner, String where, int first, int last) {
        DocReader meta = sagelintMetadata(owner);
        if (meta == null) {
            return;
        }
        List<Doc> items = meta.items("suppress");
        if (items == null) {
            return;
        }
        for (Doc item : items) {
            String rule = null;
            String reason = null;
            if (item instanceof Doc.Scalar s) {
                rule = s.text().trim();
            } else if (item instanceof Doc.Obj o) {
                DocReader p = reader(o, "suppress item");
                rule = p.present("rule") ? p.text("rule") : p.text("id");
                reason = p.text("reason");
            }
            if (rule == null || !RULE_ID.matcher(rule).matches()) {
                problems.add(InputProblem.at(item.at(), "a suppression in " + where + " names "
                        + Types.seen(item) + "; write a rule id such as SL204, or {rule: SL204, reason: ...}"));
                continue;
            }
            facts.add(Suppression.of(rule, reason, item.at(), first, last));
        }
    }

    private TrafficProfile traffic(CfnNode.Obj owner) {
        DocReader meta = sagelintMetadata(owner);
        DocReader t = meta == null ? null : meta.obj("traffic");
        if (t == null) {
            return null;
        }
        String pattern = t.text("pattern", TrafficProfile.Field.PATTERN);
        TrafficProfile.Pattern p = null;
        if (pattern != null) {
            try {
                p = TrafficProfile.Pattern.valueOf(pattern.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                t.problem("pattern", "traffic pattern is '" + pattern
                        + "'; expected steady, spiky or predictable");
            }
        }
        return new TrafficProfile(p, t.number("peakRps", TrafficProfile.Field.PEAK_RPS),
                t.number("baselineRps", TrafficProfile.Field.BASELINE_RPS),
                t.bool("unpredictableBursts", TrafficProfile.Field.UNPREDICTABLE_BURSTS),
                t.text("peakHours", TrafficProfile.Field.PEAK_HOURS),
                t.number("instanceCapacityRps", TrafficProfile.Field.INSTANCE_CAPACITY_RPS), t.source());
    }

    // ---- SageMaker -------------------------------------------------------------------------

    private void readModel(String id, DocReader p) {
        String name = p.text(Model.Field.NAME);
        boolean s3 = false;
        List<DocReader> containers = new ArrayList<>();
        DocReader primary = p.obj(Model.Field.PRIMARY_CONTAINER);
        if (primary != null) {
            containers.add(primary);
        }
        List<Doc> more = p.items("Containers", Model.Field.CONTAINERS);
        if (more != null) {
            for (Doc c : more) {
                containers.add(reader(c, id + ".Containers item"));
            }
        }
        for (int i = 0; i < containers.size(); i++) {
            readContainer(id, i, containers.get(i));
        }
        for (DocReader c : containers) {
            Doc url = c.textNode(Container.Field.MODEL_DATA_URL);
            if (url != null || c.present("ModelDataSource")) {
                s3 = true;
            }
        }
        boolean inVpc = false;
        List<String> subnets = List.of();
        List<String> groups = List.of();
        DocReader vpc = p.obj(Model.Field.VPC);
        if (vpc == null && p.unknown("VpcConfig")) {
            p.unknownField(p.at("VpcConfig"), Model.Field.VPC, Model.Field.SUBNETS);
        } else if (vpc != null) {
            inVpc = true;
            List<Doc> subnetVals = vpc.textItems("Subnets", Model.Field.SUBNETS);
            subnets = subnetVals.stream().map(this::id).toList();
            groups = vpc.textItems("SecurityGroupIds", Model.Field.SECURITY_GROUPS).stream().map(this::id).toList();
            p.absorb(vpc);
            p.field(Model.Field.VPC, p.keyAt("VpcConfig"));
        }
        facts.add(new Model(id, name, inVpc, null, subnets, groups, s3,
                p.bool(Model.Field.NETWORK_ISOLATION), p.source()));
    }

    /** One container of a model: what SL608 and SL611 need (mode, data source, registry, environment). */
    private void readContainer(String modelId, int index, DocReader c) {
        String mode = c.text(Container.Field.MODE);
        boolean dataSource = c.present("ModelDataSource");
        if (dataSource) {
            c.field(Container.Field.MODEL_DATA_SOURCE, c.at("ModelDataSource"));
        }
        DocReader image = c.obj(Container.Field.IMAGE_CONFIG);
        String access = null;
        if (image != null) {
            access = image.text(Container.Field.REPOSITORY_ACCESS_MODE);
            c.field(Container.Field.REPOSITORY_ACCESS_MODE, image.at("RepositoryAccessMode"));
        }
        Map<String, String> environment = c.present("Environment") ? tags(c, "Environment",
                Container.Field.ENVIRONMENT) : Map.of();
        if (c.present("Environment")) {
            c.field(Container.Field.ENVIRONMENT, c.at("Environment"));
            if (c.obj().get("Environment") instanceof Doc.Obj env) {
                env.keys().forEach((k, at) -> c.entry(Container.Field.ENVIRONMENT, k,
                        at)); // rules point at the variable
            }
        }
        String imageUri = c.text(Container.Field.IMAGE);
        String dataUrl = c.text(Container.Field.MODEL_DATA_URL);
        facts.add(new dev.sagelint.model.Container(modelId + ".container" + index, modelId, index, mode, dataSource,
                access, environment, imageUri, dataUrl, c.source()));
    }

    private void readEndpointConfig(String id, DocReader p) {
        String name = p.text("EndpointConfigName", EndpointConfig.Field.NAME, EndpointConfig.Field.CONFIG_NAME);
        boolean async = p.present("AsyncInferenceConfig");
        if (p.unknown("AsyncInferenceConfig")) {
            p.unknownField(p.at("AsyncInferenceConfig"), EndpointConfig.Field.ASYNC,
                    EndpointConfig.Field.ASYNC);
        } else {
            p.obj(EndpointConfig.Field.ASYNC);
        }
        List<Doc> variants = p.items("ProductionVariants", EndpointConfig.Field.VARIANTS);
        List<Doc> shadows = p.items("ShadowProductionVariants", EndpointConfig.Field.SHADOW_VARIANTS);
        boolean capture = p.present("DataCaptureConfig");
        if (p.unknown("DataCaptureConfig")) {
            p.unknownField(p.at("DataCaptureConfig"), EndpointConfig.Field.DATA_CAPTURE);
        } else if (capture) {
            p.field(EndpointConfig.Field.DATA_CAPTURE, p.at("DataCaptureConfig"));
        }
        String role = p.text(EndpointConfig.Field.EXECUTION_ROLE_ARN);
        Map<String, String> tags = tags(p, "Tags", EndpointConfig.Field.TAGS);
        List<Setting> configSpot = spot(p);
        boolean variantsKnown = variants != null && !p.source().isUnknown("variants");
        String kms = p.text(EndpointConfig.Field.KMS_KEY_ID);
        facts.add(new EndpointConfig(id, name, p.present("EndpointConfigName"), async,
                variantsKnown ? variants.size() : null, shadows == null ? 0 : shadows.size(), role, capture,
                null, tags, kms, p.source()));
        readVariants(id, variants, false, configSpot);
        readVariants(id, shadows, true, List.of());
    }

    private void readVariants(String configId, List<Doc> variants, boolean shadow, List<Setting> configSpot) {
        if (variants == null) {
            return;
        }
        for (int i = 0; i < variants.size(); i++) {
            Doc v = variants.get(i);
            DocReader p = reader(v, (shadow ? "ShadowProductionVariants" : "ProductionVariants") + "[" + i + "]");
            List<String> pools = new ArrayList<>();
            List<Doc> poolVals = p.items("InstancePools", Variant.Field.INSTANCE_POOLS);
            if (poolVals != null) {
                for (Doc pool : poolVals) {
                    String t = reader(pool, "InstancePools item").text("InstanceType");
                    if (t != null) {
                        pools.add(t);
                    }
                }
            }
            ServerlessConfig serverless = AwsShapes.serverless(p);
            ManagedInstanceScaling managed = AwsShapes.managedScaling(p);
            // a config-level setting is reported once, on the first variant
            List<Setting> spot = new ArrayList<>(i == 0 ? configSpot : List.of());
            spot.addAll(spot(p));
            Doc variantName = p.placeholderNode("VariantName");
            if (variantName != null && !shadow) {
                facts.add(Ref.of(configId + ".variant" + i, Ref.Kind.VARIANT_NAME_AS_WRITTEN, Doc.text(variantName)));
            }
            Doc model = p.textNode(Variant.Field.MODEL_NAME);
            rejectArn(model, "ModelName of production variant " + i, "CreateEndpointConfig");
            String modelKey = model == null ? null : refOfType(model, "AWS::SageMaker::Model");
            facts.add(new Variant(configId + (shadow ? ".shadow" : ".variant") + i, configId,
                    p.text(Variant.Field.NAME), known(model),
                    p.text(Variant.Field.INSTANCE_TYPE), pools,
                    p.integer(Variant.Field.INITIAL_INSTANCE_COUNT), serverless, managed, spot,
                    shadow,
                    false, null, modelKey, p.integer(Variant.Field.VOLUME_SIZE_IN_GB),
                    p.integer(Variant.Field.CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT_IN_SECONDS),
                    p.integer(Variant.Field.MODEL_DATA_DOWNLOAD_TIMEOUT_IN_SECONDS),
                    p.source()));
            String parameter = p.present("InstanceType") ? evaluator.parameterAt(p.source().at("instanceType")) : null;
            if (parameter != null) {
                String variantKey = configId + (shadow ? ".shadow" : ".variant") + i;
                facts.add(new dev.sagelint.model.ParameterisedValue(variantKey + ".instanceType.input", variantKey,
                        "instanceType", "parameter " + parameter, dev.sagelint.model.Source.at(
                                p.source().at("instanceType"))));
            }
        }
    }

    private static List<Setting> spot(DocReader p) {
        List<Setting> out = new ArrayList<>();
        for (String key : p.keys()) {
            Doc v = p.obj().get(key);
            String lower = key.toLowerCase(Locale.ROOT);
            boolean spotValue = v instanceof Doc.Scalar s && s.text().equalsIgnoreCase("spot")
                    && (lower.contains("purchase") || lower.contains("market") || lower.contains("capacitytype"));
            if (lower.contains("spot") || spotValue) {
                out.add(new Setting(key, Doc.text(v) != null ? Doc.text(v) : Types.seen(v), v.at()));
            }
        }
        return out;
    }

    private void readEndpoint(String id, DocReader p) {
        Doc nameVal = p.textNode(Endpoint.Field.NAME);
        String name = known(nameVal);
        Doc configVal = p.textNode(Endpoint.Field.CONFIG_NAME);
        rejectArn(configVal, "EndpointConfigName", "CreateEndpoint");
        String configName = known(configVal);
        String configKey = configVal == null ? null : refOfType(configVal, "AWS::SageMaker::EndpointConfig");
        dev.sagelint.model.DeploymentConfig deployment = AwsShapes.deploymentConfig(p);
        Endpoint e = new Endpoint(id, name, configName, configKey, traffic(resources.get(id)), null,
                p.bool(Endpoint.Field.RETAIN_ALL_VARIANT_PROPERTIES),
                tags(p, "Tags", Endpoint.Field.TAGS), deployment,
                p.source());
        facts.add(e);
        if (nameVal != null) {
            facts.add(Ref.of(id, Ref.Kind.ENDPOINT_NAME_AS_WRITTEN, Doc.text(nameVal)));
        }
    }

    private void readComponent(String id, DocReader p) {
        Doc endpoint = p.placeholderNode("EndpointName", InferenceComponent.Field.ENDPOINT,
                InferenceComponent.Field.ENDPOINT);
        rejectArn(endpoint, "EndpointName", "CreateInferenceComponent");
        DocReader spec = p.obj(InferenceComponent.Field.SPECIFICATION);
        String artifact = null;
        Double accelerators = null;
        if (spec != null) {
            DocReader compute = spec.obj("ComputeResourceRequirements");
            if (compute != null) {
                accelerators = compute.number("NumberOfAcceleratorDevicesRequired");
                if (compute.present("NumberOfAcceleratorDevicesRequired")) {
                    p.field(InferenceComponent.Field.NUMBER_OF_ACCELERATOR_DEVICES_REQUIRED,
                            compute.at("NumberOfAcceleratorDevicesRequired"));
                }
            }
            DocReader container = spec.obj("Container");
            if (container != null) {
                artifact = container.text("ArtifactUrl");
                p.field(container.present("ArtifactUrl") ? InferenceComponent.Field.ARTIFACT_URL
                        : InferenceComponent.Field.SPECIFICATION, container.at("ArtifactUrl"));
            }
        }
        DocReader runtime = p.obj(InferenceComponent.Field.RUNTIME_CONFIG);
        Integer copies = null;
        if (runtime != null) {
            copies = runtime.integer("CopyCount");
            if (runtime.present("CopyCount")) {
                p.field(InferenceComponent.Field.COPY_COUNT, runtime.at("CopyCount"));
            }
        }
        String endpointKey = endpoint == null ? null : refOfType(endpoint, "AWS::SageMaker::Endpoint");
        facts.add(new InferenceComponent(id, p.text(InferenceComponent.Field.NAME),
                known(endpoint), p.text("VariantName", InferenceComponent.Field.VARIANT,
                InferenceComponent.Field.VARIANT), copies, artifact, endpointKey, accelerators, p.source()));
        if (endpoint != null && endpointKey == null) {
            facts.add(Ref.of(id, Ref.Kind.ENDPOINT_BY_NAME, Doc.text(endpoint)));
        }
    }

    // ---- Application Auto Scaling ----------------------------------------------------------

    private void readTarget(String id, DocReader p) {
        Doc resourceId = p.placeholderNode(ScalableTarget.Field.RESOURCE_ID);
        String dimension = p.text(ScalableTarget.Field.DIMENSION);
        String namespace = p.text(ScalableTarget.Field.NAMESPACE);
        Integer min = p.integer(ScalableTarget.Field.MIN_CAPACITY);
        Integer max = p.integer(ScalableTarget.Field.MAX_CAPACITY);
        DocReader suspended = p.obj(ScalableTarget.Field.SUSPENDED);
        Boolean in = null;
        Boolean out = null;
        Boolean scheduled = null;
        if (suspended != null) {
            in = suspended.bool("DynamicScalingInSuspended");
            out = suspended.bool("DynamicScalingOutSuspended");
            scheduled = suspended.bool("ScheduledScalingSuspended");
            for (var f : Map.of("DynamicScalingInSuspended", ScalableTarget.Field.SCALE_IN_SUSPENDED,
                    "DynamicScalingOutSuspended", ScalableTarget.Field.SCALE_OUT_SUSPENDED,
                    "ScheduledScalingSuspended", ScalableTarget.Field.SCHEDULED_SUSPENDED).entrySet()) {
                if (suspended.has(f.getKey())) {
                    p.field(f.getValue(), suspended.at(f.getKey()));
                }
            }
        }
        String text = Doc.text(resourceId);
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
        List<Doc> actions = p.items("ScheduledActions", ScalableTarget.Field.SCHEDULED_ACTIONS);
        if (actions != null) {
            for (int i = 0; i < actions.size(); i++) {
                Doc a = actions.get(i);
                DocReader s = reader(a, "ScheduledActions[" + i + "]");
                DocReader action = s.obj(ScheduledAction.Field.SCALABLE_TARGET_ACTION);
                Integer amin = null;
                Integer amax = null;
                if (action != null) {
                    amin = action.integer(ScheduledAction.Field.MIN_CAPACITY);
                    amax = action.integer(ScheduledAction.Field.MAX_CAPACITY);
                    s.absorb(action);
                }
                facts.add(new ScheduledAction(id + ".scheduled" + i, id,
                        s.text(ScheduledAction.Field.NAME),
                        s.text(ScheduledAction.Field.SCHEDULE),
                        s.text(ScheduledAction.Field.TIMEZONE), amin, amax, s.source()));
            }
        }
    }

    private void readPolicy(String id, DocReader p) {
        String targetKey = null;
        Doc targetRef = p.placeholderNode("ScalingTargetId", ScalingPolicy.Field.TARGET_KEY,
                ScalingPolicy.Field.TARGET_KEY);
        if (targetRef != null) {
            targetKey = refOfType(targetRef, "AWS::ApplicationAutoScaling::ScalableTarget");
        }
        Doc resourceId = p.placeholderNode(ScalingPolicy.Field.RESOURCE_ID);
        p.text(ScalableTarget.Field.DIMENSION);
        p.text(ScalableTarget.Field.NAMESPACE);
        String name = p.text(ScalingPolicy.Field.NAME);
        String type = p.text(ScalingPolicy.Field.POLICY_TYPE);
        DocReader tt = p.obj(ScalingPolicy.Field.TARGET_TRACKING);
        DocReader step = p.obj(ScalingPolicy.Field.STEP_SCALING);
        Double targetValue = null;
        String predefined = null;
        MetricSpec custom = null;
        Integer scaleIn = null;
        Integer scaleOut = null;
        Boolean disableScaleIn = null;
        if (tt != null) {
            targetValue = tt.number(ScalingPolicy.Field.TARGET_VALUE);
            DocReader pre = tt.obj("PredefinedMetricSpecification", ScalingPolicy.Field.PREDEFINED_METRIC);
            if (pre != null) {
                predefined = pre.text(ScalingPolicy.Field.PREDEFINED_METRIC);
                tt.field(ScalingPolicy.Field.PREDEFINED_METRIC, pre.at("PredefinedMetricType"));
            }
            DocReader cm = tt.obj(ScalingPolicy.Field.CUSTOM_METRIC);
            if (cm != null) {
                custom = metric(cm);
            }
            if (pre != null && cm != null) {
                facts.add(DeployRejection.at(tt.keyAt("CustomizedMetricSpecification"), "policy " + id + " has both"
                        + " PredefinedMetricSpecification and CustomizedMetricSpecification: Application Auto"
                        + " Scaling takes exactly one and rejects PutScalingPolicy with a ValidationException;"
                        + " keep the one this policy should track"));
            }
            scaleIn = tt.integer(ScalingPolicy.Field.SCALE_IN_COOLDOWN);
            scaleOut = tt.integer(ScalingPolicy.Field.SCALE_OUT_COOLDOWN);
            disableScaleIn = tt.bool(ScalingPolicy.Field.DISABLE_SCALE_IN);
        }
        String adjustmentType = null;
        Integer cooldown = null;
        String aggregation = null;
        Integer magnitude = null;
        List<StepAdjustment> steps = new ArrayList<>();
        if (step != null) {
            adjustmentType = step.text(ScalingPolicy.Field.ADJUSTMENT_TYPE);
            cooldown = step.integer(ScalingPolicy.Field.COOLDOWN);
            aggregation = step.text(ScalingPolicy.Field.METRIC_AGGREGATION_TYPE);
            magnitude = step.integer(ScalingPolicy.Field.MIN_ADJUSTMENT_MAGNITUDE);
            List<Doc> items = step.items("StepAdjustments", ScalingPolicy.Field.STEP_ADJUSTMENTS);
            if (items != null) {
                for (Doc item : items) {
                    DocReader s = reader(item, "StepAdjustments item");
                    steps.add(new StepAdjustment(s.number("MetricIntervalLowerBound"),
                            s.number("MetricIntervalUpperBound"), s.integer("ScalingAdjustment"), s.location()));
                }
            }
        }
        if (p.unknown("TargetTrackingScalingPolicyConfiguration")) {
            p.unknownField(p.at("TargetTrackingScalingPolicyConfiguration"), ScalingPolicy.Field.TARGET_VALUE,
                    ScalingPolicy.Field.PREDEFINED_METRIC, ScalingPolicy.Field.CUSTOM_METRIC,
                    ScalingPolicy.Field.SCALE_IN_COOLDOWN, ScalingPolicy.Field.SCALE_OUT_COOLDOWN,
                    ScalingPolicy.Field.DISABLE_SCALE_IN);
        }
        if (p.unknown("StepScalingPolicyConfiguration")) {
            p.unknownField(p.at("StepScalingPolicyConfiguration"), ScalingPolicy.Field.ADJUSTMENT_TYPE,
                    ScalingPolicy.Field.COOLDOWN, ScalingPolicy.Field.METRIC_AGGREGATION_TYPE,
                    ScalingPolicy.Field.MIN_ADJUSTMENT_MAGNITUDE, ScalingPolicy.Field.STEP_ADJUSTMENTS);
        }
        Location configAt = tt != null ? p.keyAt("TargetTrackingScalingPolicyConfiguration")
                : step != null ? p.keyAt("StepScalingPolicyConfiguration") : p.location();
        Source source = AwsShapes.merged(configAt, p, tt != null ? tt : step);
        facts.add(new ScalingPolicy(id, targetKey, name, type, targetValue, predefined, custom, scaleIn, scaleOut,
                disableScaleIn, adjustmentType, cooldown, aggregation, magnitude, steps, resourceId != null,
                Doc.text(resourceId), source));
    }

    private MetricSpec metric(DocReader m) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        List<Doc> dims = m.items("Dimensions", MetricSpec.Field.DIMENSIONS);
        if (dims != null) {
            for (Doc d : dims) {
                DocReader dp = reader(d, "Dimensions item");
                Doc dn = dp.textNode("Name");
                Doc dv = dp.textNode("Value");
                if (dn instanceof Doc.Scalar name) {
                    dimensions.put(name.text(), Doc.text(dv));
                }
            }
        }
        dimensions.values().removeIf(Objects::isNull);
        List<dev.sagelint.model.MetricQuery> queries = new ArrayList<>();
        List<Doc> math = m.items("Metrics", MetricSpec.Field.METRICS);
        if (math != null) {
            for (Doc item : math) {
                DocReader q = reader(item, "Metrics item");
                queries.add(new dev.sagelint.model.MetricQuery(q.text(MetricQuery.Field.ID),
                        q.text(MetricQuery.Field.EXPRESSION),
                        q.bool(MetricQuery.Field.RETURN_DATA), q.present("MetricStat"), q.source()));
            }
        }
        return new MetricSpec(m.text(MetricSpec.Field.NAMESPACE),
                m.text(MetricSpec.Field.NAME), dimensions,
                m.text(MetricSpec.Field.STATISTIC), queries, m.source());
    }

    private void readAlarm(String id, DocReader p) {
        List<String> policyKeys = new ArrayList<>();
        for (Doc action : p.textItems("AlarmActions", Alarm.Field.ALARM_ACTIONS)) {
            String key = refOfType(action, "AWS::ApplicationAutoScaling::ScalingPolicy");
            if (key != null && !policyKeys.contains(key)) {
                policyKeys.add(key);
            }
        }
        MetricSpec metric = metric(p);
        String band = p.text(Alarm.Field.THRESHOLD_METRIC_ID);
        if (metric.name() == null && metric.namespace() == null) {
            MetricSpec watched = watchedMetric(p, band, metric.queries());
            metric = watched != null ? watched : metric;
        }
        facts.add(new Alarm(id, p.text(Alarm.Field.NAME), metric,
                p.number(Alarm.Field.THRESHOLD),
                policyKeys, band, p.source()));
    }

    /**
     * The metric an alarm on metric math ({@code Metrics}) watches, when that is decidable: the one entry that
     * returns data (ReturnData true or not written; for an anomaly-detection alarm, not the ThresholdMetricId band)
     * is a {@code MetricStat}, whose Namespace, MetricName, Dimensions and Stat the metric rules then read, as for
     * Terraform's metric_query. Null for an expression, several candidates, or a ReturnData only known at deploy.
     */
    private MetricSpec watchedMetric(DocReader alarm, String band, List<dev.sagelint.model.MetricQuery> queries) {
        List<Doc> math = alarm.items("Metrics", MetricSpec.Field.METRICS);
        if (math == null) {
            return null;
        }
        DocReader returned = null;
        int returning = 0;
        for (Doc item : math) {
            DocReader q = reader(item, "Metrics item");
            if (q.unknown("ReturnData")) {
                return null;
            }
            String queryId = q.text(MetricQuery.Field.ID);
            if (!Boolean.FALSE.equals(q.bool(MetricQuery.Field.RETURN_DATA))
                    && (band == null || !band.equals(queryId))) {
                returning++;
                returned = q;
            }
        }
        DocReader stat = returning == 1 ? returned.obj("MetricStat") : null;
        DocReader watched = stat == null ? null : stat.obj("Metric");
        if (watched == null) {
            return null;
        }
        MetricSpec m = metric(watched);
        return new MetricSpec(m.namespace(), m.name(), m.dimensions(), stat.text("Stat", MetricSpec.Field.STATISTIC),
                queries,
                AwsShapes.merged(watched.source().location(), watched, stat));
    }

    // ---- network ---------------------------------------------------------------------------

    private void readVpcEndpoint(String id, DocReader p) {
        facts.add(network.vpcEndpoint(id, p));
    }

    private void readSubnet(String id, DocReader p) {
        Doc vpc = p.textNode(Subnet.Field.VPC);
        String az = p.text(Subnet.Field.AVAILABILITY_ZONE);
        if (az == null && p.present("AvailabilityZoneId")) {
            az = p.text("AvailabilityZoneId", Subnet.Field.AVAILABILITY_ZONE);
        }
        facts.add(new dev.sagelint.model.Subnet("subnet:" + id, id, vpc == null ? null : id(vpc), az,
                List.copyOf(network.tablesOf(id)), p.source()));
        String templateVpc = network.vpcOfSubnet(id);
        if (templateVpc != null) {
            facts.add(Ref.of(id, Ref.Kind.SUBNET_VPC, templateVpc));
        }
    }

    /** A security group with its inline ingress and the AWS::EC2::SecurityGroupIngress resources that name it. */
    private void readSecurityGroup(String id, DocReader p) {
        Doc vpc = p.textNode(SecurityGroup.Field.VPC);
        List<dev.sagelint.model.SecurityGroup.Ingress> ingress = new ArrayList<>();
        boolean known = !p.unknown("SecurityGroupIngress");
        List<Doc> inline = p.items("SecurityGroupIngress", SecurityGroup.Field.INGRESS);
        if (inline != null) {
            for (Doc r : inline) {
                if (r instanceof Doc.Obj) {
                    ingress.add(ingressOf(reader(r, id + ".SecurityGroupIngress item")));
                } else {
                    known = false;
                }
            }
        }
        for (var e : types.entrySet()) {
            if (e.getValue().equals("AWS::EC2::SecurityGroupIngress") && props.containsKey(e.getKey())) {
                DocReader r = props.get(e.getKey());
                Doc group = r.obj().get("GroupId") != null ? r.obj().get("GroupId") : r.obj().get("GroupName");
                if (group != null && id.equals(refOfType(group, "AWS::EC2::SecurityGroup"))) {
                    ingress.add(ingressOf(r));
                }
            }
        }
        facts.add(new dev.sagelint.model.SecurityGroup("sg:" + id, id, vpc == null ? null : id(vpc), ingress, known,
                p.source()));
    }

    private dev.sagelint.model.SecurityGroup.Ingress ingressOf(DocReader r) {
        Doc cidr = r.textNode("CidrIp");
        if (cidr == null) {
            cidr = r.textNode("CidrIpv6");
        }
        Doc source = r.textNode("SourceSecurityGroupId");
        String protocol = r.obj().get("IpProtocol") instanceof Doc.Scalar s ? s.text() : null;
        Integer from = r.obj().get("FromPort") instanceof Doc.Scalar ? r.integer("FromPort") : null;
        Integer to = r.obj().get("ToPort") instanceof Doc.Scalar ? r.integer("ToPort") : null;
        return new dev.sagelint.model.SecurityGroup.Ingress(protocol, from, to,
                Doc.text(cidr), source == null ? null : id(source), r.location());
    }

    private void readVpc(String id) {
        List<Model> models = facts.stream().filter(Model.class::isInstance).map(Model.class::cast).toList();
        facts.add(network.vpc(id, Source.at(resourceKeys.get(id)), models));
    }

    // ---- helpers ---------------------------------------------------------------------------

    /**
     * A resource's evaluated Properties, placed at its logical id; empty when absent, removed ({@code AWS::NoValue})
     * or not a mapping (reported, unless it is known only at deploy time).
     */
    private DocReader properties(String id, Val properties) {
        Location at = resourceKeys.get(id);
        String where = id + ".Properties";
        Doc d = properties == null || properties instanceof Val.NoValue ? null : CfnDoc.of(properties);
        if (d instanceof Doc.Obj o) {
            return reader(new Doc.Obj(o.members(), o.keys(), at, o.endLine()), where);
        }
        if (d != null) {
            reader(d, where);
        }
        return reader(new Doc.Obj(Map.of(), Map.of(), at, at.line()), where);
    }

    /** A reader of a value that must be a mapping (reported when it is not). */
    private DocReader reader(Doc v, String where) {
        return DocReader.of(v, where, DocReader.CLOUDFORMATION, problems);
    }

    /** The text of a string known at deploy time, else null. */
    private static String known(Doc v) {
        return v instanceof Doc.Scalar s ? s.text() : null;
    }

    /**
     * Tags (and a container's Environment) as CloudFormation writes them: a list of {Key, Value} or a mapping; values
     * known only at deploy time are left out (an unknown stage must not read as "not production").
     */
    private static Map<String, String> tags(DocReader p, String key, FactField field) {
        Map<String, String> out = new LinkedHashMap<>();
        Doc v = p.node(key);
        if (v == null) {
            return out;
        }
        if (v instanceof Doc.Unknown) {
            p.unknownField(v.at(), field);
        } else {
            p.field(field, v.at());
        }
        if (v instanceof Doc.Arr l) {
            for (Doc item : l.items()) {
                if (item instanceof Doc.Obj o && o.get("Key") instanceof Doc.Scalar k
                        && o.get("Value") instanceof Doc.Scalar val) {
                    out.put(k.text(), val.text());
                }
            }
        } else if (v instanceof Doc.Obj o) {
            o.members().forEach((k, x) -> {
                if (x instanceof Doc.Scalar val) {
                    out.put(k, val.text());
                }
            });
        }
        return out;
    }

    private String id(Doc s) {
        return ResourceIndex.id(s);
    }

    private void rejectArn(Doc value, String field, String api) {
        DeployRejection r = DeployChecks.arnAsName(value, field, api, types);
        if (r != null) {
            facts.add(r);
        }
    }

    private String refOfType(Doc v, String type) {
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
}

