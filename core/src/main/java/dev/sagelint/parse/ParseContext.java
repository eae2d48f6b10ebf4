package dev.sagelint.parse;

import dev.sagelint.model.TrafficProfile;

import java.util.Map;

/**
 * What the parsers may know from outside the inputs: safety limits, the traffic profiles and
 * production flags the configuration declares per endpoint name, and template parameter values
 * (CloudFormation {@code --parameters FILE}).
 */
public record ParseContext(Limits limits, Map<String, TrafficProfile> traffic, Map<String, Boolean> production,
                           Map<String, String> parameters) {

    public ParseContext {
        traffic = Map.copyOf(traffic);
        production = Map.copyOf(production);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** The context without parameter values. */
    public ParseContext(Limits limits, Map<String, TrafficProfile> traffic, Map<String, Boolean> production) {
        this(limits, traffic, production, Map.of());
    }

    public static ParseContext defaults() {
        return new ParseContext(Limits.DEFAULT, Map.of(), Map.of());
    }

    public ParseContext withParameters(Map<String, String> values) {
        return new ParseContext(limits, traffic, production, values);
    }
}
