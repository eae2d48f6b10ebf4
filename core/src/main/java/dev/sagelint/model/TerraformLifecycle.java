package dev.sagelint.model;

import java.util.List;

/**
 * What a Terraform SageMaker resource ({@code aws_sagemaker_model}, {@code aws_sagemaker_endpoint_configuration},
 * {@code aws_sagemaker_endpoint}) writes about its name and its replacement.
 *
 * @param resourceKey         key of the {@link Model}, {@link EndpointConfig} or {@link Endpoint} fact of the same
 *                            resource
 * @param resourceType        the Terraform resource type
 * @param name                the {@code name} as written, null when absent or unknown
 * @param fixedName           true when {@code name} is written (known or not)
 * @param literalName         true when {@code name} is a constant written in place (no variable, local or reference)
 * @param createBeforeDestroy lifecycle.create_before_destroy, null when not written or unknown
 * @param replaceTriggered    true when lifecycle.replace_triggered_by is written
 * @param replaceTriggeredBy  keys of the facts of the resources that lifecycle.replace_triggered_by names, when they
 *                            are in scope
 */
public record TerraformLifecycle(String key, String resourceKey, String resourceType, String name, boolean fixedName,
                                 boolean literalName, Boolean createBeforeDestroy, boolean replaceTriggered,
                                 List<String> replaceTriggeredBy, Source source) implements Fact {

    public TerraformLifecycle {
        replaceTriggeredBy = List.copyOf(replaceTriggeredBy);
    }

    /** The fields of {@link TerraformLifecycle} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        NAME("name"),
        LIFECYCLE("lifecycle"),
        CREATE_BEFORE_DESTROY("createBeforeDestroy"),
        REPLACE_TRIGGERED_BY("replaceTriggeredBy");

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
