package dev.sagelint.model;

/**
 * One entry of a metric-math list: a target-tracking {@code CustomizedMetricSpecification.Metrics[]} item
 * (Terraform {@code metrics} block) or an alarm's {@code Metrics[]} item.
 *
 * @param id         Id, null when not written or unknown
 * @param expression Expression, null when not written (a MetricStat entry) or unknown
 * @param returnData ReturnData, null when not written (the API then returns the entry's data) or unknown
 * @param metricStat true when the entry has a MetricStat
 */
public record MetricQuery(String id, String expression, Boolean returnData, boolean metricStat, Source source) {

    /** The fields of {@link MetricQuery} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        RETURN_DATA("returnData"),
        ID("id"),
        EXPRESSION("expression");

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
