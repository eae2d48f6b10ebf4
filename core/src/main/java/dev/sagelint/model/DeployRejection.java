package dev.sagelint.model;

/**
 * A value the input's own deploying tool or service rejects at deploy time although the file reads
 * fine: a parameter value outside its {@code AllowedValues}, a scaling policy with two metric
 * specifications, the ARN that {@code Ref} returns where SageMaker expects a name. Rule SL006 reports it.
 *
 * @param message what was seen, what the service accepts, and the fix
 */
public record DeployRejection(String key, String message, Source source) implements Fact {

    /** A rejection reported at {@code location}; its key is unique per location and message. */
    public static DeployRejection at(Location location, String message) {
        return new DeployRejection("rejected:" + location + "#" + message.hashCode(), message, Source.at(location));
    }
}
