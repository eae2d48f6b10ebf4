package dev.sagelint.model;

import java.util.List;

/**
 * A CloudWatch alarm.
 *
 * @param policyKeys keys of the scaling policies in its AlarmActions that are in scope
 */
public record Alarm(String key, String name, MetricSpec metric, Double threshold, List<String> policyKeys,
                    Source source) implements Fact {

    public Alarm {
        policyKeys = List.copyOf(policyKeys);
    }
}
