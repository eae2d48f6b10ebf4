package dev.sagelint.parse;

import dev.sagelint.model.TrafficProfile;

import java.util.Map;

/**
 * What the parsers may know from outside the inputs: safety limits and the traffic profiles and
 * production flags the configuration declares per endpoint name.
 */
public record ParseContext(Limits limits, Map<String, TrafficProfile> traffic, Map<String, Boolean> production) {

    public ParseContext {
        traffic = Map.copyOf(traffic);
        production = Map.copyOf(production);
    }

    public static ParseContext defaults() {
        return new ParseContext(Limits.DEFAULT, Map.of(), Map.of());
    }
}
