package dev.sagelint.parse;

import dev.sagelint.model.TrafficProfile;

import java.util.List;
import java.util.Map;

/**
 * What the parsers may know from outside the inputs: safety limits, the traffic profiles and
 * production flags the configuration declares per endpoint name, template parameter values
 * (CloudFormation {@code --parameters FILE}) and Terraform variable files named on the command line
 * ({@code --var-file FILE}, in order), and the account quotas the configuration declares (SL207, SL211).
 */
public record ParseContext(Limits limits, Map<String, TrafficProfile> traffic, Map<String, Boolean> production,
                           Map<String, String> parameters, List<SourceFile> varFiles, Map<String, Integer> quotas) {

    public ParseContext {
        quotas = quotas == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(quotas));
        traffic = Map.copyOf(traffic);
        production = Map.copyOf(production);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        varFiles = varFiles == null ? List.of() : List.copyOf(varFiles);
    }

    /** The context without quotas. */
    public ParseContext(Limits limits, Map<String, TrafficProfile> traffic, Map<String, Boolean> production,
                        Map<String, String> parameters, List<SourceFile> varFiles) {
        this(limits, traffic, production, parameters, varFiles, Map.of());
    }

    /** The context without variable files. */
    public ParseContext(Limits limits, Map<String, TrafficProfile> traffic, Map<String, Boolean> production,
                        Map<String, String> parameters) {
        this(limits, traffic, production, parameters, List.of());
    }

    /** The context without parameter values. */
    public ParseContext(Limits limits, Map<String, TrafficProfile> traffic, Map<String, Boolean> production) {
        this(limits, traffic, production, Map.of(), List.of());
    }

    public static ParseContext defaults() {
        return new ParseContext(Limits.DEFAULT, Map.of(), Map.of());
    }

    public ParseContext withParameters(Map<String, String> values) {
        return new ParseContext(limits, traffic, production, values, varFiles, quotas);
    }

    /** The same context with Terraform variable files, applied in this order after the auto-loaded ones. */
    public ParseContext withVarFiles(List<SourceFile> files) {
        return new ParseContext(limits, traffic, production, parameters, files, quotas);
    }
}
