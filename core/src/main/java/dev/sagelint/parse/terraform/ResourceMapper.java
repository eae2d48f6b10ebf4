package dev.sagelint.parse.terraform;

import dev.sagelint.model.Container;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.Setting;
import dev.sagelint.model.SecurityGroup;
import dev.sagelint.model.Subnet;
import dev.sagelint.model.TerraformEndpointConfig;
import dev.sagelint.model.TerraformLifecycle;
import dev.sagelint.model.TerraformScalingPolicy;
import dev.sagelint.model.Vpc;
import dev.sagelint.parse.Ref;
import dev.sagelint.parse.aws.AwsNetwork;
import dev.sagelint.parse.aws.AwsScaling;
import dev.sagelint.parse.aws.AwsShapes;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps the resource instances of one Terraform configuration (root module and followed local modules)
 * to model facts. References between resources become links (keys) directly.
 */
final class ResourceMapper {

    private final Evaluator ev;
    private final List<InputProblem> problems;
    private final Map<String, Instance> byAddress = new LinkedHashMap<>();
    private final Map<String, String> keyOf = new LinkedHashMap<>();
    private final List<Instance> all = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    ResourceMapper(Evaluator ev, List<Module> modules, List<InputProblem> problems) {
        this.ev = ev;
        this.problems = problems;
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Module m : modules) {
            for (Module.Decl d : m.resources) {
                note(m, d);
                for (Instance inst : ev.instances(m, d)) {
                    String key = inst.address();
                    if (!used.add(key)) {
                        key = key + "@" + d.path() + ":" + d.block().pos().line();
                        used.add(key);
                    }
                    byAddress.putIfAbsent(inst.address(), inst);
                    keyOf.putIfAbsent(inst.address(), key);
                    all.add(inst);
                    keys.put(inst, key);
                }
            }
        }
    }

    private final Map<Instance, String> keys = new java.util.IdentityHashMap<>();

    /** The resource types read into facts: only for these is an unexpanded count / for_each worth a note. */
    static final Set<String> READ_TYPES = Set.of("aws_sagemaker_model", "aws_sagemaker_endpoint_configuration",
            "aws_sagemaker_endpoint", "aws_sagemaker_inference_component", "aws_appautoscaling_target",
            "aws_appautoscaling_policy", "aws_appautoscaling_scheduled_action", "aws_cloudwatch_metric_alarm",
            "aws_vpc_endpoint");

    /** SL004 for a read resource whose count / for_each was not expanded as written: silence would be a claim. */
    private void note(Module m, Module.Decl d) {
        if (!READ_TYPES.contains(d.type())) {
            return;
        }
        Evaluator.Expansion x = ev.expansion(m, d);
        if (x != null) {
            Hcl.Pos pos = x.attribute().pos();
            facts.add(dev.sagelint.model.InputNote.at(new Location(d.path(), pos.line(), pos.column()),
                    ExpansionNotes.message(m.prefix + d.type() + "." + d.name(), false, x)));
        }
    }

    List<Fact> map() {
        for (Instance inst : all) {
            String key = keys.get(inst);
            switch (inst.decl().type()) {
                case "aws_sagemaker_model" -> model(key, adapt(inst));
                case "aws_sagemaker_endpoint_configuration" -> endpointConfig(key, adapt(inst));
                case "aws_sagemaker_endpoint" -> endpoint(key, adapt(inst));
                case "aws_sagemaker_inference_component" -> component(key, adapt(inst));
                case "aws_appautoscaling_target" -> target(key, adapt(inst));
                case "aws_appautoscaling_policy" -> policy(key, adapt(inst));
                case "aws_appautoscaling_scheduled_action" -> scheduled(key, adapt(inst));
                case "aws_cloudwatch_metric_alarm" -> alarm(key, adapt(inst));
                case "aws_vpc_endpoint" -> vpcEndpoint(key, adapt(inst));
                case "aws_subnet" -> subnet(key, inst, adapt(inst));
                case "aws_security_group" -> securityGroup(key, inst, adapt(inst));
                case "aws_vpc" -> {
                    Hcl.Pos pos = inst.decl().block().pos();
                    facts.add(new Vpc(key, inst.address(), natGateway(), dev.sagelint.model.Source.at(
                            new Location(inst.decl().path(), pos.line(), pos.column()))));
                }
                default -> {
                    // subnets, route tables and NAT gateways are read through references only
                }
            }
        }
        return facts;
    }

    private BlockDoc adapt(Instance inst) {
        return BlockDoc.of(inst, ev, problems);
    }

    /** The adapted body of an instance read through references (each read by many others: adapted once). */
    private BlockDoc referenced(Instance inst) {
        return referenced.computeIfAbsent(inst, this::adapt);
    }

    private final Map<Instance, BlockDoc> referenced = new java.util.IdentityHashMap<>();

    /** The key of the first referenced instance of a resource type. */
    /** The Terraform resource types of the CloudFormation types the AWS shapes name references by. */
    private static final Map<String, String> TERRAFORM_TYPES = Map.of(AwsScaling.ENDPOINT, "aws_sagemaker_endpoint",
            AwsScaling.COMPONENT, "aws_sagemaker_inference_component", AwsScaling.TARGET, "aws_appautoscaling_target",
            AwsScaling.POLICY, "aws_appautoscaling_policy", AwsShapes.MODEL, "aws_sagemaker_model",
            AwsShapes.ENDPOINT_CONFIG, "aws_sagemaker_endpoint_configuration");

    /** How a value of this block references another resource: the instance of that type its expression reaches. */
    private AwsScaling.References references(BlockDoc v) {
        return new AwsScaling.References() {
            @Override
            public String of(Doc value, String type) {
                return link(v.refsAt(value.at()), TERRAFORM_TYPES.get(type));
            }

            @Override
            public List<String> all(Doc value, String type) {
                return links(v.refsAt(value.at()), TERRAFORM_TYPES.get(type));
            }
        };
    }

    private String link(Set<String> touched, String type) {
        for (String address : touched) {
            if (type.equals(typeOf(address))) {
                return keyOf.get(address);
            }
        }
        return null;
    }

    private List<String> links(Set<String> touched, String type) {
        return touched.stream().filter(a -> type.equals(typeOf(a))).map(keyOf::get).filter(Objects::nonNull)
                .distinct().toList();
    }

    static String typeOf(String address) {
        String a = address;
        while (a.startsWith("module.")) {
            int dot = a.indexOf('.', "module.".length());
            if (dot < 0) {
                return null;
            }
            a = a.substring(dot + 1);
        }
        int dot = a.indexOf('.');
        return dot < 0 ? null : a.substring(0, dot);
    }

    // ------------------------------------------------------------------ SageMaker

    private void model(String key, BlockDoc v) {
        List<Container> containers = new ArrayList<>();
        Model model = AwsShapes.model(key, v.reader(), containers);
        facts.addAll(containers);
        facts.add(model);
        lifecycle(key, "aws_sagemaker_model", v);
    }

    /** The name and lifecycle of a SageMaker resource, for the rules on its replacement (SL709-SL711). */
    private void lifecycle(String key, String type, BlockDoc v) {
        DocReader f = v.reader();
        String name = f.text(TerraformLifecycle.Field.NAME);
        BlockDoc lifecycle = v.block("lifecycle");
        Boolean cbd = null;
        boolean triggered = false;
        List<String> triggers = List.of();
        if (lifecycle != null) {
            f.field(TerraformLifecycle.Field.LIFECYCLE, lifecycle.location());
            cbd = f.on(lifecycle.doc()).bool(TerraformLifecycle.Field.CREATE_BEFORE_DESTROY);
            triggered = lifecycle.has("replace_triggered_by");
            if (triggered) {
                f.field(TerraformLifecycle.Field.REPLACE_TRIGGERED_BY, lifecycle.at("replace_triggered_by"));
                // a whole resource (aws_sagemaker_model.this) evaluates to an unknown named by its address
                List<String> addresses = new ArrayList<>(lifecycle.refs("replace_triggered_by"));
                if (lifecycle.value("replace_triggered_by") instanceof Doc.Arr items) {
                    items.items().stream().filter(i -> i instanceof Doc.Unknown u && u.text() == null)
                            .map(u -> ((Doc.Unknown) u).why()).forEach(addresses::add);
                }
                triggers = addresses.stream().map(keyOf::get).filter(Objects::nonNull).distinct().toList();
            }
        }
        facts.add(new dev.sagelint.model.TerraformLifecycle(key + ".lifecycle", key, type, name, v.has("name"),
                v.literal("name"), cbd, triggered, triggers, f.source()));
    }

    private void endpointConfig(String key, BlockDoc v) {
        DocReader f = v.reader();
        boolean prefix = v.has("name_prefix");
        if (prefix) {
            f.field(EndpointConfig.Field.NAME_PREFIX, v.at("name_prefix"));
        }
        AwsShapes.Config c = AwsShapes.endpointConfig(key, f);
        facts.add(c.config());
        List<BlockDoc> variants = v.blocks("production_variants");
        for (int i = 0; i < variants.size(); i++) {
            // a config-level setting is reported once, on the first variant
            variant(key + ".production_variants[" + i + "]", key, variants.get(i), false,
                    i == 0 ? c.spot() : List.of());
        }
        List<BlockDoc> shadows = v.blocks("shadow_production_variants");
        for (int i = 0; i < shadows.size(); i++) {
            variant(key + ".shadow_production_variants[" + i + "]", key, shadows.get(i), true, List.of());
        }
        DocReader tf = v.reader();
        boolean fixedName = v.has("name");
        if (fixedName) {
            tf.field(EndpointConfig.Field.NAME, v.at("name"));
        }
        if (prefix) {
            tf.field(EndpointConfig.Field.NAME_PREFIX, v.at("name_prefix"));
        }
        BlockDoc lifecycle = v.block("lifecycle");
        Boolean cbd = null;
        if (lifecycle != null) {
            tf.field(TerraformEndpointConfig.Field.LIFECYCLE, lifecycle.location());
            cbd = tf.on(lifecycle.doc()).bool(TerraformEndpointConfig.Field.CREATE_BEFORE_DESTROY);
        }
        facts.add(new TerraformEndpointConfig(key + ".terraform", key, c.config().name(), fixedName, prefix, cbd,
                tf.source()));
        lifecycle(key, "aws_sagemaker_endpoint_configuration", v);
    }

    private void variant(String key, String configKey, BlockDoc v, boolean shadow, List<Setting> configSpot) {
        rejectArn(v, "model_name", "CreateEndpointConfig", "name");
        facts.add(AwsShapes.variant(key, configKey, v.reader(), shadow, configSpot, references(v)));
        String variable = v.variable("instance_type");
        if (variable != null) {
            facts.add(new dev.sagelint.model.ParameterisedValue(key + ".instanceType.input", key, "instanceType",
                    "variable " + variable, dev.sagelint.model.Source.at(v.at("instance_type"))));
        }
    }

    /** {@code aws_sagemaker_endpoint_configuration.c.arn}: the ARN attribute of a SageMaker resource. */
    private static final java.util.regex.Pattern ARN_ATTRIBUTE = java.util.regex.Pattern.compile(
            "(?:module\\.[\\w-]+(?:\\[[^]]*])?\\.)*(aws_sagemaker_\\w+)\\.([\\w-]+)(?:\\[[^]]*])?\\.arn");

    /**
     * SL006: a SageMaker name field given an ARN, the resource's {@code .arn} attribute or a literal {@code arn:...};
     * the API accepts only a name (letters, digits and hyphens).
     */
    private void rejectArn(BlockDoc v, String field, String api, String attribute) {
        Doc value = v.value(field);
        String seen = null;
        String fix;
        if (value instanceof Doc.Unknown u && u.text() == null && ARN_ATTRIBUTE.matcher(u.why().strip()).matches()) {
            seen = u.why().strip();
            fix = "write " + seen.substring(0, seen.length() - ".arn".length()) + "." + attribute;
        } else if (value instanceof Doc.Scalar s && s.kind() == Doc.Kind.STRING && s.text().startsWith("arn:")) {
            seen = "\"" + s.text() + "\"";
            fix = "write the name, the part after the last '/'";
        } else {
            return;
        }
        facts.add(dev.sagelint.model.DeployRejection.at(v.at(field), field + " = " + seen + " is an ARN: " + api
                + " accepts only a name (letters, digits and hyphens, up to 63), so the apply fails; " + fix));
    }

    private void endpoint(String key, BlockDoc v) {
        rejectArn(v, "endpoint_config_name", "CreateEndpoint", "name");
        Location tags = v.at("tags");
        facts.add(AwsShapes.endpoint(key, v.reader(), references(v),
                t -> dev.sagelint.parse.TrafficTags.read(t, tags, problems)));
        lifecycle(key, "aws_sagemaker_endpoint", v);
    }

    private void component(String key, BlockDoc v) {
        facts.add(AwsShapes.component(key, v.reader(), references(v)));
    }

    // ------------------------------------------------------------------ Application Auto Scaling

    private void target(String key, BlockDoc v) {
        facts.add(AwsScaling.target(key, v.reader(), references(v)));
    }

    private void policy(String key, BlockDoc v) {
        BlockDoc tt = v.block("target_tracking_scaling_policy_configuration");
        BlockDoc step = v.block("step_scaling_policy_configuration");
        // the provider's default: TargetTrackingScaling when only that block is written, else StepScaling
        ScalingPolicy policy = AwsScaling.policy(key, v.reader(), references(v),
                tt != null && step == null ? ScalingPolicy.TARGET_TRACKING : ScalingPolicy.STEP, facts);
        facts.add(policy);
        DocReader tf = v.reader();
        String written = tf.text(ScalingPolicy.Field.POLICY_TYPE);
        if (tt != null) {
            tf.field(ScalingPolicy.Field.TARGET_TRACKING, tt.location());
        }
        if (step != null) {
            tf.field(TerraformScalingPolicy.Field.STEP, step.location());
        }
        facts.add(new TerraformScalingPolicy(key + ".terraform", key, tt != null, step != null, written, tf.source()));
    }
    private void scheduled(String key, BlockDoc v) {
        DocReader f = v.reader();
        String resourceId = f.placeholder(ScalableTarget.Field.RESOURCE_ID);
        String targetKey = link(v.refs("resource_id"), "aws_appautoscaling_target");
        facts.add(AwsScaling.scheduledAction(key, targetKey, f));
        if (targetKey == null && resourceId != null) {
            facts.add(Ref.of(key, Ref.Kind.TARGET_BY_RESOURCE_ID, resourceId));
        }
    }

    /**
     * An alarm, through PutMetricAlarm's shape in the provider's spelling: its metric math is {@code metric_query}
     * blocks whose one {@code metric} block holds MetricStat.Metric's members and the stat, its dimensions are a map,
     * and a {@code metric_query} without {@code return_data} is sent as false (AWS's default is true). Actions link
     * by address, so an action written as an ARN is not followed.
     */
    private void alarm(String key, BlockDoc v) {
        facts.add(AwsScaling.alarm(key, v.reader().spelling(ALARM_NAMES), references(v), new ArrayList<>(),
                Boolean.FALSE));
    }

    private static final Map<String, String> ALARM_NAMES = Map.of("Metrics", "metric_query", "MetricStat", "metric",
            "Metric", "");

    // ------------------------------------------------------------------ networking

    private void subnet(String key, Instance inst, BlockDoc v) {
        List<String> tables = new ArrayList<>();
        for (Instance other : all) {
            if ("aws_route_table_association".equals(other.decl().type())) {
                BlockDoc a = referenced(other);
                if (inst.address().equals(a.refIdOf("subnet_id"))) {
                    String table = a.refIdOf("route_table_id");
                    if (table != null && !tables.contains(table)) {
                        tables.add(table);
                    }
                }
            }
        }
        dev.sagelint.model.Subnet subnet = AwsNetwork.subnet(key, inst.address(), v.reader(), tables);
        facts.add(subnet);
        if (subnet.vpcId() != null) {
            facts.add(Ref.of(inst.address(), Ref.Kind.SUBNET_VPC, subnet.vpcId()));
        }
    }

    /**
     * A security group with its ingress blocks and the aws_security_group_rule (type ingress) and
     * aws_vpc_security_group_ingress_rule resources that name it, each an ingress rule in its resource's spelling.
     */
    private void securityGroup(String key, Instance inst, BlockDoc v) {
        DocReader f = v.reader();
        String vpc = AwsNetwork.id(f, SecurityGroup.Field.VPC);
        List<dev.sagelint.model.SecurityGroup.Ingress> ingress = new ArrayList<>();
        boolean known = !f.conditional("ingress");
        for (BlockDoc r : v.blocks("ingress")) {
            ingress.addAll(AwsNetwork.ingress(r.reader().spelling(INLINE_INGRESS)));
        }
        for (Instance other : all) {
            String type = other.decl().type();
            if (!"aws_security_group_rule".equals(type) && !"aws_vpc_security_group_ingress_rule".equals(type)) {
                continue;
            }
            BlockDoc r = referenced(other);
            if (!inst.address().equals(r.refIdOf("security_group_id"))) {
                continue;
            }
            if ("aws_security_group_rule".equals(type)) {
                if ("ingress".equals(r.reader().text("type"))) {
                    ingress.addAll(AwsNetwork.ingress(r.reader().spelling(GROUP_RULE)));
                }
            } else {
                ingress.addAll(AwsNetwork.ingress(r.reader().spelling(INGRESS_RULE)));
            }
        }
        facts.add(new dev.sagelint.model.SecurityGroup(key, inst.address(), vpc, ingress, known, f.source()));
    }

    /** An aws_security_group's ingress block: CIDRs and source groups as lists. */
    private static final Map<String, String> INLINE_INGRESS = Map.of("IpProtocol", "protocol",
            "CidrIp", "cidr_blocks", "CidrIpv6", "ipv6_cidr_blocks", "SourceSecurityGroupId", "security_groups");
    /** aws_security_group_rule: CIDRs as lists, one source group. */
    private static final Map<String, String> GROUP_RULE = Map.of("IpProtocol", "protocol",
            "CidrIp", "cidr_blocks", "CidrIpv6", "ipv6_cidr_blocks");
    /** aws_vpc_security_group_ingress_rule: one CIDR or one referenced group. */
    private static final Map<String, String> INGRESS_RULE = Map.of("CidrIp", "cidr_ipv4",
            "SourceSecurityGroupId", "referenced_security_group_id");

    private void vpcEndpoint(String key, BlockDoc v) {
        facts.add(AwsNetwork.vpcEndpoint(key, v.reader()));
    }

    /** True when the configuration routes through a NAT gateway anywhere; false when it defines none. */
    private Boolean natGateway() {
        for (Instance inst : all) {
            String type = inst.decl().type();
            if (type.equals("aws_nat_gateway")) {
                return true;
            }
            if (type.equals("aws_route") && referenced(inst).has("nat_gateway_id")) {
                return true;
            }
            if (type.equals("aws_route_table") && referenced(inst).written("route").stream()
                    .anyMatch(r -> r.has("nat_gateway_id"))) {
                return true;
            }
            if (type.equals("aws_route_table") && referenced(inst).has("route")) {
                return null;
            }
        }
        return false;
    }
}


