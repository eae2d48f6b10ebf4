package dev.sagelint.model;

/**
 * A field whose value comes from an input of the deployment rather than being written in place: a CloudFormation
 * parameter ({@code !Ref InstanceType}) or a Terraform variable ({@code var.instance_type}). Such a value is meant
 * to change between deployments, which some changes cannot survive (SL708).
 *
 * @param factKey the key of the fact that has the field
 * @param field   the field, as the fact's source names it ({@code instanceType})
 * @param input   the input for messages: {@code parameter InstanceType}, {@code variable instance_type}
 */
public record ParameterisedValue(String key, String factKey, String field, String input, Source source)
        implements Fact {
}
