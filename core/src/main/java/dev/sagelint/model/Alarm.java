package dev.sagelint.model;

import java.util.List;

/**
 * A CloudWatch alarm.
 *
 * @param policyKeys keys of the scaling policies in its AlarmActions that are in scope
 * @param thresholdMetricId ThresholdMetricId: the id of the anomaly-detection band the alarm compares with,
 *                   null when the alarm has a static threshold
 */
public record Alarm(String key, String name, MetricSpec metric, Double threshold, List<String> policyKeys,
                    String thresholdMetricId, Source source) implements Fact {

    public Alarm {
        policyKeys = List.copyOf(policyKeys);
    }

    /** An alarm with a static threshold. */
    public Alarm(String key, String name, MetricSpec metric, Double threshold, List<String> policyKeys,
                 Source source) {
        this(key, name, metric, threshold, policyKeys, null, source);
    }

    /** The fields of {@link Alarm} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        THRESHOLD("threshold"),
        THRESHOLD_METRIC_ID("thresholdMetricId"),
        NAME("name", "AlarmName"),
        ALARM_ACTIONS("alarmActions"),
        METRIC("metric", "MetricName");

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
