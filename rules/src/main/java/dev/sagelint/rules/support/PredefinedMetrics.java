package dev.sagelint.rules.support;

import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.ScalableTarget;

import java.util.List;
import java.util.Map;

/** Which SageMaker predefined metric types each scalable dimension accepts (domain facts 2.2, BOTO-AAS MetricType). */
public final class PredefinedMetrics {

    public static final String INVOCATIONS_PER_INSTANCE = "SageMakerVariantInvocationsPerInstance";
    public static final String INVOCATIONS_PER_COPY = "SageMakerInferenceComponentInvocationsPerCopy";

    private static final Map<String, List<String>> BY_DIMENSION = Map.of(
            ScalableTarget.INSTANCE_COUNT, List.of(INVOCATIONS_PER_INSTANCE,
                    "SageMakerVariantConcurrentRequestsPerModelHighResolution"),
            ScalableTarget.PROVISIONED_CONCURRENCY, List.of("SageMakerVariantProvisionedConcurrencyUtilization"),
            ScalableTarget.COPY_COUNT, List.of(INVOCATIONS_PER_COPY,
                    "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution"));

    private PredefinedMetrics() {
    }

    /** The predefined metric types the dimension accepts; empty for a dimension that is not SageMaker's. */
    public static List<String> forDimension(String dimension) {
        return dimension == null ? List.of() : BY_DIMENSION.getOrDefault(dimension, List.of());
    }

    /** True when the dimension is a SageMaker one and does not accept the metric type. */
    public static boolean mismatched(String metric, String dimension) {
        List<String> allowed = forDimension(dimension);
        return metric != null && !allowed.isEmpty() && !allowed.contains(metric);
    }

    /** True for the async queue metrics, which SageMaker publishes with the EndpointName dimension only. */
    public static boolean asyncQueueMetric(String name) {
        return name != null && (name.startsWith("ApproximateBacklogSize") || name.equals("ApproximateAgeOfOldestRequest")
                || name.equals("HasBacklogWithoutCapacity"));
    }

    /** An async queue metric whose known dimensions include VariantName or lack EndpointName. */
    public static boolean wrongAsyncDimensions(MetricSpec m) {
        return m != null && asyncQueueMetric(m.name()) && !m.source().isUnknown(MetricSpec.Field.DIMENSIONS)
                && (m.dimensions().containsKey("VariantName") || !m.dimensions().containsKey("EndpointName"));
    }

    /** A number as a message shows it: 70 rather than 70.0. */
    public static String number(Double value) {
        if (value == null) {
            return "null";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue())
                : String.valueOf(value);
    }
}
