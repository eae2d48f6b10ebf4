package dev.sagelint.model;

import java.util.List;

/**
 * An endpoint config in the base and in the head, matched by EndpointConfigName, or by logical id / resource address
 * when the name is generated.
 *
 * @param format the head's input format ({@code cloudformation}, {@code terraform}, {@code native}, {@code aws-api})
 * @param base   the base version, null when the change adds it
 * @param head   the head version, null when the change removes it
 * @param changes what differs between the two versions, each as {@code Field: before -> after} in the head's spelling
 *                (the config's own fields and those of its variants); empty when the content is the same
 */
public record ConfigTransition(String key, String format, EndpointConfig base, EndpointConfig head,
                               List<String> changes, Source source) implements Transition {

    public ConfigTransition {
        changes = List.copyOf(changes);
    }

    /** True when the two versions differ in content. */
    public boolean changed() {
        return !changes.isEmpty();
    }

    /** True when both versions write the same fixed name: the change cannot be a new resource beside the old one. */
    public boolean sameFixedName() {
        return base != null && head != null && head.explicitName() && head.name() != null
                && head.name().equals(base.name());
    }
}
