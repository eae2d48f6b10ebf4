package dev.sagelint.parse.terraform;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InferenceComponent;
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
import dev.sagelint.model.StepAdjustment;
import dev.sagelint.model.TerraformEndpointConfig;
import dev.sagelint.model.TerraformScalingPolicy;
import dev.sagelint.model.Variant;
import dev.sagelint.model.Vpc;
import dev.sagelint.model.VpcEndpoint;
import dev.sagelint.parse.Ref;
import dev.sagelint.parse.ResourceIds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
            View v = view(inst);
            switch (inst.decl().type()) {
                case "aws_sagemaker_model" -> model(key, v);
                case "aws_sagemaker_endpoint_configuration" -> endpointConfig(key, v);
                case "aws_sagemaker_endpoint" -> endpoint(key, v);
                case "aws_sagemaker_inference_component" -> component(key, v);
                case "aws_appautoscaling_target" -> target(key, v);
                case "aws_appautoscaling_policy" -> policy(key, v);
                case "aws_appautoscaling_scheduled_action" -> scheduled(key, v);
                case "aws_cloudwatch_metric_alarm" -> alarm(key, v);
                case "aws_vpc_endpoint" -> vpcEndpoint(key, v);
                case "aws_subnet" -> subnet(key, inst, v);
                case "aws_security_group" -> securityGroup(key, inst, v);
                case "aws_vpc" -> facts.add(new Vpc(key, inst.address(), natGateway(), dev.sagelint.model.Source.at(v.location())));
                default -> {
                    // subnets, route tables and NAT gateways are read through references only
                }
            }
        }
        return facts;
    }

    private View view(Instance inst) {
        Hcl.Block b = inst.decl().block();
        return new View(b.body(), inst.scope(), inst.decl().path(),
                new Location(inst.decl().path(), b.pos().line(), b.pos().column()), ev, problems);
    }

    /** The key of the first referenced instance of a resource type. */
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

    private void model(String key, View v) {
        Fields f = new Fields(v.location());
        String name = v.str("name", "name", f);
        View vpc = v.block("vpc_config");
        List<String> subnets = List.of();
        List<String> groups = List.of();
        if (vpc != null) {
            f.at("vpc", vpc.location());
            subnets = vpc.ids("subnets", "subnets", f);
            groups = vpc.ids("security_group_ids", "securityGroups", f);
        }
        boolean s3 = false;
        List<View> containers = new ArrayList<>(v.blocks("primary_container"));
        containers.addAll(v.blocks("container"));
        for (int i = 0; i < containers.size(); i++) {
            container(key, i, containers.get(i));
        }
        for (View c : containers) {
            if (!c.blocks("model_data_source").isEmpty()) {
                s3 = true;
                f.at("s3Artifacts", c.nameAt("model_data_source"));
            }
            Fields cf = new Fields(c.location());
            String url = c.str("model_data_url", "url", cf);
            if (url != null && url.startsWith("s3://")) {
                s3 = true;
                f.at("s3Artifacts", c.at("model_data_url"));
            } else if (url == null && c.has("model_data_url") && !s3) {
                f.unknown("s3Artifacts");
            }
        }
        Boolean isolation = v.bool("enable_network_isolation", "networkIsolation", f);
        facts.add(new Model(key, name, vpc != null, null, subnets, groups, s3, isolation, f.build()));
        lifecycle(key, "aws_sagemaker_model", v);
    }

    /** The name and lifecycle of a SageMaker resource, for the rules on its replacement (SL709-SL711). */
    private void lifecycle(String key, String type, View v) {
        Fields f = new Fields(v.location());
        String name = v.str("name", "name", f);
        View lifecycle = v.block("lifecycle");
        Boolean cbd = null;
        boolean triggered = false;
        List<String> triggers = List.of();
        if (lifecycle != null) {
            f.at("lifecycle", lifecycle.location());
            cbd = lifecycle.bool("create_before_destroy", "createBeforeDestroy", f);
            triggered = lifecycle.has("replace_triggered_by");
            if (triggered) {
                f.at("replaceTriggeredBy", lifecycle.at("replace_triggered_by"));
                Evaluator.Tracked t = lifecycle.track("replace_triggered_by");
                // a whole resource (aws_sagemaker_model.this) evaluates to an unknown named by its address
                List<String> addresses = new ArrayList<>(t.touched());
                if (t.value() instanceof List<?> items) {
                    items.stream().filter(Values.Unknown.class::isInstance)
                            .map(u -> ((Values.Unknown) u).text()).forEach(addresses::add);
                }
                triggers = addresses.stream().map(keyOf::get).filter(Objects::nonNull).distinct().toList();
            }
        }
        facts.add(new dev.sagelint.model.TerraformLifecycle(key + ".lifecycle", key, type, name, v.has("name"),
                v.literal("name"), cbd, triggered, triggers, f.build()));
    }

    private void endpointConfig(String key, View v) {
        Fields f = new Fields(v.location());
        String name = v.str("name", "name", f);
        boolean fixedName = v.has("name");
        boolean prefix = v.has("name_prefix");
        if (prefix) {
            f.at("namePrefix", v.at("name_prefix"));
        }
        View async = v.block("async_inference_config");
        if (async != null) {
            f.at("async", async.location());
        }
        List<View> variants = v.blocks("production_variants");
        List<View> shadows = v.blocks("shadow_production_variants");
        Integer variantCount = v.dynamicUnknown("production_variants") ? null : variants.size();
        if (variantCount == null) {
            f.unknown("variantCount");
        }
        String role = v.str("execution_role_arn", "executionRoleArn", f);
        View capture = v.block("data_capture_config");
        if (capture != null) {
            f.at("dataCapture", capture.location());
        }
        if (v.dynamicUnknown("data_capture_config")) {
            f.unknown("dataCapture"); // a dynamic block whose for_each is unknown may be absent
        }
        Map<String, String> tags = v.stringMap("tags");
        String kms = v.str("kms_key_arn", "kmsKeyId", f);
        facts.add(new EndpointConfig(key, name, fixedName, async != null, variantCount, shadows.size(), role,
                capture != null, null, tags, kms, f.build()));
        List<Setting> configSpot = spot(v);
        for (int i = 0; i < variants.size(); i++) {
            variant(key + ".production_variants[" + i + "]", key, variants.get(i), false, configSpot);
        }
        for (int i = 0; i < shadows.size(); i++) {
            variant(key + ".shadow_production_variants[" + i + "]", key, shadows.get(i), true, configSpot);
        }
        Fields tf = new Fields(v.location());
        if (fixedName) {
            tf.at("name", v.at("name"));
        }
        if (prefix) {
            tf.at("namePrefix", v.at("name_prefix"));
        }
        View lifecycle = v.block("lifecycle");
        Boolean cbd = null;
        if (lifecycle != null) {
            tf.at("lifecycle", lifecycle.location());
            cbd = lifecycle.bool("create_before_destroy", "createBeforeDestroy", tf);
        }
        facts.add(new TerraformEndpointConfig(key + ".terraform", key, name, fixedName, prefix, cbd, tf.build()));
        lifecycle(key, "aws_sagemaker_endpoint_configuration", v);
    }

    private void variant(String key, String configKey, View v, boolean shadow, List<Setting> configSpot) {
        Fields f = new Fields(v.location());
        String name = v.str("variant_name", "name", f);
        Evaluator.Tracked modelName = v.track("model_name");
        rejectArn(v, "model_name", modelName.value(), "CreateEndpointConfig", "name");
        String modelRef = link(modelName.touched(), "aws_sagemaker_model");
        String model = v.str("model_name", "modelName", f);
        String type = v.str("instance_type", "instanceType", f);
        Integer count = v.integer("initial_instance_count", "initialInstanceCount", f);
        ServerlessConfig serverless = null;
        View sc = v.block("serverless_config");
        if (sc != null) {
            Fields sf = new Fields(sc.location());
            serverless = new ServerlessConfig(sc.integer("memory_size_in_mb", "memorySizeInMb", sf),
                    sc.integer("max_concurrency", "maxConcurrency", sf),
                    sc.integer("provisioned_concurrency", "provisionedConcurrency", sf), sf.build());
            f.at("serverless", sc.location());
        }
        if (v.dynamicUnknown("serverless_config")) {
            f.unknown("serverless"); // a dynamic block whose for_each is unknown may be absent
        }
        ManagedInstanceScaling managed = null;
        View mis = v.block("managed_instance_scaling");
        if (mis != null) {
            Fields mf = new Fields(mis.location());
            managed = new ManagedInstanceScaling(mis.str("status", "status", mf),
                    mis.integer("min_instance_count", "minInstanceCount", mf),
                    mis.integer("max_instance_count", "maxInstanceCount", mf), mf.build());
            f.at("managedInstanceScaling", mis.location());
        }
        if (v.dynamicUnknown("managed_instance_scaling")) {
            f.unknown("managedInstanceScaling");
        }
        List<Setting> spot = new ArrayList<>(configSpot);
        spot.addAll(spot(v));
        if (!spot.isEmpty()) {
            f.at("spotSettings", spot.get(0).location());
        }
        Integer volume = v.integer("volume_size_in_gb", "volumeSizeInGB", f);
        Integer startup = v.integer("container_startup_health_check_timeout_in_seconds",
                "containerStartupHealthCheckTimeoutInSeconds", f);
        Integer download = v.integer("model_data_download_timeout_in_seconds", "modelDataDownloadTimeoutInSeconds", f);
        facts.add(new Variant(key, configKey, name, model, type, List.of(), count, serverless, managed, spot, shadow,
                false, null, modelRef, volume, startup, download, f.build()));
        String variable = v.variable("instance_type");
        if (variable != null) {
            facts.add(new dev.sagelint.model.ParameterisedValue(key + ".instanceType.input", key, "instanceType",
                    "variable " + variable, dev.sagelint.model.Source.at(v.at("instance_type"))));
        }
    }

    /** Every attribute or block whose name mentions spot (SageMaker hosting has none; SL501 reports them). */
    private static List<Setting> spot(View v) {
        List<Setting> out = new ArrayList<>();
        for (String n : v.names()) {
            if (n.toLowerCase(Locale.ROOT).contains("spot")) {
                Object value = v.has(n) ? v.value(n) : "{...}";
                String text = Values.render(value);
                out.add(new Setting(n, text == null ? Values.describe(value) : text, v.nameAt(n)));
            }
        }
        return out;
    }

    /** {@code aws_sagemaker_endpoint_configuration.c.arn}: the ARN attribute of a SageMaker resource. */
    private static final java.util.regex.Pattern ARN_ATTRIBUTE = java.util.regex.Pattern.compile(
            "(?:module\\.[\\w-]+(?:\\[[^]]*])?\\.)*(aws_sagemaker_\\w+)\\.([\\w-]+)(?:\\[[^]]*])?\\.arn");

    /**
     * SL006: a SageMaker name field given an ARN, the resource's {@code .arn} attribute or a literal {@code arn:...};
     * the API accepts only a name (letters, digits and hyphens).
     */
    private void rejectArn(View v, String field, Object value, String api, String attribute) {
        String seen = null;
        String fix;
        if (value instanceof Values.Unknown u && ARN_ATTRIBUTE.matcher(u.text().strip()).matches()) {
            seen = u.text().strip();
            fix = "write " + seen.substring(0, seen.length() - ".arn".length()) + "." + attribute;
        } else if (value instanceof String s && s.startsWith("arn:")) {
            seen = "\"" + s + "\"";
            fix = "write the name, the part after the last '/'";
        } else {
            return;
        }
        facts.add(dev.sagelint.model.DeployRejection.at(v.at(field), field + " = " + seen + " is an ARN: " + api
                + " accepts only a name (letters, digits and hyphens, up to 63), so the apply fails; " + fix));
    }

    private void endpoint(String key, View v) {
        Fields f = new Fields(v.location());
        String name = v.str("name", "name", f);
        Evaluator.Tracked config = v.track("endpoint_config_name");
        rejectArn(v, "endpoint_config_name", config.value(), "CreateEndpoint", "name");
        String configName = v.str("endpoint_config_name", "configName", f);
        String configKey = link(config.touched(), "aws_sagemaker_endpoint_configuration");
        Map<String, String> tags = v.stringMap("tags");
        var traffic = dev.sagelint.parse.TrafficTags.read(tags, v.at("tags"), problems);
        facts.add(new Endpoint(key, name, configName, configKey, traffic, null, null, tags, deploymentConfig(v),
                f.build()));
        lifecycle(key, "aws_sagemaker_endpoint", v);
    }

    /** deployment_config: the update policy and the auto-rollback alarms. */
    private static dev.sagelint.model.DeploymentConfig deploymentConfig(View v) {
        View d = v.block("deployment_config");
        if (d == null) {
            return null;
        }
        Fields f = new Fields(d.location());
        View bg = d.block("blue_green_update_policy");
        View rolling = d.block("rolling_update_policy");
        View routing = bg == null ? null : bg.block("traffic_routing_configuration");
        View canary = routing == null ? null : routing.block("canary_size");
        View linear = routing == null ? null : routing.block("linear_step_size");
        View batch = rolling == null ? null : rolling.block("maximum_batch_size");
        View rollback = d.block("auto_rollback_configuration");
        List<View> alarms = rollback == null ? List.of() : rollback.blocks("alarms");
        if (rollback != null) {
            f.at("autoRollback", rollback.location());
        }
        if (!alarms.isEmpty()) {
            f.at("rollbackAlarms", alarms.get(0).location());
        }
        if (bg != null) {
            f.at("blueGreen", bg.location());
        }
        if (rolling != null) {
            f.at("rolling", rolling.location());
        }
        List<String> names = new ArrayList<>();
        for (View a : alarms) {
            String n = a.str("alarm_name", "alarmName", new Fields(a.location()));
            if (n != null) {
                names.add(n);
            }
        }
        View policy = rolling != null ? rolling : bg;
        return new dev.sagelint.model.DeploymentConfig(bg != null,
                routing == null ? null : routing.str("type", "trafficRoutingType", f),
                canary == null ? null : canary.str("type", "canarySizeType", f),
                canary == null ? null : canary.integer("value", "canarySizeValue", f),
                linear == null ? null : linear.str("type", "linearStepType", f),
                linear == null ? null : linear.integer("value", "linearStepValue", f),
                rolling != null ? rolling.integer("wait_interval_in_seconds", "waitIntervalInSeconds", f)
                        : routing == null ? null : routing.integer("wait_interval_in_seconds", "waitIntervalInSeconds", f),
                bg == null ? null : bg.integer("termination_wait_in_seconds", "terminationWaitInSeconds", f),
                policy == null ? null : policy.integer("maximum_execution_timeout_in_seconds",
                        "maximumExecutionTimeoutInSeconds", f),
                rolling != null,
                batch == null ? null : batch.str("type", "maximumBatchSizeType", f),
                batch == null ? null : batch.integer("value", "maximumBatchSizeValue", f),
                alarms.size(), names, f.build());
    }

    private void component(String key, View v) {
        Fields f = new Fields(v.location());
        String name = v.str("name", "name", f);
        Evaluator.Tracked ep = v.track("endpoint_name");
        String endpointName = v.str("endpoint_name", "endpointName", f);
        if (v.has("endpoint_name")) {
            f.at("endpoint", v.at("endpoint_name")); // the name the spec and CloudFormation use
        }
        String variantName = v.str("variant_name", "variantName", f);
        Integer copies = null;
        View runtime = v.block("runtime_config");
        if (runtime != null) {
            copies = runtime.integer("copy_count", "copyCount", f);
        }
        String artifact = null;
        View spec = v.block("specification");
        View container = spec == null ? null : spec.block("container");
        if (container != null) {
            artifact = container.str("artifact_url", "artifactUrl", f);
        }
        View compute = spec == null ? null : spec.block("compute_resource_requirements");
        Double accelerators = compute == null ? null
                : compute.number("number_of_accelerator_devices_required", "numberOfAcceleratorDevicesRequired", f);
        facts.add(new InferenceComponent(key, name, endpointName, variantName, copies, artifact,
                link(ep.touched(), "aws_sagemaker_endpoint"), accelerators, f.build()));
    }

    // ------------------------------------------------------------------ Application Auto Scaling

    private void target(String key, View v) {
        Fields f = new Fields(v.location());
        Evaluator.Tracked rid = v.track("resource_id");
        String resourceId = v.id(rid.value(), "resource_id", "resourceId", f);
        String dimension = v.str("scalable_dimension", "dimension", f);
        String namespace = v.str("service_namespace", "namespace", f);
        Integer min = v.integer("min_capacity", "minCapacity", f);
        Integer max = v.integer("max_capacity", "maxCapacity", f);
        Boolean in = null;
        Boolean out = null;
        Boolean scheduled = null;
        View suspended = v.block("suspended_state");
        if (suspended != null) {
            in = suspended.bool("dynamic_scaling_in_suspended", "scaleInSuspended", f);
            out = suspended.bool("dynamic_scaling_out_suspended", "scaleOutSuspended", f);
            scheduled = suspended.bool("scheduled_scaling_suspended", "scheduledSuspended", f);
        }
        ResourceIds.Parts parts = ResourceIds.parse(resourceId);
        facts.add(new ScalableTarget(key, resourceId, dimension, namespace, min, max, in, out, scheduled,
                parts.endpoint(), parts.variant(), parts.component(), true,
                link(rid.touched(), "aws_sagemaker_endpoint"), null,
                link(rid.touched(), "aws_sagemaker_inference_component"), f.build()));
    }

    private void policy(String key, View v) {
        View config = v.block("target_tracking_scaling_policy_configuration");
        if (config == null) {
            config = v.block("step_scaling_policy_configuration");
        }
        // the policy is reported at its configuration block, where its settings are
        Fields f = new Fields(config != null ? config.location() : v.location());
        Evaluator.Tracked rid = v.track("resource_id");
        String resourceId = v.id(rid.value(), "resource_id", "resourceId", f);
        String targetKey = link(rid.touched(), "aws_appautoscaling_target");
        String name = v.str("name", "name", f);
        Fields tf = new Fields(v.location());
        String written = v.str("policy_type", "policyType", f);
        if (v.has("policy_type")) {
            tf.at("policyType", v.at("policy_type"));
            if (written == null) {
                tf.unknown("policyType");
            }
        }
        View tt = v.block("target_tracking_scaling_policy_configuration");
        View step = v.block("step_scaling_policy_configuration");
        String type = written != null ? written
                : tt != null && step == null ? ScalingPolicy.TARGET_TRACKING : ScalingPolicy.STEP;
        Double targetValue = null;
        String predefined = null;
        MetricSpec custom = null;
        Integer scaleIn = null;
        Integer scaleOut = null;
        Boolean disableScaleIn = null;
        if (tt != null) {
            tf.at("targetTracking", tt.location());
            f.at("targetTracking", tt.location());
            targetValue = tt.number("target_value", "targetValue", f);
            View pre = tt.block("predefined_metric_specification");
            if (pre != null) {
                predefined = pre.str("predefined_metric_type", "predefinedMetric", f);
            }
            View cm = tt.block("customized_metric_specification");
            if (cm != null) {
                custom = metric(cm, "namespace", "metric_name", "statistic");
                f.at("customMetric", cm.location());
            }
            scaleIn = tt.integer("scale_in_cooldown", "scaleInCooldown", f);
            scaleOut = tt.integer("scale_out_cooldown", "scaleOutCooldown", f);
            disableScaleIn = tt.bool("disable_scale_in", "disableScaleIn", f);
        }
        String adjustmentType = null;
        Integer cooldown = null;
        String aggregation = null;
        Integer minMagnitude = null;
        List<StepAdjustment> steps = new ArrayList<>();
        if (step != null) {
            tf.at("step", step.location());
            f.at("step", step.location());
            adjustmentType = step.str("adjustment_type", "adjustmentType", f);
            cooldown = step.integer("cooldown", "cooldown", f);
            aggregation = step.str("metric_aggregation_type", "metricAggregationType", f);
            minMagnitude = step.integer("min_adjustment_magnitude", "minAdjustmentMagnitude", f);
            List<View> adjustments = step.blocks("step_adjustment");
            if (!adjustments.isEmpty()) {
                f.at("stepAdjustments", adjustments.get(0).location());
            }
            for (View s : adjustments) {
                Fields sf = new Fields(s.location());
                steps.add(new StepAdjustment(s.number("metric_interval_lower_bound", "lowerBound", sf),
                        s.number("metric_interval_upper_bound", "upperBound", sf),
                        s.integer("scaling_adjustment", "scalingAdjustment", sf), s.location()));
            }
        }
        facts.add(new ScalingPolicy(key, targetKey, name, type, targetValue, predefined, custom, scaleIn, scaleOut,
                disableScaleIn, adjustmentType, cooldown, aggregation, minMagnitude, steps, true, resourceId,
                f.build()));
        facts.add(new TerraformScalingPolicy(key + ".terraform", key, tt != null, step != null, written, tf.build()));
    }

    private MetricSpec metric(View m, String namespaceAttr, String nameAttr, String statisticAttr) {
        Fields f = new Fields(m.location());
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (View d : m.blocks("dimensions")) {
            Fields df = new Fields(d.location());
            String n = d.str("name", "name", df);
            String val = d.str("value", "value", df);
            if (n != null) {
                dimensions.put(n, val == null ? "${" + n + "}" : val);
            }
        }
        if (!m.blocks("dimensions").isEmpty()) {
            f.at("dimensions", m.blocks("dimensions").get(0).location());
        }
        List<dev.sagelint.model.MetricQuery> queries = new ArrayList<>();
        List<View> math = m.blocks("metrics");
        if (!math.isEmpty()) {
            f.at("metrics", math.get(0).location());
        }
        for (View q : math) {
            Fields qf = new Fields(q.location());
            queries.add(new dev.sagelint.model.MetricQuery(q.str("id", "id", qf), q.str("expression", "expression", qf),
                    q.bool("return_data", "returnData", qf), q.block("metric_stat") != null, qf.build()));
        }
        return new MetricSpec(m.str(namespaceAttr, "namespace", f), m.str(nameAttr, "name", f), dimensions,
                m.str(statisticAttr, "statistic", f), queries, f.build());
    }

    private void scheduled(String key, View v) {
        Fields f = new Fields(v.location());
        Evaluator.Tracked rid = v.track("resource_id");
        String resourceId = v.id(rid.value(), "resource_id", "resourceId", f);
        String targetKey = link(rid.touched(), "aws_appautoscaling_target");
        Integer min = null;
        Integer max = null;
        View action = v.block("scalable_target_action");
        if (action != null) {
            f.at("scalableTargetAction", action.location());
            min = action.integer("min_capacity", "minCapacity", f);
            max = action.integer("max_capacity", "maxCapacity", f);
        }
        ScheduledAction a = new ScheduledAction(key, targetKey, v.str("name", "name", f),
                v.str("schedule", "schedule", f), v.str("timezone", "timezone", f), min, max, f.build());
        facts.add(a);
        if (targetKey == null && resourceId != null) {
            facts.add(Ref.of(key, Ref.Kind.TARGET_BY_RESOURCE_ID, resourceId));
        }
    }

    private void alarm(String key, View v) {
        Fields f = new Fields(v.location());
        String name = v.str("alarm_name", "name", f);
        Fields mf = new Fields(v.location());
        Map<String, String> dimensions = v.stringMap("dimensions", true);
        if (v.has("dimensions")) {
            mf.at("dimensions", v.at("dimensions"));
        }
        String statistic = v.str("statistic", "statistic", mf);
        if (statistic == null) {
            statistic = v.str("extended_statistic", "statistic", mf);
        }
        String namespace = v.str("namespace", "namespace", mf);
        String metricName = v.str("metric_name", "name", mf);
        MetricSpec metric = new MetricSpec(namespace, metricName, dimensions, statistic, mf.build());
        if (v.has("metric_name")) {
            f.at("metric", v.at("metric_name"));
        }
        List<View> math = v.blocks("metric_query");
        if (!math.isEmpty() || v.dynamicUnknown("metric_query")) {
            Object band = v.value("threshold_metric_id");
            metric = metricMath(v, math, metric, band instanceof String id ? id : null);
            f.at("metric", math.isEmpty() ? v.location() : math.get(0).location());
        }
        Double threshold = v.number("threshold", "threshold", f);
        Evaluator.Tracked actions = v.track("alarm_actions");
        if (v.has("alarm_actions")) {
            f.at("policyKeys", v.at("alarm_actions"));
        }
        String band = v.str("threshold_metric_id", "thresholdMetricId", f);
        facts.add(new Alarm(key, name, metric, threshold, links(actions.touched(), "aws_appautoscaling_policy"),
                band, f.build()));
    }

    /**
     * An alarm on metric math ({@code metric_query} blocks), as a CloudFormation {@code Metrics} alarm: the entries
     * (id, expression, return_data, whether it has a metric) as queries. When the one entry that returns data is a
     * {@code metric} (not an expression), the alarm watches that metric, so its namespace, name, dimensions and stat
     * are the alarm's metric too and the metric rules (SL301, SL106, ...) read it; for an expression they stay unknown.
     * Metric fields written directly beside metric_query are kept as written (PutMetricAlarm rejects the mix).
     */
    private static MetricSpec metricMath(View v, List<View> math, MetricSpec direct, String bandId) {
        List<dev.sagelint.model.MetricQuery> queries = new ArrayList<>();
        View returned = null;
        int returning = 0;
        boolean returnUnknown = v.dynamicUnknown("metric_query");
        for (View q : math) {
            Fields qf = new Fields(q.location());
            Boolean returnData = q.bool("return_data", "returnData", qf);
            returnUnknown |= returnData == null && q.has("return_data");
            if (!q.has("return_data")) {
                returnData = Boolean.FALSE; // the provider sends false for an unset return_data
            }
            View stat = q.block("metric");
            String id = q.str("id", "id", qf);
            queries.add(new dev.sagelint.model.MetricQuery(id, q.str("expression", "expression", qf),
                    returnData, stat != null, qf.build()));
            // an anomaly-detection alarm returns its band too (threshold_metric_id); the watched metric is the other
            if (!Boolean.FALSE.equals(returnData) && (bandId == null || !bandId.equals(id))) {
                returning++;
                returned = stat;
            }
        }
        if (direct.name() != null || direct.namespace() != null || returnUnknown || returning != 1 || returned == null) {
            return new MetricSpec(direct.namespace(), direct.name(), direct.dimensions(), direct.statistic(), queries,
                    markMathUnknown(direct.source(), direct.name() == null && direct.namespace() == null));
        }
        Fields mf = new Fields(returned.location());
        Map<String, String> dimensions = returned.stringMap("dimensions", true);
        if (returned.has("dimensions")) {
            mf.at("dimensions", returned.at("dimensions"));
        }
        return new MetricSpec(returned.str("namespace", "namespace", mf), returned.str("metric_name", "name", mf),
                dimensions, returned.str("stat", "statistic", mf), queries, mf.build());
    }

    /** The alarm's metric is computed by math it cannot name: the name and namespace are unknown, not absent. */
    private static dev.sagelint.model.Source markMathUnknown(dev.sagelint.model.Source s, boolean unknown) {
        if (!unknown) {
            return s;
        }
        java.util.Set<String> u = new java.util.LinkedHashSet<>(s.unknown());
        u.add("name");
        u.add("namespace");
        u.add("statistic");
        return new dev.sagelint.model.Source(s.location(), s.fields(), u);
    }

    /** One container of a model: what SL608 and SL611 need (mode, data source, registry, environment). */
    private void container(String modelKey, int index, View c) {
        Fields f = new Fields(c.location());
        String mode = c.str("mode", "mode", f);
        boolean dataSource = !c.blocks("model_data_source").isEmpty();
        if (dataSource) {
            f.at("modelDataSource", c.nameAt("model_data_source"));
        }
        View image = c.block("image_config");
        String access = image == null ? null : image.str("repository_access_mode", "repositoryAccessMode", f);
        if (c.has("environment")) {
            f.at("environment", c.at("environment"));
        }
        String imageUri = c.str("image", "image", f);
        String dataUrl = c.str("model_data_url", "modelDataUrl", f);
        facts.add(new dev.sagelint.model.Container(modelKey + ".container" + index, modelKey, index, mode, dataSource,
                access, c.stringMap("environment"), imageUri, dataUrl, f.build()));
    }

    // ------------------------------------------------------------------ networking

    private void subnet(String key, Instance inst, View v) {
        Fields f = new Fields(v.location());
        String vpc = v.refIdOf("vpc_id", "vpc", f);
        String az = v.str("availability_zone", "availabilityZone", f);
        if (az == null && v.has("availability_zone_id")) {
            az = v.str("availability_zone_id", "availabilityZone", f);
        }
        List<String> tables = new ArrayList<>();
        for (Instance other : all) {
            if ("aws_route_table_association".equals(other.decl().type())) {
                View a = view(other);
                Fields af = new Fields(a.location());
                if (inst.address().equals(a.refIdOf("subnet_id", "subnet", af))) {
                    String table = a.refIdOf("route_table_id", "routeTable", af);
                    if (table != null && !tables.contains(table)) {
                        tables.add(table);
                    }
                }
            }
        }
        facts.add(new dev.sagelint.model.Subnet(key, inst.address(), vpc, az, tables, f.build()));
        if (vpc != null) {
            facts.add(Ref.of(inst.address(), Ref.Kind.SUBNET_VPC, vpc));
        }
    }

    /**
     * A security group with its ingress blocks and the aws_security_group_rule (type ingress) and
     * aws_vpc_security_group_ingress_rule resources that name it.
     */
    private void securityGroup(String key, Instance inst, View v) {
        Fields f = new Fields(v.location());
        String vpc = v.refIdOf("vpc_id", "vpc", f);
        List<dev.sagelint.model.SecurityGroup.Ingress> ingress = new ArrayList<>();
        boolean known = !v.dynamicUnknown("ingress") && !(v.value("ingress") instanceof Values.Unknown);
        for (View r : v.blocks("ingress")) {
            ingress.addAll(ingressOf(r, "protocol", "from_port", "to_port", "cidr_blocks", "security_groups"));
        }
        for (Instance other : all) {
            String type = other.decl().type();
            if (!"aws_security_group_rule".equals(type) && !"aws_vpc_security_group_ingress_rule".equals(type)) {
                continue;
            }
            View r = view(other);
            Fields rf = new Fields(r.location());
            if (!inst.address().equals(r.refIdOf("security_group_id", "group", rf))) {
                continue;
            }
            if ("aws_security_group_rule".equals(type)) {
                if ("ingress".equals(r.str("type", "type", rf))) {
                    ingress.addAll(ingressOf(r, "protocol", "from_port", "to_port", "cidr_blocks",
                            "source_security_group_id"));
                }
            } else {
                ingress.addAll(ingressOf(r, "ip_protocol", "from_port", "to_port", "cidr_ipv4",
                        "referenced_security_group_id"));
            }
        }
        facts.add(new dev.sagelint.model.SecurityGroup(key, inst.address(), vpc, ingress, known, f.build()));
    }

    /** One ingress rule per source (CIDR or group); a rule with no readable source admits (stays silent). */
    private static List<dev.sagelint.model.SecurityGroup.Ingress> ingressOf(View r, String protocolAttr,
                                                                          String fromAttr, String toAttr,
                                                                          String cidrAttr, String groupAttr) {
        Fields f = new Fields(r.location());
        Object p = r.value(protocolAttr);
        String protocol = p instanceof String || p instanceof java.math.BigDecimal ? Values.render(p) : null;
        Integer from = r.value(fromAttr) instanceof java.math.BigDecimal ? r.integer(fromAttr, "fromPort", f) : null;
        Integer to = r.value(toAttr) instanceof java.math.BigDecimal ? r.integer(toAttr, "toPort", f) : null;
        List<dev.sagelint.model.SecurityGroup.Ingress> out = new ArrayList<>();
        Object cidrs = r.value(cidrAttr);
        if (cidrs instanceof String c) {
            out.add(new dev.sagelint.model.SecurityGroup.Ingress(protocol, from, to, c, null, r.location()));
        } else if (cidrs instanceof List<?> list) {
            for (Object c : list) {
                out.add(new dev.sagelint.model.SecurityGroup.Ingress(protocol, from, to, String.valueOf(c), null,
                        r.location()));
            }
        } else if (cidrs != null) {
            out.add(new dev.sagelint.model.SecurityGroup.Ingress(protocol, from, to, "unknown", null, r.location()));
        }
        Object groups = r.value(groupAttr);
        List<?> groupList = groups instanceof List<?> l ? l : groups == null ? List.of() : List.of(groups);
        for (Object g : groupList) {
            String id = View.refId(g);
            out.add(new dev.sagelint.model.SecurityGroup.Ingress(protocol, from, to, id == null ? "unknown" : null, id,
                    r.location()));
        }
        if (out.isEmpty()) {
            out.add(new dev.sagelint.model.SecurityGroup.Ingress(protocol, from, to, null, null, r.location()));
        }
        return out;
    }

    private void vpcEndpoint(String key, View v) {
        Fields f = new Fields(v.location());
        String vpcId = v.refIdOf("vpc_id", "vpcId", f);
        String serviceName = v.id(v.value("service_name"), "service_name", "serviceName", f);
        String type = v.str("vpc_endpoint_type", "type", f);
        Boolean privateDns = v.bool("private_dns_enabled", "privateDns", f);
        List<String> tables = v.ids("route_table_ids", "routeTableIds", f);
        List<String> groups = v.ids("security_group_ids", "securityGroupIds", f);
        // the names the spec and CloudFormation use too, so rules point at the attribute in every format
        if (v.has("route_table_ids")) {
            f.at("routeTables", v.at("route_table_ids"));
        }
        if (v.has("security_group_ids")) {
            f.at("securityGroups", v.at("security_group_ids"));
        }
        facts.add(new VpcEndpoint(key, vpcId, serviceName, VpcEndpoint.serviceOf(serviceName), type, privateDns,
                tables, v.ids("subnet_ids", "subnetIds", f), groups, f.build()));
    }

    /** True when the configuration routes through a NAT gateway anywhere; false when it defines none. */
    private Boolean natGateway() {
        for (Instance inst : all) {
            String type = inst.decl().type();
            if (type.equals("aws_nat_gateway")) {
                return true;
            }
            if (type.equals("aws_route") && inst.decl().block().body().attribute("nat_gateway_id") != null) {
                return true;
            }
            if (type.equals("aws_route_table") && inst.decl().block().body().blocks("route").stream()
                    .anyMatch(r -> r.body().attribute("nat_gateway_id") != null)) {
                return true;
            }
            if (type.equals("aws_route_table") && inst.decl().block().body().attribute("route") != null) {
                return null;
            }
        }
        return false;
    }
}
