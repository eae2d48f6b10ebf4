package dev.sagelint.model;

/**
 * An Application Auto Scaling scalable target.
 *
 * @param resourceId       ResourceId as resolved; unknown segments kept as {@code ${...}}; null when unknown
 * @param dimension        ScalableDimension
 * @param namespace        ServiceNamespace
 * @param endpointName     the endpoint name parsed from the resource id, null when unknown
 * @param variantName      the variant name parsed from the resource id, null when unknown
 * @param componentName    the inference component name parsed from the resource id, null when unknown
 * @param declaresResourceId true when this fact carries the ResourceId itself (not inherited)
 * @param endpointKey      key of the {@link Endpoint} it scales (linker), null when not in scope
 * @param variantKey       key of the {@link Variant} it scales (linker), null when not in scope
 * @param componentKey     key of the {@link InferenceComponent} it scales (linker)
 */
public record ScalableTarget(String key, String resourceId, String dimension, String namespace,
                             Integer minCapacity, Integer maxCapacity, Boolean scaleInSuspended,
                             Boolean scaleOutSuspended, Boolean scheduledSuspended, String endpointName,
                             String variantName, String componentName, boolean declaresResourceId,
                             String endpointKey, String variantKey, String componentKey, Source source)
        implements Fact {

    public static final String INSTANCE_COUNT = "sagemaker:variant:DesiredInstanceCount";
    public static final String PROVISIONED_CONCURRENCY = "sagemaker:variant:DesiredProvisionedConcurrency";
    public static final String COPY_COUNT = "sagemaker:inference-component:DesiredCopyCount";

    public boolean isSageMaker() {
        return "sagemaker".equals(namespace) || (dimension != null && dimension.startsWith("sagemaker:"));
    }

    public ScalableTarget linked(String newEndpointKey, String newVariantKey, String newComponentKey) {
        return new ScalableTarget(key, resourceId, dimension, namespace, minCapacity, maxCapacity,
                scaleInSuspended, scaleOutSuspended, scheduledSuspended, endpointName, variantName, componentName,
                declaresResourceId, newEndpointKey, newVariantKey, newComponentKey, source);
    }

    /** The fields of {@link ScalableTarget} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        DIMENSION("dimension", "ScalableDimension"),
        MIN_CAPACITY("minCapacity"),
        MAX_CAPACITY("maxCapacity"),
        SUSPENDED("suspended", "SuspendedState"),
        RESOURCE_ID("resourceId"),
        NAMESPACE("namespace", "ServiceNamespace"),
        SCALE_IN_SUSPENDED("scaleInSuspended", "DynamicScalingInSuspended"),
        SCALE_OUT_SUSPENDED("scaleOutSuspended", "DynamicScalingOutSuspended"),
        SCHEDULED_SUSPENDED("scheduledSuspended", "ScheduledScalingSuspended"),
        SCHEDULED_ACTIONS("scheduledActions"),
        POLICIES("policies");

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
