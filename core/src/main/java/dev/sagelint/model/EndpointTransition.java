package dev.sagelint.model;

/**
 * An endpoint in the base and in the head, matched by EndpointName, or by logical id / resource address when the
 * name is generated.
 *
 * @param format the head's input format ({@code cloudformation}, {@code terraform}, {@code native}, {@code aws-api})
 * @param base   the base version, null when the change adds it
 * @param head   the head version, null when the change removes it
 * @param baseConfig     the config the base endpoint uses, null when not in the base's scope
 * @param headConfig     the config the head endpoint uses, null when not in the head's scope
 * @param baseVariants   the production variants of the base config, in its order (empty when it is not in scope)
 * @param configReplaced true when the change gives the endpoint another endpoint config (another name or logical id,
 *                       or the same one with other content): deploying it is an UpdateEndpoint
 */
public record EndpointTransition(String key, String format, Endpoint base, Endpoint head, EndpointConfig baseConfig,
                                 EndpointConfig headConfig, java.util.List<Variant> baseVariants,
                                 boolean configReplaced, Source source)
        implements Transition {

    public EndpointTransition {
        baseVariants = java.util.List.copyOf(baseVariants);
    }

    /** The endpoint's name for messages: EndpointName, else its logical id or address. */
    public String label() {
        Endpoint e = head != null ? head : base;
        return e.name() != null ? e.name() : e.key();
    }

    /** The name of a config for messages: EndpointConfigName, else its logical id or address. */
    public static String configLabel(EndpointConfig config) {
        return config == null ? "?" : config.name() != null ? config.name() : config.key();
    }
}
