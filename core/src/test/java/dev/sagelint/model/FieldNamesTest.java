package dev.sagelint.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Messages name the input's own fields (issue 17): the table, and where a word counts as a field name. */
class FieldNamesTest {

    private static final String SL201 = "MinCapacity is 0 on variant AllTraffic; use MinCapacity >= 1";

    @Test
    void cloudFormationAndApiMessagesAreLeftAsWritten() {
        assertSame(SL201, FieldNames.inMessage("cloudformation", SL201));
        assertSame(SL201, FieldNames.inMessage("aws-api", SL201));
        assertSame(SL201, FieldNames.inMessage(null, SL201));
    }

    @Test
    void terraformAndTheSpecReadTheirOwnNames() {
        assertEquals("min_capacity is 0 on variant AllTraffic; use min_capacity >= 1",
                FieldNames.inMessage("terraform", SL201));
        assertEquals("minCapacity is 0 on variant AllTraffic; use minCapacity >= 1",
                FieldNames.inMessage("native", SL201));
    }

    @Test
    void aFieldIsSpeltAsItsOwnResourceWritesIt() {
        // a resource's own name is name in Terraform; the same AWS name on another resource is not
        assertEquals("name", Model.Field.NAME.spelling("terraform"));
        assertEquals("name", Endpoint.Field.NAME.spelling("terraform"));
        assertEquals("name", EndpointConfig.Field.NAME.spelling("terraform"));
        assertEquals("model_name", Variant.Field.MODEL_NAME.spelling("terraform"));
        assertEquals("endpoint_config_name", Endpoint.Field.CONFIG_NAME.spelling("terraform"));
        assertEquals("endpoint_name", InferenceComponent.Field.ENDPOINT.spelling("terraform"));
        assertEquals("endpoint", InferenceComponent.Field.ENDPOINT.spelling("native"));
        assertEquals("ModelName", Model.Field.NAME.spelling("cloudformation"));
        assertEquals("EndpointName", InferenceComponent.Field.ENDPOINT.spelling("aws-api"));
    }

    @Test
    void diffModeSpellsFieldsAsTheHeadDoes() {
        assertEquals("InstanceType", FieldNames.of("cloudformation", "instanceType"));
        assertEquals("instance_type", FieldNames.of("terraform", "InstanceType"));
        assertEquals("volume_size_in_gb", FieldNames.of("terraform", "volumeSizeInGB"));
        assertEquals("minCapacity", FieldNames.of("native", "MinCapacity"));
        assertEquals("configName", FieldNames.of("native", "EndpointConfigName"));
        assertEquals("lifecycle", FieldNames.of("terraform", "Lifecycle")); // not in the table: derived
        assertNull(FieldNames.of("terraform", null));
    }

    @Test
    void namesThatAreNotDerivedMechanicallyComeFromTheTable() {
        assertEquals("step_adjustment", FieldNames.of("terraform", "StepAdjustments"));
        assertEquals("kms_key_arn", FieldNames.of("terraform", "KmsKeyId"));
        assertEquals("steps", FieldNames.of("native", "StepAdjustments"));
        assertEquals("metric", FieldNames.of("native", "PredefinedMetricType"));
        assertEquals("privateDns", FieldNames.of("native", "PrivateDnsEnabled"));
        assertEquals("set checkpointS3Uri.", FieldNames.inMessage("native", "set CheckpointConfig.S3Uri."));
        assertEquals("ServerlessConfig.MaxConcurrency 5", FieldNames.inMessage("cloudformation",
                "ServerlessConfig.MaxConcurrency 5"));
        assertEquals("serverless_config.max_concurrency 5", FieldNames.inMessage("terraform",
                "ServerlessConfig.MaxConcurrency 5"));
        assertEquals("serverless_config {max_concurrency}",
                FieldNames.inMessage("terraform", "ServerlessConfig {MaxConcurrency}"));
    }

    @Test
    void quotedAwsErrorsAndInputValuesAreLeftAsWritten() {
        assertEquals("model_name is set: CreateEndpoint fails with 'ManagedInstanceScaling is only supported for"
                        + " endpoints that don't host a model'; AWS's advice is to drop model_name",
                FieldNames.inMessage("terraform", "ModelName is set: CreateEndpoint fails with 'ManagedInstanceScaling"
                        + " is only supported for endpoints that don't host a model'; AWS's advice is to drop ModelName"));
        assertEquals("resource_id 'MinCapacity' is malformed",
                FieldNames.inMessage("terraform", "ResourceId 'MinCapacity' is malformed"));
    }

    @Test
    void aFieldTheFormatDoesNotHaveKeepsItsAwsName() {
        assertEquals("RetainAllVariantProperties is set", FieldNames.inMessage("terraform",
                "RetainAllVariantProperties is set"));
        assertEquals("AlarmActions of an alarm", FieldNames.inMessage("native", "AlarmActions of an alarm"));
    }

    @Test
    void valuesAttributesPlaceholdersAndLongerNamesAreNotFieldNames() {
        String message = "metric sagemaker:variant:DesiredInstanceCount, !GetAtt Ep.EndpointName,"
                + " endpoint/<EndpointName>/variant/<VariantName>, SageMakerVariantInvocationsPerInstance,"
                + " MinCapacityX, ScalableTarget";
        assertSame(message, FieldNames.inMessage("terraform", message));
    }
}
