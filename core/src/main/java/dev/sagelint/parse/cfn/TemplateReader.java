package dev.sagelint.parse.cfn;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Container;
import dev.sagelint.model.DeployRejection;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InferenceComponent;
import dev.sagelint.model.InputOrigin;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.SecurityGroup;
import dev.sagelint.model.Setting;
import dev.sagelint.model.Source;
import dev.sagelint.model.Subnet;
import dev.sagelint.model.Suppression;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.parse.Ordering;
import dev.sagelint.parse.Ref;
import dev.sagelint.parse.aws.AwsNetwork;
import dev.sagelint.parse.aws.AwsScaling;
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
        List<dev.sagelint.model.Container> containers = new ArrayList<>();
        Model model = AwsShapes.model(id, p, containers);
        facts.addAll(containers);
        facts.add(model);
    }

    private void readEndpointConfig(String id, DocReader p) {
        AwsShapes.Config c = AwsShapes.endpointConfig(id, p);
        facts.add(c.config());
        readVariants(id, c.variants(), false, c.spot());
        readVariants(id, c.shadows(), true, List.of());
    }

    private void readVariants(String configId, List<Doc> variants, boolean shadow, List<Setting> configSpot) {
        for (int i = 0; i < variants.size(); i++) {
            String key = configId + (shadow ? ".shadow" : ".variant") + i;
            DocReader p = reader(variants.get(i), (shadow ? "ShadowProductionVariants" : "ProductionVariants")
                    + "[" + i + "]");
            Doc variantName = p.placeholderNode("VariantName");
            if (variantName != null && !shadow) {
                facts.add(Ref.of(key, Ref.Kind.VARIANT_NAME_AS_WRITTEN, Doc.text(variantName)));
            }
            // a config-level setting is reported once, on the first variant
            facts.add(AwsShapes.variant(key, configId, p, shadow, i == 0 ? configSpot : List.of(), index::refOfType));
            rejectArn(p.textNode("ModelName"), "ModelName of production variant " + i, "CreateEndpointConfig");
            String parameter = p.present("InstanceType") ? evaluator.parameterAt(p.source().at("instanceType")) : null;
            if (parameter != null) {
                facts.add(new dev.sagelint.model.ParameterisedValue(key + ".instanceType.input", key,
                        "instanceType", "parameter " + parameter, Source.at(p.source().at("instanceType"))));
            }
        }
    }

    private void readEndpoint(String id, DocReader p) {
        Endpoint e = AwsShapes.endpoint(id, p, index::refOfType, tags -> traffic(resources.get(id)));
        rejectArn(p.textNode("EndpointConfigName"), "EndpointConfigName", "CreateEndpoint");
        facts.add(e);
        Doc written = p.textNode("EndpointName"); // read again, as written, for the Linker
        if (written != null) {
            facts.add(Ref.of(id, Ref.Kind.ENDPOINT_NAME_AS_WRITTEN, Doc.text(written)));
        }
    }

    private void readComponent(String id, DocReader p) {
        InferenceComponent c = AwsShapes.component(id, p, index::refOfType);
        Doc endpoint = p.placeholderNode("EndpointName");
        rejectArn(endpoint, "EndpointName", "CreateInferenceComponent");
        facts.add(c);
        if (endpoint != null && c.endpointKey() == null) {
            facts.add(Ref.of(id, Ref.Kind.ENDPOINT_BY_NAME, Doc.text(endpoint)));
        }
    }

    // ---- Application Auto Scaling ----------------------------------------------------------

    private void readTarget(String id, DocReader p) {
        ScalableTarget target = AwsScaling.target(id, p, index::refOfType);
        facts.add(target);
        if (target.resourceId() != null) {
            facts.add(new Ordering(id, dependedOn(id), Source.at(p.obj().get("ResourceId").at())));
        }
        List<Doc> actions = p.items("ScheduledActions", ScalableTarget.Field.SCHEDULED_ACTIONS);
        for (int i = 0; actions != null && i < actions.size(); i++) {
            facts.add(AwsScaling.scheduledAction(id + ".scheduled" + i, id,
                    reader(actions.get(i), "ScheduledActions[" + i + "]")));
        }
    }

    private void readPolicy(String id, DocReader p) {
        facts.add(AwsScaling.policy(id, p, index::refOfType, null, facts));
    }

    private void readAlarm(String id, DocReader p) {
        facts.add(AwsScaling.alarm(id, p, index::refOfType, new ArrayList<>(), null));
    }

    // ---- network ---------------------------------------------------------------------------

    private void readVpcEndpoint(String id, DocReader p) {
        facts.add(AwsNetwork.vpcEndpoint(id, p));
    }

    private void readSubnet(String id, DocReader p) {
        facts.add(AwsNetwork.subnet("subnet:" + id, id, p, List.copyOf(network.tablesOf(id))));
        String templateVpc = network.vpcOfSubnet(id);
        if (templateVpc != null) {
            facts.add(Ref.of(id, Ref.Kind.SUBNET_VPC, templateVpc));
        }
    }

    /** A security group with its inline ingress and the AWS::EC2::SecurityGroupIngress resources that name it. */
    private void readSecurityGroup(String id, DocReader p) {
        String vpc = AwsNetwork.id(p, SecurityGroup.Field.VPC);
        List<dev.sagelint.model.SecurityGroup.Ingress> ingress = new ArrayList<>();
        boolean known = !p.unknown("SecurityGroupIngress");
        List<Doc> inline = p.items("SecurityGroupIngress", SecurityGroup.Field.INGRESS);
        if (inline != null) {
            for (Doc r : inline) {
                if (r instanceof Doc.Obj) {
                    ingress.addAll(AwsNetwork.ingress(reader(r, id + ".SecurityGroupIngress item")));
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
                    ingress.addAll(AwsNetwork.ingress(r));
                }
            }
        }
        facts.add(new dev.sagelint.model.SecurityGroup("sg:" + id, id, vpc, ingress, known,
                p.source()));
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

