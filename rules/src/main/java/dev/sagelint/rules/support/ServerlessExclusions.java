package dev.sagelint.rules.support;

import dev.sagelint.model.Container;
import dev.sagelint.model.EndpointConfig;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Location;
import dev.sagelint.model.Model;
import dev.sagelint.model.ServerlessConfig;
import dev.sagelint.model.Source;
import dev.sagelint.model.Variant;

/**
 * The features SageMaker excludes for serverless endpoints (DG: serverless-endpoints, feature exclusions),
 * named as the user wrote them, for the rule that reports them (SL608). Each method answers null when the
 * fact uses no excluded feature or the value is unknown.
 */
public final class ServerlessExclusions {

    private ServerlessExclusions() {
    }

    /** VpcConfig or EnableNetworkIsolation on the model. */
    public static String of(Model m) {
        if (m.inVpc()) {
            return "VpcConfig";
        }
        return Boolean.TRUE.equals(m.networkIsolation()) ? "EnableNetworkIsolation: true" : null;
    }

    /** Multi-model mode, ModelDataSource, a private registry, or a second container (an inference pipeline). */
    public static String of(Container c) {
        if (c.index() > 0) {
            return "a second container (inference pipeline)";
        }
        if ("MultiModel".equalsIgnoreCase(c.mode())) {
            return "Mode: MultiModel";
        }
        if (c.modelDataSource()) {
            return "ModelDataSource";
        }
        return "vpc".equalsIgnoreCase(c.repositoryAccessMode()) ? "ImageConfig.RepositoryAccessMode: Vpc" : null;
    }

    /** DataCaptureConfig, or more than one production variant. */
    public static String of(EndpointConfig c) {
        if (c.dataCapture() && !c.source().isUnknown(EndpointConfig.Field.DATA_CAPTURE)) {
            return "DataCaptureConfig";
        }
        return c.variantCount() != null && c.variantCount() > 1 ? c.variantCount() + " ProductionVariants" : null;
    }

    /** Where the feature is written on the fact. */
    public static Location at(Fact f) {
        if (f instanceof Model m) {
            return m.inVpc() ? m.source().at(Model.Field.VPC) : m.source().at(Model.Field.NETWORK_ISOLATION);
        }
        if (f instanceof Container c) {
            Source s = c.source();
            return c.index() > 0 ? s.location() : "MultiModel".equalsIgnoreCase(c.mode()) ? s.at(Container.Field.MODE)
                    : c.modelDataSource() ? s.at(Container.Field.MODEL_DATA_SOURCE) : s.at(Container.Field.REPOSITORY_ACCESS_MODE);
        }
        if (f instanceof EndpointConfig c) {
            return c.dataCapture() && !c.source().isUnknown(EndpointConfig.Field.DATA_CAPTURE) ? c.source().at(EndpointConfig.Field.DATA_CAPTURE) : c.source().at(EndpointConfig.Field.VARIANTS);
        }
        return f.location();
    }

    /**
     * The first ServerlessConfig value outside the API's range (memorySizeInMB, maxConcurrency or
     * provisionedConcurrency), or null when all written values are valid.
     */
    public static String invalidValue(ServerlessConfig c) {
        if (c == null) {
            return null;
        }
        Integer mem = c.memorySizeInMb();
        if (mem != null && (mem < 1024 || mem > 6144 || mem % 1024 != 0)) {
            return "memorySizeInMB";
        }
        Integer max = c.maxConcurrency();
        if (max != null && (max < 1 || max > 200)) {
            return "maxConcurrency";
        }
        Integer pc = c.provisionedConcurrency();
        if (pc != null && (pc < 1 || pc > 200 || max != null && pc > max)) {
            return "provisionedConcurrency";
        }
        return null;
    }

    /** The instance-based setting a serverless variant also writes (InstanceType, InstancePools...), or null. */
    public static String instanceSetting(Variant v) {
        if (v.serverless() == null || v.source().isUnknown(Variant.Field.SERVERLESS)) {
            return null;
        }
        if (v.instanceType() != null) {
            return "instanceType";
        }
        if (!v.instancePoolTypes().isEmpty()) {
            return "instancePools";
        }
        return v.initialInstanceCount() != null ? "initialInstanceCount" : null;
    }
}
