package dev.sagelint.model;

import java.util.Map;

/**
 * A CloudWatch metric as a scaling policy or an alarm names it; each part null when not written.
 *
 * @param queries the metric-math entries ({@code Metrics[]}), empty when the metric is named directly
 */
public record MetricSpec(String namespace, String name, Map<String, String> dimensions, String statistic,
                         java.util.List<MetricQuery> queries, Source source) {

    public MetricSpec {
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
        queries = queries == null ? java.util.List.of() : java.util.List.copyOf(queries);
    }

    /** A metric named directly, without metric math. */
    public MetricSpec(String namespace, String name, Map<String, String> dimensions, String statistic,
                      Source source) {
        this(namespace, name, dimensions, statistic, java.util.List.of(), source);
    }

    /** True for metrics SageMaker itself publishes (AWS/SageMaker and /aws/sagemaker/...). */
    public boolean publishedBySageMaker() {
        return namespace != null && (namespace.equals("AWS/SageMaker") || namespace.startsWith("/aws/sagemaker/"));
    }

    /** The fields of {@link MetricSpec} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        METRICS("metrics"),
        NAME("name", "MetricName"),
        STATISTIC("statistic"),
        NAMESPACE("namespace"),
        DIMENSIONS("dimensions");

        private final Names names;

        Field(String key) {
            this.names = Names.of(key);
        }

        Field(String key, String awsName) {
            this.names = new Names(key, awsName);
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
