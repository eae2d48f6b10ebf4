package dev.sagelint.rules.support;

import dev.sagelint.model.Endpoint;
import dev.sagelint.model.Location;
import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.Variant;

import java.util.Map;
import java.util.Set;

/**
 * Which SageMaker metrics an endpoint kind publishes (SL312), and which variant a plain CloudWatch alarm
 * watches through its EndpointName and VariantName dimensions (SL301, SL312).
 *
 * <p>Asynchronous endpoints: "Any metric not listed below is not published if the endpoint is enabled for
 * asynchronous inference. Such metrics include (but are not limited to): OverheadLatency, Invocations,
 * InvocationsPerInstance" (SageMaker Developer Guide, async-inference-monitor); the list has no
 * ConcurrentRequestsPerModel either. Serverless endpoints: "Any metric not listed below is not published for
 * serverless endpoints" (serverless-endpoints-monitoring); the list has no per-instance, CPU or GPU metric.
 */
public final class PublishedMetrics {

    private static final Set<String> NOT_FOR_ASYNC = Set.of("Invocations", "InvocationsPerInstance",
            "OverheadLatency", "ConcurrentRequestsPerModel");
    private static final Set<String> NOT_FOR_SERVERLESS = Set.of("InvocationsPerInstance", "CPUUtilization",
            "GPUUtilization", "GPUMemoryUtilization");

    /** The CloudWatch metric behind each SageMaker predefined metric type of a variant. */
    private static final Map<String, String> PREDEFINED = Map.of(
            "SageMakerVariantInvocationsPerInstance", "InvocationsPerInstance",
            "SageMakerVariantConcurrentRequestsPerModelHighResolution", "ConcurrentRequestsPerModel");

    private PublishedMetrics() {
    }

    /**
     * The CloudWatch metric a target-tracking policy tracks: the predefined type's metric, or the custom metric
     * when SageMaker publishes its namespace (or the namespace is not written); null otherwise.
     */
    public static String tracked(ScalingPolicy p) {
        if (p.predefinedMetric() != null) {
            return PREDEFINED.get(p.predefinedMetric());
        }
        return sageMakerMetric(p.customMetric());
    }

    /** Where the tracked metric is written: the custom metric's name, or the predefined metric type. */
    public static Location trackedAt(ScalingPolicy p) {
        return p.customMetric() != null && p.predefinedMetric() == null ? p.customMetric().source().at(MetricSpec.Field.NAME)
                : p.source().at(ScalingPolicy.Field.PREDEFINED_METRIC);
    }

    /** The metric's name when SageMaker would be the one to publish it (its namespace, or none written). */
    public static String sageMakerMetric(MetricSpec m) {
        if (m == null || m.name() == null || !m.queries().isEmpty()) {
            return null;
        }
        return m.namespace() == null || m.publishedBySageMaker() ? m.name() : null;
    }

    /** True when SageMaker never publishes the metric for this variant's endpoint kind. */
    public static boolean neverPublished(Variant v, String metric) {
        if (metric == null || v == null) {
            return false;
        }
        if (v.serverless() != null) {
            return NOT_FOR_SERVERLESS.contains(metric);
        }
        return v.async() && NOT_FOR_ASYNC.contains(metric);
    }

    /** The endpoint kind as a message says it. */
    public static String kind(Variant v) {
        return v.serverless() != null ? "serverless" : "asynchronous";
    }

    /** What to scale on instead, for the endpoint kind. */
    public static String instead(Variant v) {
        return v.serverless() != null
                ? "scale provisioned concurrency (sagemaker:variant:DesiredProvisionedConcurrency) on"
                        + " SageMakerVariantProvisionedConcurrencyUtilization, and alarm on a metric serverless"
                        + " endpoints publish (Invocations, ModelLatency, MemoryUtilization ...)"
                : "track ApproximateBacklogSizePerInstance (namespace AWS/SageMaker, dimension EndpointName only)"
                        + " and add a HasBacklogWithoutCapacity step policy to scale from zero";
    }

    /**
     * True when an alarm's metric names the endpoint by its EndpointName dimension: the endpoint's name, or a
     * reference to the endpoint resource (CloudFormation {@code ${Endpoint.EndpointName}}, Terraform
     * {@code aws_sagemaker_endpoint.x.name}) when the name is generated.
     */
    public static boolean namesEndpoint(MetricSpec m, Endpoint e) {
        if (m == null || e == null) {
            return false;
        }
        String value = m.dimensions().get("EndpointName");
        if (value == null) {
            return false;
        }
        if (e.name() != null && value.equals(e.name())) {
            return true;
        }
        return value.contains("${" + e.key() + "}") || value.contains("${" + e.key() + ".")
                || value.contains(e.key() + ".name");
    }

    /** True when the alarm's VariantName dimension is absent (the whole endpoint) or the variant's name. */
    public static boolean namesVariant(MetricSpec m, String variantName) {
        String value = m == null ? null : m.dimensions().get("VariantName");
        return value == null || value.equals(variantName);
    }
}
