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
 */
public record Variant(String key, String configKey, String name, String modelName, String instanceType,
                      List<String> instancePoolTypes, Integer initialInstanceCount, ServerlessConfig serverless,
                      ManagedInstanceScaling managedInstanceScaling, List<Setting> spotSettings, boolean shadow,
                      boolean async, Boolean production, Source source) implements Fact {

    public Variant {
        instancePoolTypes = List.copyOf(instancePoolTypes);
        spotSettings = List.copyOf(spotSettings);
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
        return new Variant(key, configKey, name, modelName, instanceType, instancePoolTypes, initialInstanceCount,
                serverless, managedInstanceScaling, spotSettings, shadow, newAsync, newProduction, source);
    }
}
