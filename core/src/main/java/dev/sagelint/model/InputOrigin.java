package dev.sagelint.model;

/**
 * Which input format a deployment was read from ({@code cloudformation}, {@code terraform}, ...),
 * for the rules that only make sense for one tool. At most one per deployment.
 */
public record InputOrigin(String key, String format, Source source) implements Fact {

    public static final String CLOUDFORMATION = "cloudformation";

    public boolean cloudFormation() {
        return CLOUDFORMATION.equals(format);
    }
}
