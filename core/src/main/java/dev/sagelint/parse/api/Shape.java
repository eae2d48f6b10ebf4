package dev.sagelint.parse.api;

import dev.sagelint.parse.doc.Doc;

/**
 * Which API request or CLI describe output a JSON object is, judged by the members it has (the bodies
 * carry no type tag). Describe outputs that list several resources wrap them in a named array.
 */
enum Shape {
    ENDPOINT_CONFIG, ENDPOINT, MODEL, INFERENCE_COMPONENT, SCALABLE_TARGET, SCALING_POLICY, SCHEDULED_ACTION,
    VPC_ENDPOINT, TRAINING_JOB, TRANSFORM_JOB, ALARM,
    /** {"ScalableTargets": [...]}, {"ScalingPolicies": [...]}, ...: a describe output listing resources. */
    LIST;

    /** EC2 describe outputs that tell which VPC a subnet is in and whether the VPC has a NAT route. */
    static final java.util.List<String> EC2_LISTS = java.util.List.of("Vpcs", "Subnets", "NatGateways", "RouteTables");

    static Shape of(Doc.Obj obj) {
        Members o = new Members(obj);
        if (o.has("ScalableTargets") || o.has("ScalingPolicies") || o.has("ScheduledActions")
                || o.has("VpcEndpoints") || o.has("MetricAlarms")) {
            return LIST;
        }
        for (String ec2 : EC2_LISTS) {
            if (obj.get(ec2) instanceof Doc.Arr) {
                return LIST;
            }
        }
        if (o.has("InferenceComponentName") && o.has("EndpointName")) {
            return INFERENCE_COMPONENT;
        }
        if (o.has("ScheduledActionName") && o.has("ResourceId")) {
            return SCHEDULED_ACTION;
        }
        if (o.has("PolicyName") && o.has("ResourceId")) {
            return SCALING_POLICY;
        }
        if (o.has("ResourceId") && o.has("ScalableDimension") && o.has("ServiceNamespace")) {
            return SCALABLE_TARGET;
        }
        if (o.has("EndpointName") && o.has("EndpointConfigName")
                && (o.has("EndpointArn") || o.has("EndpointStatus") || !o.has("ProductionVariants"))) {
            return ENDPOINT;
        }
        if (o.has("EndpointConfigName") && o.has("ProductionVariants")) {
            return ENDPOINT_CONFIG;
        }
        if (o.has("ModelName") && (o.has("PrimaryContainer") || o.has("Containers") || o.has("ModelArn"))) {
            return MODEL;
        }
        if (o.has("TrainingJobName") && (o.has("AlgorithmSpecification") || o.has("StoppingCondition")
                || o.has("EnableManagedSpotTraining"))) {
            return TRAINING_JOB;
        }
        if (o.has("TransformJobName") && (o.has("TransformResources") || o.has("TransformInput"))) {
            return TRANSFORM_JOB;
        }
        if (o.has("VpcEndpointId") || (o.has("VpcId") && o.has("ServiceName"))) {
            return VPC_ENDPOINT;
        }
        if (o.has("AlarmName") && (o.has("MetricName") || o.has("Metrics"))) {
            return ALARM;
        }
        return null;
    }

    /** A key is there when it is written, null or not (a describe output prints absent members as null). */
    private record Members(Doc.Obj obj) {
        boolean has(String key) {
            return obj.members().containsKey(key);
        }
    }
}


