package dev.sagelint.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field as each input format spells it: CloudFormation and the AWS API write {@code InstanceType}, Terraform
 * {@code instance_type}, the sagelint spec {@code instanceType}. Rule messages are written with the AWS names;
 * {@link #inMessage} shows them in the spelling of the input the finding is in, so a Terraform user reads
 * {@code min_capacity} and a spec user {@code minCapacity}.
 *
 * <p>The table is written out, not derived: Terraform's block for {@code StepAdjustments} is {@code step_adjustment},
 * an endpoint configuration's {@code KmsKeyId} is {@code kms_key_arn}, and the spec has its own short names
 * ({@code metric}, {@code steps}, {@code serverless}, {@code privateDns}). Sources: the provider's attribute names
 * and the spec's keys, as collected in docs/inputs and {@code SpecReader}.
 */
public final class FieldNames {

    /** No such field in that format: the AWS name is shown. */
    private static final String NONE = "-";
    /**
     * An object the format writes flat: its members are written in the object that holds it (the spec's scheduled
     * action has minCapacity beside schedule, not in ScalableTargetAction). A message shows the member alone.
     */
    private static final String FLAT = "";

    /** AWS name, Terraform name, spec name. */
    private static final String[][] TABLE = {
            // Application Auto Scaling: scalable targets, scheduled actions
            {"MinCapacity", "min_capacity", "minCapacity"},
            {"MaxCapacity", "max_capacity", "maxCapacity"},
            {"ResourceId", "resource_id", "resourceId"},
            {"ScalableDimension", "scalable_dimension", "dimension"},
            {"ServiceNamespace", "service_namespace", NONE},
            {"SuspendedState", "suspended_state", "suspended"},
            {"DynamicScalingInSuspended", "dynamic_scaling_in_suspended", "suspended.scaleIn"},
            {"DynamicScalingOutSuspended", "dynamic_scaling_out_suspended", "suspended.scaleOut"},
            {"ScheduledScalingSuspended", "scheduled_scaling_suspended", "suspended.scheduled"},
            {"ScalableTargetAction", "scalable_target_action", FLAT},
            {"ScheduledActionName", "name", "name"},
            {"Schedule", "schedule", "schedule"},
            {"Timezone", "timezone", "timezone"},
            // scaling policies
            {"PolicyName", "name", "name"},
            {"PolicyType", "policy_type", NONE},
            {"TargetTrackingScalingPolicyConfiguration", "target_tracking_scaling_policy_configuration",
                    "targetTracking"},
            {"StepScalingPolicyConfiguration", "step_scaling_policy_configuration", "stepScaling"},
            {"TargetValue", "target_value", "targetValue"},
            {"PredefinedMetricSpecification", "predefined_metric_specification", "metric"},
            {"PredefinedMetricType", "predefined_metric_type", "metric"},
            {"CustomizedMetricSpecification", "customized_metric_specification", "customMetric"},
            {"ScaleInCooldown", "scale_in_cooldown", "scaleInCooldown"},
            {"ScaleOutCooldown", "scale_out_cooldown", "scaleOutCooldown"},
            {"DisableScaleIn", "disable_scale_in", "disableScaleIn"},
            {"AdjustmentType", "adjustment_type", "adjustmentType"},
            {"Cooldown", "cooldown", "cooldown"},
            {"MetricAggregationType", "metric_aggregation_type", "metricAggregationType"},
            {"MinAdjustmentMagnitude", "min_adjustment_magnitude", "minAdjustmentMagnitude"},
            {"StepAdjustments", "step_adjustment", "steps"},
            {"MetricIntervalLowerBound", "metric_interval_lower_bound", "lowerBound"},
            {"MetricIntervalUpperBound", "metric_interval_upper_bound", "upperBound"},
            {"ScalingAdjustment", "scaling_adjustment", "adjustment"},
            // CloudWatch metrics and alarms
            {"MetricName", "metric_name", "name"},
            {"Namespace", "namespace", "namespace"},
            {"Statistic", "statistic", "statistic"},
            {"Dimensions", "dimensions", "dimensions"},
            {"Metrics", "metrics", NONE},
            {"ReturnData", "return_data", NONE},
            {"MetricStat", "metric_stat", NONE},
            {"Threshold", "threshold", "threshold"},
            {"ThresholdMetricId", "threshold_metric_id", NONE},
            {"AlarmActions", "alarm_actions", NONE},
            // endpoint configurations and variants
            {"EndpointConfigName", "endpoint_config_name", "configName"},
            {"ProductionVariants", "production_variants", "variants"},
            {"ShadowProductionVariants", "shadow_production_variants", "shadowVariants"},
            {"VariantName", "variant_name", "name"},
            {"ModelName", "model_name", "modelName"},
            {"InstanceType", "instance_type", "instanceType"},
            {"InitialInstanceCount", "initial_instance_count", "initialInstanceCount"},
            {"InitialVariantWeight", "initial_variant_weight", NONE},
            {"InstancePools", "instance_pools", "instancePools"},
            {"VolumeSizeInGB", "volume_size_in_gb", "volumeSizeInGB"},
            {"ContainerStartupHealthCheckTimeoutInSeconds", "container_startup_health_check_timeout_in_seconds",
                    "containerStartupHealthCheckTimeoutInSeconds"},
            {"ModelDataDownloadTimeoutInSeconds", "model_data_download_timeout_in_seconds",
                    "modelDataDownloadTimeoutInSeconds"},
            {"ServerlessConfig", "serverless_config", "serverless"},
            {"MemorySizeInMB", "memory_size_in_mb", "memorySizeInMB"},
            {"MaxConcurrency", "max_concurrency", "maxConcurrency"},
            {"ProvisionedConcurrency", "provisioned_concurrency", "provisionedConcurrency"},
            {"ManagedInstanceScaling", "managed_instance_scaling", "managedInstanceScaling"},
            {"MinInstanceCount", "min_instance_count", "minInstanceCount"},
            {"MaxInstanceCount", "max_instance_count", "maxInstanceCount"},
            {"Status", "status", "status"},
            {"AsyncInferenceConfig", "async_inference_config", "asyncInference"},
            {"DataCaptureConfig", "data_capture_config", "dataCapture"},
            {"KmsKeyId", "kms_key_arn", "kmsKeyId"},
            {"ExecutionRoleArn", "execution_role_arn", "executionRoleArn"},
            // endpoints and deployments
            {"DeploymentConfig", "deployment_config", NONE},
            {"AutoRollbackConfiguration", "auto_rollback_configuration", NONE},
            {"BlueGreenUpdatePolicy", "blue_green_update_policy", NONE},
            {"RollingUpdatePolicy", "rolling_update_policy", NONE},
            {"TrafficRoutingConfiguration", "traffic_routing_configuration", NONE},
            {"CanarySize", "canary_size", NONE},
            {"LinearStepSize", "linear_step_size", NONE},
            {"MaximumBatchSize", "maximum_batch_size", NONE},
            {"WaitIntervalInSeconds", "wait_interval_in_seconds", NONE},
            {"MaximumExecutionTimeoutInSeconds", "maximum_execution_timeout_in_seconds", NONE},
            {"TerminationWaitInSeconds", "termination_wait_in_seconds", NONE},
            {"Alarms", "alarms", NONE},
            {"AlarmName", "alarm_name", NONE},
            {"RetainAllVariantProperties", NONE, "retainAllVariantProperties"},
            {"ExcludeRetainedVariantProperties", NONE, NONE},
            {"DependsOn", "depends_on", NONE},
            // models and containers
            {"PrimaryContainer", "primary_container", NONE},
            {"Containers", "container", "containers"},
            {"ModelDataUrl", "model_data_url", "modelDataUrl"},
            {"ModelDataSource", "model_data_source", "modelDataSource"},
            {"S3DataType", "s3_data_type", NONE},
            {"CompressionType", "compression_type", NONE},
            {"Mode", "mode", "mode"},
            {"Image", "image", "image"},
            {"ImageConfig", "image_config", NONE},
            {"RepositoryAccessMode", "repository_access_mode", "repositoryAccessMode"},
            {"VpcConfig", "vpc_config", "network"},
            {"Subnets", "subnets", "subnets"},
            {"SecurityGroupIds", "security_group_ids", "securityGroups"},
            {"EnableNetworkIsolation", "enable_network_isolation", "networkIsolation"},
            // inference components
            {"RuntimeConfig", "runtime_config", NONE},
            {"CopyCount", "copy_count", "copyCount"},
            {"RuntimeConfig.CopyCount", "runtime_config.copy_count", "copyCount"},
            {"StartupParameters", "startup_parameters", NONE},
            {"NumberOfAcceleratorDevicesRequired", "number_of_accelerator_devices_required",
                    "numberOfAcceleratorDevicesRequired"},
            // VPC endpoints
            {"VpcId", "vpc_id", "vpc"},
            {"ServiceName", "service_name", "service"},
            {"VpcEndpointType", "vpc_endpoint_type", "type"},
            {"PrivateDnsEnabled", "private_dns_enabled", "privateDns"},
            {"RouteTableIds", "route_table_ids", "routeTables"},
            {"SubnetIds", "subnet_ids", "subnets"},
            // training and transform jobs (Terraform has no resource for them)
            {"EnableManagedSpotTraining", NONE, "managedSpot"},
            {"MaxWaitTimeInSeconds", NONE, "maxWaitSeconds"},
            {"MaxRuntimeInSeconds", NONE, "maxRuntimeSeconds"},
            {"StoppingCondition", NONE, NONE},
            {"CheckpointConfig", NONE, NONE},
            {"CheckpointConfig.S3Uri", NONE, "checkpointS3Uri"},
    };

    /** AWS name to the format's spelling; a name the format does not have maps to itself. */
    private static final Map<String, String> TERRAFORM = column(1);
    private static final Map<String, String> NATIVE = column(2);

    /**
     * A word of a message, in one of two kinds. Group 1: text in single quotes, an AWS error message as AWS words it
     * or a value from the input, left as written (an apostrophe inside a word, {@code AWS's}, {@code doesn't},
     * neither opens nor closes it). Group 2: an AWS field name, or a dotted path of them
     * ({@code ServerlessConfig.MaxConcurrency}), written as a word of its own: not part of a longer name, a metric
     * ({@code sagemaker:variant:...}), an attribute ({@code Endpoint.EndpointName}), a path or a placeholder
     * ({@code endpoint/<EndpointName>}).
     */
    private static final Pattern WORD = Pattern.compile("((?<![A-Za-z])'(?:[^']|'(?=[A-Za-z]))*'(?![A-Za-z]))"
            + "|((?<![\\w:./$<-])[A-Z][A-Za-z0-9]*(?:\\.[A-Z][A-Za-z0-9]*)*(?![\\w>]))");

    private FieldNames() {
    }

    /**
     * @param format the {@code InputFormat} name, null when unknown (the CloudFormation spelling is kept)
     * @param name   the field in the CloudFormation / AWS API spelling, or a model component name ({@code instanceType})
     */
    public static String of(String format, String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        char first = name.charAt(0);
        // most names are already an AWS name: no copy of them (the parsers spell every field they read)
        String pascal = Character.toUpperCase(first) == first ? name : Character.toUpperCase(first) + name.substring(1);
        Map<String, String> table = table(format);
        if (table == null) {
            return pascal;
        }
        String spelt = table.get(pascal);
        if (spelt != null) {
            return spelt;
        }
        if ("terraform".equals(format)) {
            return pascal.replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2").replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                    .toLowerCase(Locale.ROOT);
        }
        return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    /**
     * The message with each AWS field name of the table that it writes as a word shown in the format's own
     * spelling; names the format does not have, text in single quotes (AWS error messages, values from the input)
     * and every other word are left as they are.
     */
    public static String inMessage(String format, String message) {
        Map<String, String> table = table(format);
        if (table == null || message == null) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length());
        int last = 0;
        for (Matcher m = WORD.matcher(message); m.find(); ) {
            if (m.group(2) != null) {
                out.append(message, last, m.start()).append(spelling(table, m.group(2)));
                last = m.end();
            }
        }
        String spelt = out.append(message, last, message.length()).toString();
        return spelt.equals(message) ? message : spelt;
    }

    /** A name, or each part of a dotted path the table does not list whole, as the format writes it. */
    private static String spelling(Map<String, String> table, String word) {
        String whole = table.get(word);
        if (whole != null && !whole.equals(FLAT) || word.indexOf('.') < 0) {
            return whole == null || whole.equals(FLAT) ? word : whole;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (String part : word.split("\\.")) {
            String spelt = table.getOrDefault(part, part);
            if (!spelt.equals(FLAT)) {
                out.append(out.length() == 0 ? "" : ".").append(spelt);
            }
        }
        return out.toString();
    }

    /** True when the table names this AWS field (for the test that every field a message names is in it). */
    public static boolean known(String awsName) {
        return TERRAFORM.containsKey(awsName);
    }

    private static Map<String, String> table(String format) {
        return "terraform".equals(format) ? TERRAFORM : "native".equals(format) ? NATIVE : null;
    }

    private static Map<String, String> column(int index) {
        Map<String, String> out = new HashMap<>();
        for (String[] row : TABLE) {
            if (out.put(row[0], row[index].equals(NONE) ? row[0] : row[index]) != null) {
                throw new IllegalStateException("FieldNames lists " + row[0] + " twice");
            }
        }
        return Map.copyOf(out);
    }
}
