package dev.sagelint.parse.api;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Container;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.FactField;
import dev.sagelint.model.InferenceComponent;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.Model;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.Setting;
import dev.sagelint.model.TrainingJob;
import dev.sagelint.model.TransformJob;
import dev.sagelint.model.VpcEndpoint;
import dev.sagelint.parse.Ref;
import dev.sagelint.parse.aws.AwsNetwork;
import dev.sagelint.parse.aws.AwsScaling;
import dev.sagelint.parse.aws.AwsShapes;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;

import java.util.ArrayList;
import java.util.HashSet;
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
        AwsShapes.Config c = AwsShapes.endpointConfig(key("endpoint-config", raw(v, EndpointConfig.Field.NAME), v), v);
        String key = c.config().key();
        facts.add(c.config());
        for (int i = 0; i < c.variants().size(); i++) {
            // a config-level setting is reported once, on the first variant
            facts.add(AwsShapes.variant(key + ".ProductionVariants[" + i + "]", key,
                    v.reader(c.variants().get(i), "ProductionVariants[" + i + "]"), false,
                    i == 0 ? c.spot() : List.of(), AwsScaling.References.NONE));
        }
        for (int i = 0; i < c.shadows().size(); i++) {
            facts.add(AwsShapes.variant(key + ".ShadowProductionVariants[" + i + "]", key,
                    v.reader(c.shadows().get(i), "ShadowProductionVariants[" + i + "]"), true, List.of(),
                    AwsScaling.References.NONE));
        }
    }

    private void endpoint(DocReader v) {
        facts.add(AwsShapes.endpoint(key("endpoint", raw(v, Endpoint.Field.NAME), v), v, AwsScaling.References.NONE,
                tags -> dev.sagelint.parse.TrafficTags.read(tags, v.at("Tags"), problems)));
    }

    private void model(DocReader v) {
        List<dev.sagelint.model.Container> containers = new ArrayList<>();
        facts.add(AwsShapes.model(key("model", raw(v, Model.Field.NAME), v), v, containers));
        facts.addAll(containers);
    }

    private void component(DocReader v) {
        facts.add(AwsShapes.component(key("inference-component", raw(v, InferenceComponent.Field.NAME), v), v,
                AwsScaling.References.NONE));
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
        List<Setting> spot = new ArrayList<>(AwsShapes.spot(v));
        String type = null;
        DocReader resources = v.obj("TransformResources");
        if (resources != null) {
            type = resources.text("InstanceType");
            if (resources.has("InstanceType")) {
                v.field(TransformJob.Field.INSTANCE_TYPE, resources.at("InstanceType"));
            }
            spot.addAll(AwsShapes.spot(resources));
        }
        if (!spot.isEmpty()) {
            v.field(TransformJob.Field.SPOT_SETTINGS, spot.get(0).location());
        }
        facts.add(new TransformJob(key("transform-job", name, v), name, type, spot, v.source()));
    }

    // ------------------------------------------------------------------ Application Auto Scaling

    private void target(DocReader v) {
        String key = key("scalable-target", raw(v, ScalableTarget.Field.RESOURCE_ID) + "|"
                + raw(v, ScalableTarget.Field.DIMENSION), v);
        facts.add(AwsScaling.target(key, v, AwsScaling.References.NONE));
    }

    private void policy(DocReader v) {
        String key = key("scaling-policy", raw(v, ScalingPolicy.Field.RESOURCE_ID) + "|"
                + raw(v, ScalingPolicy.Field.NAME), v);
        // PutScalingPolicy defaults PolicyType to StepScaling
        ScalingPolicy policy = AwsScaling.policy(key, v, AwsScaling.References.NONE, ScalingPolicy.STEP, facts);
        facts.add(policy);
        String arn = v.text("PolicyARN");
        if (arn != null) {
            facts.add(Ref.of(key, Ref.Kind.POLICY_ARN_OF, arn));
        }
        if (policy.step()) {
            // describe-scaling-policies lists the alarms that invoke a step policy
            for (DocReader alarm : v.objects("Alarms")) {
                String alarmName = alarm.text("AlarmName", ScalingPolicy.Field.NAME);
                facts.add(new Alarm(key("alarm", alarmName, alarm), alarmName,
                        new MetricSpec(null, null, Map.of(), null, alarm.source()), null, List.of(key),
                        alarm.source()));
            }
        }
    }

    private void scheduled(DocReader v) {
        String resourceId = v.text(ScalableTarget.Field.RESOURCE_ID);
        String dimension = v.text(ScalableTarget.Field.DIMENSION);
        ScheduledAction a = AwsScaling.scheduledAction(key("scheduled-action", resourceId + "|"
                + raw(v, ScheduledAction.Field.NAME), v), null, v);
        facts.add(a);
        if (resourceId != null) {
            facts.add(new Ref(a.key(), Ref.Kind.TARGET_BY_RESOURCE_ID, resourceId, dimension));
        }
    }

    private void alarm(DocReader v) {
        List<String> actions = new ArrayList<>();
        Alarm a = AwsScaling.alarm(key("alarm", raw(v, Alarm.Field.NAME), v), v, AwsScaling.References.NONE,
                actions, null);
        facts.add(a);
        actions.forEach(arn -> facts.add(Ref.of(a.key(), Ref.Kind.POLICY_BY_ARN, arn)));
    }

    /** The text of a field as written, unchecked and not recorded: for a key, before the shape reads the field. */
    private static String raw(DocReader v, FactField field) {
        return Doc.text(v.obj().get(v.keyOf(field)));
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
        facts.add(AwsNetwork.vpcEndpoint(key("vpc-endpoint", id != null ? id : raw(v, VpcEndpoint.Field.SERVICE), v),
                v));
    }
}
