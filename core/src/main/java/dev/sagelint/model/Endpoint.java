package dev.sagelint.model;

import java.util.Map;

/**
 * A SageMaker endpoint.
 *
 * @param key        unique id of the fact within its deployment
 * @param name       EndpointName, or null when generated or unknown
 * @param configName the EndpointConfigName it uses, or null when unknown
 * @param configKey  the key of that {@link EndpointConfig} when it is in scope (resolved by the linker)
 * @param traffic    the declared traffic profile, or null
 * @param production true or false when the stage is known, null otherwise
 * @param retainAllVariantProperties RetainAllVariantProperties, null when not written
 * @param deploymentConfig DeploymentConfig (Terraform deployment_config), null when not written
 */
public record Endpoint(String key, String name, String configName, String configKey, TrafficProfile traffic,
                       Boolean production, Boolean retainAllVariantProperties, Map<String, String> tags,
                       DeploymentConfig deploymentConfig, Source source) implements Fact {

    public Endpoint {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** An endpoint without a DeploymentConfig. */
    public Endpoint(String key, String name, String configName, String configKey, TrafficProfile traffic,
                    Boolean production, Boolean retainAllVariantProperties, Map<String, String> tags, Source source) {
        this(key, name, configName, configKey, traffic, production, retainAllVariantProperties, tags, null, source);
    }

    public Endpoint linked(String newConfigKey, TrafficProfile newTraffic, Boolean newProduction) {
        return new Endpoint(key, name, configName, newConfigKey, newTraffic, newProduction,
                retainAllVariantProperties, tags, deploymentConfig, source);
    }

    /** The fields of {@link Endpoint} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        NAME(Names.ownName("name", "EndpointName")),
        CONFIG_NAME("configName", "EndpointConfigName"),
        RETAIN_ALL_VARIANT_PROPERTIES("retainAllVariantProperties"),
        TAGS("tags"),
        TRAFFIC("traffic", "Metadata.sagelint.traffic"),
        NETWORK("network"),
        DEPLOYMENT_CONFIG("deploymentConfig"),
        CONTAINERS("containers");

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
