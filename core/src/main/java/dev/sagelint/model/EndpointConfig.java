package dev.sagelint.model;

import java.util.Map;

/**
 * A SageMaker endpoint configuration.
 *
 * @param name                 EndpointConfigName, or null when generated or unknown
 * @param explicitName         true when the input sets the name itself (CloudFormation EndpointConfigName)
 * @param async                true when it has an AsyncInferenceConfig
 * @param variantCount         number of ProductionVariants, null when unknown
 * @param shadowVariantCount   number of ShadowProductionVariants
 * @param executionRoleArn     ExecutionRoleArn, null when absent
 * @param dataCapture          true when DataCaptureConfig is present
 * @param production           resolved stage, null when unknown
 * @param kmsKeyId             KmsKeyId (Terraform kms_key_arn), the key for the ML storage volumes, null when absent
 */
public record EndpointConfig(String key, String name, boolean explicitName, boolean async, Integer variantCount,
                             int shadowVariantCount, String executionRoleArn, boolean dataCapture,
                             Boolean production, Map<String, String> tags, String kmsKeyId, Source source)
        implements Fact {

    public EndpointConfig {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** A config without a KmsKeyId. */
    public EndpointConfig(String key, String name, boolean explicitName, boolean async, Integer variantCount,
                          int shadowVariantCount, String executionRoleArn, boolean dataCapture, Boolean production,
                          Map<String, String> tags, Source source) {
        this(key, name, explicitName, async, variantCount, shadowVariantCount, executionRoleArn, dataCapture,
                production, tags, null, source);
    }

    public EndpointConfig withProduction(Boolean newProduction) {
        return new EndpointConfig(key, name, explicitName, async, variantCount, shadowVariantCount,
                executionRoleArn, dataCapture, newProduction, tags, kmsKeyId, source);
    }

    /** The fields of {@link EndpointConfig} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        NAME(new Names("name", "EndpointConfigName", "name", null)),
        CONFIG_NAME("configName", "EndpointConfigName"),
        ASYNC("async", "AsyncInferenceConfig"),
        EXECUTION_ROLE_ARN("executionRoleArn"),
        KMS_KEY_ID("kmsKeyId"),
        VARIANTS("variants", "ProductionVariants"),
        DATA_CAPTURE("dataCapture", "DataCaptureConfig"),
        SHADOW_VARIANTS("shadowVariants", "ShadowProductionVariants"),
        TAGS("tags"),
        NAME_PREFIX("namePrefix");

        private final Names names;

        Field(String key) {
            this.names = Names.of(key);
        }

        Field(String key, String awsName) {
            this.names = new Names(key, awsName);
        }

        Field(Names names) {
            this.names = names;
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
