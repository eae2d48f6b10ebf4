package dev.sagelint.model;

import java.util.Locale;

/**
 * A field as each input format spells it: CloudFormation and the AWS API write {@code InstanceType}, Terraform
 * {@code instance_type}, the sagelint spec {@code instanceType}. Messages about a change use the head's spelling.
 */
public final class FieldNames {

    /** The sagelint spec's own names where they are not the camel-case of the AWS name. */
    private static final java.util.Map<String, String> NATIVE = java.util.Map.of(
            "EndpointConfigName", "configName", "ProductionVariants", "variants", "VariantName", "name",
            "EndpointName", "name");

    private FieldNames() {
    }

    /**
     * @param format the {@code InputFormat} name, null when unknown (the CloudFormation spelling is kept)
     * @param name   the field in the CloudFormation / AWS API spelling, or a model component name ({@code instanceType})
     */
    public static String of(String format, String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        String pascal = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if ("terraform".equals(format)) {
            return pascal.replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2").replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                    .toLowerCase(Locale.ROOT);
        }
        if ("native".equals(format)) {
            if (NATIVE.containsKey(pascal)) {
                return NATIVE.get(pascal);
            }
            return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        }
        return pascal;
    }
}
