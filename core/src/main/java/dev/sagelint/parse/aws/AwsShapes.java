package dev.sagelint.parse.aws;

import dev.sagelint.model.Container;
import dev.sagelint.model.DeploymentConfig;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.FactField;
import dev.sagelint.model.InferenceComponent;
import dev.sagelint.model.Location;
import dev.sagelint.model.ManagedInstanceScaling;
import dev.sagelint.model.Model;
import dev.sagelint.model.ServerlessConfig;
import dev.sagelint.model.Setting;
import dev.sagelint.model.Source;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.model.Variant;
import dev.sagelint.parse.aws.AwsScaling.References;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;
import dev.sagelint.parse.doc.Types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The shapes CloudFormation and the AWS API write alike (a resource's Properties are the API call's body for
 * these): one mapping for both, read through {@link DocReader}, whose style says where each format's fields point and
 * how its scalars convert, and which leaves a value known only at deploy time unknown.
 */
public final class AwsShapes {

    /** CloudFormation types of the resources these shapes reference. */
    public static final String MODEL = "AWS::SageMaker::Model";
    public static final String ENDPOINT_CONFIG = "AWS::SageMaker::EndpointConfig";

    private AwsShapes() {
    }

    // ------------------------------------------------------------------ CreateModel

    /**
     * A model (CreateModel) and, into {@code containers}, its PrimaryContainer and Containers in that order. Its
     * artifacts come from S3 when a container has a ModelDataUrl (CreateModel accepts only s3:// and https:// S3
     * URLs) or a ModelDataSource; subnets and security groups are ids, or the resources they reference.
     */
    public static Model model(String key, DocReader p, List<Container> containers) {
        String name = p.text(Model.Field.NAME);
        List<DocReader> readers = new ArrayList<>();
        DocReader primary = p.obj(Model.Field.PRIMARY_CONTAINER);
        if (primary != null) {
            readers.add(primary);
        }
        List<Doc> more = p.items(p.keyOf("Containers"), Model.Field.CONTAINERS);
        for (Doc c : more == null ? List.<Doc>of() : more) {
            readers.add(p.reader(c, "Containers item"));
        }
        boolean s3 = false;
        for (int i = 0; i < readers.size(); i++) {
            Container c = container(key, i, readers.get(i));
            containers.add(c);
            if (!s3 && (c.modelDataUrl() != null || c.modelDataSource())) {
                s3 = true;
                p.field(Model.Field.S3_ARTIFACTS, c.source().at(c.modelDataUrl() != null
                        ? Container.Field.MODEL_DATA_URL : Container.Field.MODEL_DATA_SOURCE));
            }
        }
        if (!s3 && containers.stream().anyMatch(c -> c.source().isUnknown(Container.Field.MODEL_DATA_URL))) {
            p.markUnknown(Model.Field.S3_ARTIFACTS); // where the artifacts are is known only at deploy time
        }
        boolean inVpc = false;
        List<String> subnets = List.of();
        List<String> groups = List.of();
        DocReader vpc = p.obj(Model.Field.VPC);
        String vpcKey = p.keyOf(Model.Field.VPC);
        if (vpc == null && p.unknown(vpcKey)) {
            p.unknownField(p.at(vpcKey), Model.Field.VPC, Model.Field.SUBNETS);
        } else if (vpc != null) {
            inVpc = true;
            subnets = AwsNetwork.ids(vpc, Model.Field.SUBNETS);
            groups = AwsNetwork.ids(vpc, Model.Field.SECURITY_GROUPS);
            p.absorb(vpc);
            p.field(Model.Field.VPC, p.keyAt(vpcKey));
        }
        return new Model(key, name, inVpc, null, subnets, groups, s3, p.bool(Model.Field.NETWORK_ISOLATION),
                p.source());
    }

    /** One container of a model: mode, data source, registry access, environment, image and artifacts. */
    public static Container container(String modelKey, int index, DocReader c) {
        String mode = c.text(Container.Field.MODE);
        boolean dataSource = c.present(c.keyOf("ModelDataSource"));
        if (dataSource) {
            c.field(Container.Field.MODEL_DATA_SOURCE, c.at(c.keyOf("ModelDataSource")));
        }
        DocReader image = c.obj(Container.Field.IMAGE_CONFIG);
        String access = null;
        if (image != null) {
            access = image.text(Container.Field.REPOSITORY_ACCESS_MODE);
            c.absorb(image);
        }
        Map<String, String> environment = tags(c, c.keyOf("Environment"), Container.Field.ENVIRONMENT);
        if (c.obj().get(c.keyOf("Environment")) instanceof Doc.Obj env) {
            env.keys().forEach((k, at) -> c.entry(Container.Field.ENVIRONMENT, k, at)); // rules point at the variable
        }
        return new Container(modelKey + ".container" + index, modelKey, index, mode, dataSource, access, environment,
                c.text(Container.Field.IMAGE), c.text(Container.Field.MODEL_DATA_URL), c.source());
    }

    // ------------------------------------------------------------------ CreateEndpointConfig, CreateEndpoint

    /** An endpoint config with its production and shadow variants still to be read, and its own spot settings. */
    public record Config(EndpointConfig config, List<Doc> variants, List<Doc> shadows, List<Setting> spot) {
    }

    /** An endpoint config (CreateEndpointConfig); its variants are read one by one with {@link #variant}. */
    public static Config endpointConfig(String key, DocReader p) {
        String nameKey = p.keyOf(EndpointConfig.Field.NAME);
        String name = p.text(nameKey, EndpointConfig.Field.NAME, EndpointConfig.Field.CONFIG_NAME);
        boolean async = p.present(p.keyOf(EndpointConfig.Field.ASYNC));
        p.obj(EndpointConfig.Field.ASYNC); // where it is; unknown when it is there only under a condition
        List<Doc> variants = p.items(p.keyOf("ProductionVariants"), EndpointConfig.Field.VARIANTS);
        List<Doc> shadows = p.items(p.keyOf("ShadowProductionVariants"), EndpointConfig.Field.SHADOW_VARIANTS);
        boolean capture = p.present(p.keyOf(EndpointConfig.Field.DATA_CAPTURE));
        p.obj(EndpointConfig.Field.DATA_CAPTURE);
        String role = p.text(EndpointConfig.Field.EXECUTION_ROLE_ARN);
        Map<String, String> tags = tags(p, p.keyOf("Tags"), EndpointConfig.Field.TAGS);
        List<Setting> spot = spot(p);
        boolean variantsKnown = variants != null && !p.source().isUnknown(EndpointConfig.Field.VARIANTS);
        String kms = p.text(EndpointConfig.Field.KMS_KEY_ID);
        EndpointConfig config = new EndpointConfig(key, name, p.present(nameKey), async,
                variantsKnown ? variants.size() : null, shadows == null ? 0 : shadows.size(), role, capture, null,
                tags, kms, p.source());
        return new Config(config, variants == null ? List.of() : variants, shadows == null ? List.of() : shadows,
                spot);
    }

    /**
     * A production or shadow variant; {@code spot} holds the config's spot settings to report on it besides its
     * own (a config-level setting is reported once, on the first variant).
     */
    public static Variant variant(String key, String configKey, DocReader p, boolean shadow, List<Setting> spot,
                                  References refs) {
        List<String> pools = new ArrayList<>();
        List<Doc> poolVals = p.items(p.keyOf("InstancePools"), Variant.Field.INSTANCE_POOLS);
        for (Doc pool : poolVals == null ? List.<Doc>of() : poolVals) {
            String t = p.reader(pool, "InstancePools item").text(p.keyOf("InstanceType"));
            if (t != null) {
                pools.add(t);
            }
        }
        ServerlessConfig serverless = serverless(p);
        ManagedInstanceScaling managed = managedScaling(p);
        List<Setting> settings = new ArrayList<>(spot);
        settings.addAll(spot(p));
        if (!settings.isEmpty()) {
            p.field(Variant.Field.SPOT_SETTINGS, settings.get(0).location());
        }
        Doc model = p.textNode(Variant.Field.MODEL_NAME);
        return new Variant(key, configKey, p.text(Variant.Field.NAME), known(model),
                p.text(Variant.Field.INSTANCE_TYPE), pools, p.integer(Variant.Field.INITIAL_INSTANCE_COUNT),
                serverless, managed, settings, shadow, false, null, reference(p, Variant.Field.MODEL_NAME, refs, MODEL),
                p.integer(Variant.Field.VOLUME_SIZE_IN_GB),
                p.integer(Variant.Field.CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT_IN_SECONDS),
                p.integer(Variant.Field.MODEL_DATA_DOWNLOAD_TIMEOUT_IN_SECONDS), p.source());
    }

    /**
     * Members that ask for Spot capacity, which SageMaker hosting does not offer: any key that mentions spot, and a
     * value {@code spot} under a purchase, market or capacity-type key.
     */
    public static List<Setting> spot(DocReader p) {
        List<Setting> out = new ArrayList<>();
        for (String key : p.keys()) {
            Doc v = p.obj().get(key);
            if (v instanceof Doc.Scalar s && s.isNull()) {
                continue;
            }
            String lower = key.toLowerCase(Locale.ROOT);
            boolean spotValue = v instanceof Doc.Scalar s && s.text().equalsIgnoreCase("spot")
                    && (lower.contains("purchase") || lower.contains("market") || lower.contains("capacitytype"));
            if (lower.contains("spot") || spotValue) {
                boolean block = v instanceof Doc.Obj || v instanceof Doc.Arr a && !a.items().isEmpty()
                        && a.items().get(0) instanceof Doc.Obj; // an object, or HCL blocks
                out.add(new Setting(key, Doc.text(v) != null ? Doc.text(v) : block ? "{...}" : Types.seen(v),
                        p.at(key)));
            }
        }
        return out;
    }

    /** An endpoint (CreateEndpoint); its traffic profile is what {@code traffic} makes of its tags. */
    public static Endpoint endpoint(String key, DocReader p, References refs,
                                    Function<Map<String, String>, TrafficProfile> traffic) {
        String name = known(p.textNode(Endpoint.Field.NAME));
        Doc config = p.textNode(Endpoint.Field.CONFIG_NAME);
        DeploymentConfig deployment = deploymentConfig(p);
        Map<String, String> tags = tags(p, p.keyOf("Tags"), Endpoint.Field.TAGS);
        return new Endpoint(key, name, known(config), reference(p, Endpoint.Field.CONFIG_NAME, refs, ENDPOINT_CONFIG),
                traffic.apply(tags), null, p.bool(Endpoint.Field.RETAIN_ALL_VARIANT_PROPERTIES), tags, deployment,
                p.source());
    }

    /** An inference component (CreateInferenceComponent): copies, artifact and accelerators it asks for. */
    public static InferenceComponent component(String key, DocReader p, References refs) {
        Doc endpoint = p.placeholderNode(InferenceComponent.Field.ENDPOINT);
        DocReader spec = p.obj(InferenceComponent.Field.SPECIFICATION);
        String artifact = null;
        Double accelerators = null;
        if (spec != null) {
            DocReader compute = spec.obj(spec.keyOf("ComputeResourceRequirements"));
            if (compute != null) {
                accelerators = compute.number(InferenceComponent.Field.NUMBER_OF_ACCELERATOR_DEVICES_REQUIRED);
                p.absorb(compute);
            }
            DocReader container = spec.obj(spec.keyOf("Container"));
            if (container != null) {
                String url = container.keyOf("ArtifactUrl");
                artifact = container.text(url);
                p.field(container.present(url) ? InferenceComponent.Field.ARTIFACT_URL
                        : InferenceComponent.Field.SPECIFICATION, container.at(url));
            }
        }
        DocReader runtime = p.obj(InferenceComponent.Field.RUNTIME_CONFIG);
        Integer copies = null;
        if (runtime != null) {
            copies = runtime.integer(InferenceComponent.Field.COPY_COUNT);
            p.absorb(runtime);
        }
        return new InferenceComponent(key, p.text(InferenceComponent.Field.NAME), known(endpoint),
                p.text(InferenceComponent.Field.VARIANT), copies, artifact,
                reference(p, InferenceComponent.Field.ENDPOINT, refs, AwsScaling.ENDPOINT), accelerators, p.source());
    }

    /**
     * Tags (and a container's Environment) as CloudFormation and the API write them: a list of {Key, Value} or a
     * mapping; values known only at deploy time are left out (an unknown stage must not read as "not production").
     */
    public static Map<String, String> tags(DocReader p, String key, FactField field) {
        Map<String, String> out = new LinkedHashMap<>();
        Doc v = p.node(key);
        if (v == null) {
            return out;
        }
        if (v instanceof Doc.Unknown) {
            p.unknownField(v.at(), field);
        } else {
            p.field(field, p.at(key));
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
                if (x instanceof Doc.Scalar val && !val.isNull()) {
                    out.put(k, val.text());
                }
            });
        }
        return out;
    }

    /**
     * The key of the resource of {@code type} a field's value references, read from the value as written: a name
     * known only at deploy time (Terraform's {@code aws_sagemaker_model.m.name} of a model without one) still names
     * its resource.
     */
    static String reference(DocReader p, FactField field, References refs, String type) {
        Doc written = p.node(p.keyOf(field));
        return written == null ? null : refs.of(written, type);
    }

    /** The text of a string known at deploy time, else null. */
    public static String known(Doc v) {
        return v instanceof Doc.Scalar s ? s.text() : null;
    }

    /** A production variant's ServerlessConfig, null when it has none. */
    public static ServerlessConfig serverless(DocReader variant) {
        DocReader sc = variant.obj(Variant.Field.SERVERLESS);
        return sc == null ? null : serverlessConfig(sc);
    }

    /** A ServerlessConfig object's settings. */
    public static ServerlessConfig serverlessConfig(DocReader sc) {
        return new ServerlessConfig(sc.integer(ServerlessConfig.Field.MEMORY_SIZE_IN_MB),
                sc.integer(ServerlessConfig.Field.MAX_CONCURRENCY),
                sc.integer(ServerlessConfig.Field.PROVISIONED_CONCURRENCY), sc.source());
    }

    /** A production variant's ManagedInstanceScaling, null when it has none. */
    public static ManagedInstanceScaling managedScaling(DocReader variant) {
        DocReader mis = variant.obj(Variant.Field.MANAGED_INSTANCE_SCALING);
        return mis == null ? null : managedScalingConfig(mis);
    }

    /** A ManagedInstanceScaling object's settings. */
    public static ManagedInstanceScaling managedScalingConfig(DocReader mis) {
        return new ManagedInstanceScaling(mis.text(ManagedInstanceScaling.Field.STATUS),
                mis.integer(ManagedInstanceScaling.Field.MIN_INSTANCE_COUNT),
                mis.integer(ManagedInstanceScaling.Field.MAX_INSTANCE_COUNT), mis.source());
    }

    /**
     * An endpoint's DeploymentConfig (the update policy and the auto-rollback alarms), with one source for the fields
     * of all its nested objects, placed at its key; null when it has none.
     */
    public static DeploymentConfig deploymentConfig(DocReader endpoint) {
        DocReader d = endpoint.obj(Endpoint.Field.DEPLOYMENT_CONFIG);
        if (d == null) {
            return null;
        }
        DocReader bg = d.obj(DeploymentConfig.Field.BLUE_GREEN);
        DocReader rolling = d.obj(DeploymentConfig.Field.ROLLING);
        DocReader routing = bg == null ? null
                : bg.obj(DeploymentConfig.Field.TRAFFIC_ROUTING);
        DocReader canary = routing == null ? null : routing.obj(DeploymentConfig.Field.CANARY_SIZE);
        DocReader linear = routing == null ? null
                : routing.obj(DeploymentConfig.Field.LINEAR_STEP_SIZE);
        DocReader batch = rolling == null ? null
                : rolling.obj(DeploymentConfig.Field.MAXIMUM_BATCH_SIZE);
        DocReader rollback = d.obj(DeploymentConfig.Field.AUTO_ROLLBACK);
        List<Doc> alarms = rollback == null ? null
                : rollback.items(rollback.keyOf("Alarms"), DeploymentConfig.Field.ROLLBACK_ALARMS);
        List<String> names = new ArrayList<>();
        for (int i = 0; alarms != null && i < alarms.size(); i++) {
            String n = rollback.reader(alarms.get(i), "Alarms[" + i + "]").text(rollback.keyOf("AlarmName"));
            if (n != null) {
                names.add(n);
            }
        }
        DocReader waits = rolling != null ? rolling : routing;
        DocReader policy = rolling != null ? rolling : bg;
        return new DeploymentConfig(bg != null,
                routing == null ? null : routing.text(DeploymentConfig.Field.TRAFFIC_ROUTING_TYPE),
                canary == null ? null : canary.text(DeploymentConfig.Field.CANARY_SIZE_TYPE),
                canary == null ? null : canary.integer(DeploymentConfig.Field.CANARY_SIZE_VALUE),
                linear == null ? null : linear.text(DeploymentConfig.Field.LINEAR_STEP_TYPE),
                linear == null ? null : linear.integer(DeploymentConfig.Field.LINEAR_STEP_VALUE),
                waits == null ? null
                        : waits.integer(DeploymentConfig.Field.WAIT_INTERVAL_IN_SECONDS),
                bg == null ? null
                        : bg.integer(DeploymentConfig.Field.TERMINATION_WAIT_IN_SECONDS),
                policy == null ? null : policy.integer(DeploymentConfig.Field.MAXIMUM_EXECUTION_TIMEOUT_IN_SECONDS),
                rolling != null,
                batch == null ? null : batch.text(DeploymentConfig.Field.MAXIMUM_BATCH_SIZE_TYPE),
                batch == null ? null : batch.integer(DeploymentConfig.Field.MAXIMUM_BATCH_SIZE_VALUE),
                alarms == null ? 0 : alarms.size(), names,
                merged(endpoint.keyAt(endpoint.keyOf(Endpoint.Field.DEPLOYMENT_CONFIG)), d, bg, routing, canary, linear,
                        rolling, batch, rollback));
    }

    /** One source with the fields of several nested objects (their field names are distinct). */
    public static Source merged(Location at, DocReader... parts) {
        Map<String, Location> fields = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (DocReader part : parts) {
            if (part != null) {
                fields.putAll(part.source().fields());
                unknown.addAll(part.source().unknown());
            }
        }
        return new Source(at, fields, unknown);
    }
}
