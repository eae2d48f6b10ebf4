package dev.sagelint.simulate;

import java.util.Locale;

/**
 * Default delay from a scale-out until a new instance serves traffic. AWS publishes no figure; these
 * are estimates (instance launch, image pull, model download and the container health check) and
 * every report labels them so. Pass a measured value (--warmup) when you have one.
 */
public final class InstanceFamilies {

    private InstanceFamilies() {
    }

    /** Estimated minutes before a new instance of this type serves requests. */
    public static int warmupMinutes(String instanceType) {
        String family = family(instanceType);
        if (family.startsWith("p") || family.startsWith("trn")) {
            return 12;
        }
        if (family.startsWith("g") || family.startsWith("inf") || family.startsWith("dl")) {
            return 10;
        }
        return 6;
    }

    /** The family part of {@code ml.<family>.<size>}, lower case; "" when unknown. */
    public static String family(String instanceType) {
        if (instanceType == null) {
            return "";
        }
        String[] parts = instanceType.toLowerCase(Locale.ROOT).split("\\.");
        return parts.length >= 2 ? parts[1] : "";
    }
}
