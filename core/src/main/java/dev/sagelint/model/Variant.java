package dev.sagelint.model;

import java.util.List;

/**
 * A production (or shadow) variant of an endpoint configuration.
 *
 * @param configKey         key of the owning {@link EndpointConfig}
 * @param name              VariantName, null when unknown
 * @param modelName         ModelName, null when absent (inference-component endpoints)
 * @param instanceType      InstanceType, null when absent or unknown
 * @param instancePoolTypes InstancePools[].InstanceType
 * @param initialInstanceCount InitialInstanceCount, null when absent or unknown
 * @param serverless        ServerlessConfig, null when absent
 * @param managedInstanceScaling ManagedInstanceScaling, null when absent
 * @param spotSettings      every spot-like setting written on the variant (SageMaker has none for hosting)
 * @param shadow            true for ShadowProductionVariants
 * @param async             copied from the endpoint config by the linker
 * @param production        resolved stage by the linker, null when unknown
 * @param modelKey          key of the {@link Model} it serves: set by formats that reference the model resource
 *                          (CloudFormation Ref/GetAtt, Terraform references), otherwise by the linker when exactly
 *                          one model in scope has its ModelName; null when the model is not in scope
 * @param volumeSizeInGB    VolumeSizeInGB (the ML storage volume attached to each instance), null when not written
 * @param containerStartupHealthCheckTimeoutInSeconds ContainerStartupHealthCheckTimeoutInSeconds (how long
 *                          SageMaker waits for the container's /ping after start-up), null when not written
 * @param modelDataDownloadTimeoutInSeconds ModelDataDownloadTimeoutInSeconds (how long the model download may
 *                          take), null when not written
 */
public record Variant(String key, String configKey, String name, String modelName, String instanceType,
                      List<String> instancePoolTypes, Integer initialInstanceCount, ServerlessConfig serverless,
                      ManagedInstanceScaling managedInstanceScaling, List<Setting> spotSettings, boolean shadow,
                      boolean async, Boolean production, String modelKey, Integer volumeSizeInGB,
                      Integer containerStartupHealthCheckTimeoutInSeconds, Integer modelDataDownloadTimeoutInSeconds,
                      Source source) implements Fact {

    public Variant {
        instancePoolTypes = List.copyOf(instancePoolTypes);
        spotSettings = List.copyOf(spotSettings);
    }

    /** A variant without the model link and the per-instance storage and start-up settings. */
    public Variant(String key, String configKey, String name, String modelName, String instanceType,
                   List<String> instancePoolTypes, Integer initialInstanceCount, ServerlessConfig serverless,
                   ManagedInstanceScaling managedInstanceScaling, List<Setting> spotSettings, boolean shadow,
                   boolean async, Boolean production, Source source) {
        this(key, configKey, name, modelName, instanceType, instancePoolTypes, initialInstanceCount, serverless,
                managedInstanceScaling, spotSettings, shadow, async, production, null, null, null, null, source);
    }

    /** Every instance type the variant may run on: InstanceType and the InstancePools types. */
    public List<String> instanceTypes() {
        if (instanceType == null) {
            return instancePoolTypes;
        }
        var all = new java.util.ArrayList<String>(instancePoolTypes.size() + 1);
        all.add(instanceType);
        all.addAll(instancePoolTypes);
        return List.copyOf(all);
    }

    /** Instance-based (not serverless) and backed by instances. */
    public boolean instanceBased() {
        return serverless == null && (instanceType != null || !instancePoolTypes.isEmpty()
                || source.isUnknown("instanceType"));
    }

    public Variant linked(boolean newAsync, Boolean newProduction) {
        return linked(newAsync, newProduction, modelKey);
    }

    public Variant linked(boolean newAsync, Boolean newProduction, String newModelKey) {
        return new Variant(key, configKey, name, modelName, instanceType, instancePoolTypes, initialInstanceCount,
                serverless, managedInstanceScaling, spotSettings, shadow, newAsync, newProduction, newModelKey,
                volumeSizeInGB, containerStartupHealthCheckTimeoutInSeconds, modelDataDownloadTimeoutInSeconds,
                source);
    }

    /** The fields of {@link Variant} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        NAME("name", "VariantName"),
        MODEL_NAME("modelName"),
        INSTANCE_TYPE("instanceType"),
        INSTANCE_POOLS("instancePools"),
        INITIAL_INSTANCE_COUNT("initialInstanceCount"),
        SERVERLESS("serverless", "ServerlessConfig"),
        MANAGED_INSTANCE_SCALING("managedInstanceScaling"),
        VOLUME_SIZE_IN_GB("volumeSizeInGB"),
        CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT_IN_SECONDS("containerStartupHealthCheckTimeoutInSeconds"),
        MODEL_DATA_DOWNLOAD_TIMEOUT_IN_SECONDS("modelDataDownloadTimeoutInSeconds"),
        PURCHASE_OPTION("purchaseOption"),
        SPOT_SETTINGS("spotSettings"),
        AUTOSCALING("autoscaling");

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
