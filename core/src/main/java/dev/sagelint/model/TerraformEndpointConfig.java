package dev.sagelint.model;

/**
 * What a Terraform {@code aws_sagemaker_endpoint_configuration} writes about its own replacement: a
 * fixed name, a name prefix and {@code lifecycle { create_before_destroy }}.
 *
 * @param configKey           key of the {@link EndpointConfig} fact of the same resource
 * @param name                the fixed {@code name}, null when absent (see source for unknown)
 * @param fixedName           true when {@code name} is written (known or not)
 * @param namePrefix          true when {@code name_prefix} is written
 * @param createBeforeDestroy lifecycle.create_before_destroy, null when not written or unknown
 */
public record TerraformEndpointConfig(String key, String configKey, String name, boolean fixedName,
                                      boolean namePrefix, Boolean createBeforeDestroy, Source source)
        implements Fact {

    /** The fields of {@link TerraformEndpointConfig} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        NAME("name"),
        LIFECYCLE("lifecycle"),
        NAME_PREFIX("namePrefix"),
        CREATE_BEFORE_DESTROY("createBeforeDestroy");

        private final Names names;

        Field(String key) {
            this.names = Names.of(key);
        }

        Field(String key, String awsName) {
            this.names = new Names(key, awsName);
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
