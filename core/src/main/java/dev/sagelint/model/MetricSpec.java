package dev.sagelint.model;

import java.util.Map;

/** A CloudWatch metric as a scaling policy or an alarm names it; each part null when not written. */
public record MetricSpec(String namespace, String name, Map<String, String> dimensions, String statistic,
                         Source source) {

    public MetricSpec {
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
    }

    /** True for metrics SageMaker itself publishes (AWS/SageMaker and /aws/sagemaker/...). */
    public boolean publishedBySageMaker() {
        return namespace != null && (namespace.equals("AWS/SageMaker") || namespace.startsWith("/aws/sagemaker/"));
    }
}
