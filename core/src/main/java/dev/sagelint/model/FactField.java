package dev.sagelint.model;

/**
 * A field of a fact that {@link Source} records a location for, as one constant per field in the fact's own
 * {@code Field} enum ({@code ScalableTarget.Field.MIN_CAPACITY}), so that a rule naming a field that does not exist
 * fails to compile instead of silently pointing at the resource's first line. Rules ask
 * {@code source().at(ScalableTarget.Field.MIN_CAPACITY)}, {@code isUnknown(...)} and {@code isSet(...)}.
 */
public interface FactField {

    /** The key {@link Source} records the field under (the model's camel-case name: {@code minCapacity}). */
    String key();

    /** The field as CloudFormation and the AWS API write it: {@code MinCapacity}. */
    String awsName();

    /**
     * The field as the input format writes it, for messages: {@code MinCapacity} (CloudFormation, API JSON),
     * {@code min_capacity} (Terraform), {@code minCapacity} (the sagelint spec).
     *
     * @param format the {@code InputFormat} name, null for the CloudFormation spelling
     */
    default String spelling(String format) {
        return FieldNames.of(format, awsName());
    }

    /** The AWS spelling of a key that is just its camel case capitalised. */
    static String pascal(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
