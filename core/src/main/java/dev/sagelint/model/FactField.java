package dev.sagelint.model;

/**
 * A field of a fact that {@link Source} records a location for, as one constant per field in the fact's own
 * {@code Field} enum ({@code ScalableTarget.Field.MIN_CAPACITY}), so that a rule naming a field that does not exist
 * fails to compile instead of silently pointing at the resource's first line. Rules ask
 * {@code source().at(ScalableTarget.Field.MIN_CAPACITY)}, {@code isUnknown(...)} and {@code isSet(...)}.
 */
public interface FactField {

    /**
     * A field's names, which each constant holds (one record, so the enums do not each repeat them). {@code terraform}
     * and {@code spec} are the field's own spelling in those formats where it differs from what {@link FieldNames}
     * gives its AWS name: a resource's own name is {@code name} in Terraform ({@code aws_sagemaker_model.name}),
     * whereas {@code ModelName} elsewhere (a production variant's) is {@code model_name}. Null: as the table says.
     */
    record Names(String key, String awsName, String terraform, String spec) {

        public Names(String key, String awsName) {
            this(key, awsName, null, null);
        }

        /** A field whose AWS name is its key capitalised ({@code minCapacity}, {@code MinCapacity}). */
        public static Names of(String key) {
            return new Names(key, pascal(key));
        }

        /** A resource's own name: {@code name} in Terraform and in the spec, whatever its AWS name. */
        public static Names ownName(String key, String awsName) {
            return new Names(key, awsName, "name", "name");
        }
    }

    Names names();

    /** The key {@link Source} records the field under (the model's camel-case name: {@code minCapacity}). */
    default String key() {
        return names().key();
    }

    /** The field as CloudFormation and the AWS API write it: {@code MinCapacity}. */
    default String awsName() {
        return names().awsName();
    }

    /**
     * The field as the input format writes it, for messages: {@code MinCapacity} (CloudFormation, API JSON),
     * {@code min_capacity} (Terraform), {@code minCapacity} (the sagelint spec).
     *
     * @param format the {@code InputFormat} name, null for the CloudFormation spelling
     */
    default String spelling(String format) {
        String own = "terraform".equals(format) ? names().terraform() : "native".equals(format) ? names().spec() : null;
        return own != null ? own : FieldNames.of(format, awsName());
    }

    /** The AWS spelling of a key that is just its camel case capitalised. */
    static String pascal(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
