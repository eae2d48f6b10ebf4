package dev.sagelint.parse.aws;

import dev.sagelint.model.DeploymentConfig;
import dev.sagelint.model.Endpoint;
import dev.sagelint.model.Location;
import dev.sagelint.model.ManagedInstanceScaling;
import dev.sagelint.model.ServerlessConfig;
import dev.sagelint.model.Source;
import dev.sagelint.model.Variant;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shapes CloudFormation and the AWS API write alike (a resource's Properties are the API call's body for
 * these): one mapping for both, read through {@link DocReader}, whose style says where each format's fields point and
 * how its scalars convert, and which leaves a value known only at deploy time unknown.
 */
public final class AwsShapes {

    private AwsShapes() {
    }

    /** A production variant's ServerlessConfig, null when it has none. */
    public static ServerlessConfig serverless(DocReader variant) {
        DocReader sc = variant.obj(Variant.Field.SERVERLESS);
        return sc == null ? null : new ServerlessConfig(
                sc.integer(ServerlessConfig.Field.MEMORY_SIZE_IN_MB),
                sc.integer(ServerlessConfig.Field.MAX_CONCURRENCY),
                sc.integer(ServerlessConfig.Field.PROVISIONED_CONCURRENCY), sc.source());
    }

    /** A production variant's ManagedInstanceScaling, null when it has none. */
    public static ManagedInstanceScaling managedScaling(DocReader variant) {
        DocReader mis = variant.obj(Variant.Field.MANAGED_INSTANCE_SCALING);
        return mis == null ? null : new ManagedInstanceScaling(mis.text(ManagedInstanceScaling.Field.STATUS),
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
        List<Doc> alarms = rollback == null ? null : rollback.items("Alarms", DeploymentConfig.Field.ROLLBACK_ALARMS);
        List<String> names = new ArrayList<>();
        for (int i = 0; alarms != null && i < alarms.size(); i++) {
            String n = rollback.reader(alarms.get(i), "Alarms[" + i + "]").text("AlarmName");
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
                merged(endpoint.keyAt("DeploymentConfig"), d, bg, routing, canary, linear, rolling, batch, rollback));
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
