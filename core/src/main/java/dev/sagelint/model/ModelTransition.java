package dev.sagelint.model;

import java.util.List;

/**
 * A SageMaker model in the base and in the head, matched by ModelName, or by logical id / resource address when the
 * name is generated.
 *
 * @param format the head's input format ({@code cloudformation}, {@code terraform}, {@code native}, {@code aws-api})
 * @param base   the base version, null when the change adds it
 * @param head   the head version, null when the change removes it
 * @param changes what differs (the model's fields and its containers'), as {@code Field: before -> after}
 */
public record ModelTransition(String key, String format, Model base, Model head, List<String> changes,
                              Source source) implements Transition {

    public ModelTransition {
        changes = List.copyOf(changes);
    }

    /** True when the two versions differ in content. */
    public boolean changed() {
        return !changes.isEmpty();
    }

    /** True when both versions have the same ModelName written in the input. */
    public boolean sameName() {
        return base != null && head != null && head.name() != null && head.name().equals(base.name());
    }
}
