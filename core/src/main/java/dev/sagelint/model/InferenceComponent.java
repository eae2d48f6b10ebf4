package dev.sagelint.model;

/**
 * A SageMaker inference component.
 *
 * @param endpointName the endpoint it is placed on, null when unknown
 * @param endpointKey  key of that {@link Endpoint} when in scope (linker)
 * @param copyCount    RuntimeConfig.CopyCount, null when not written
 * @param numberOfAcceleratorDevicesRequired Specification.ComputeResourceRequirements.NumberOfAcceleratorDevicesRequired:
 *                     the GPUs or Neuron devices each copy needs, null when not written
 */
public record InferenceComponent(String key, String name, String endpointName, String variantName,
                                 Integer copyCount, String artifactUrl, String endpointKey,
                                 Double numberOfAcceleratorDevicesRequired, Source source)
        implements Fact {

    /** A component without compute resource requirements. */
    public InferenceComponent(String key, String name, String endpointName, String variantName, Integer copyCount,
                              String artifactUrl, String endpointKey, Source source) {
        this(key, name, endpointName, variantName, copyCount, artifactUrl, endpointKey, null, source);
    }

    public InferenceComponent linked(String newEndpointKey) {
        return new InferenceComponent(key, name, endpointName, variantName, copyCount, artifactUrl, newEndpointKey,
                numberOfAcceleratorDevicesRequired, source);
    }

    /** The fields of {@link InferenceComponent} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        COPY_COUNT("copyCount"),
        ENDPOINT(new Names("endpoint", "EndpointName", "endpoint_name", "endpoint")),
        NUMBER_OF_ACCELERATOR_DEVICES_REQUIRED("numberOfAcceleratorDevicesRequired"),
        NAME(Names.ownName("name", "InferenceComponentName")),
        VARIANT("variant", "VariantName"),
        ARTIFACT_URL("artifactUrl", "Specification.Container.ArtifactUrl"),
        SPECIFICATION("specification"),
        RUNTIME_CONFIG("runtimeConfig"),
        AUTOSCALING("autoscaling");

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
