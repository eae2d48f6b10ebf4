package dev.sagelint.rules.support;

import dev.sagelint.model.Fact;
import dev.sagelint.model.Location;
import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.Source;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Small decisions the scaling and wiring rules share (SL110, SL117, SL701), kept out of DRL so they are tested.
 */
public final class ScalingChecks {

    /** SageMaker name pattern, as in the ResourceId documentation: letters, digits and single or repeated hyphens. */
    private static final String NAME = "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}";
    private static final Pattern VARIANT_ID = Pattern.compile("^endpoint/" + NAME + "/variant/" + NAME + "$");
    private static final Pattern COMPONENT_ID = Pattern.compile("^inference-component/[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$");
    private static final Pattern UNKNOWN_SEGMENT = Pattern.compile("\\$\\{[^}]*}");
    /** The high-resolution predefined metrics, which publish every 10 s for faster scale-out. */
    public static final List<String> HIGH_RESOLUTION_METRICS = List.of(
            "SageMakerVariantConcurrentRequestsPerModelHighResolution",
            "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution");

    private ScalingChecks() {
    }

    /**
     * The metric a target-tracking policy tracks, as one comparable string: the predefined type, or the custom
     * metric's namespace, name and sorted dimensions; null when not known.
     */
    public static String metricIdentity(ScalingPolicy p) {
        if (p == null) {
            return null;
        }
        if (p.predefinedMetric() != null) {
            return p.predefinedMetric();
        }
        MetricSpec m = p.customMetric();
        if (m == null || m.name() == null || m.source().isUnknown(MetricSpec.Field.NAME) || m.source().isUnknown(MetricSpec.Field.NAMESPACE)
                || m.source().isUnknown(MetricSpec.Field.DIMENSIONS)) {
            return null;
        }
        return m.namespace() + "/" + m.name() + new TreeMap<>(m.dimensions());
    }

    /** How a policy's metric is shown in a message. */
    public static String metricLabel(ScalingPolicy p) {
        if (p.predefinedMetric() != null) {
            return p.predefinedMetric();
        }
        MetricSpec m = p.customMetric();
        Map<String, String> dims = new TreeMap<>(m.dimensions());
        return m.namespace() + " " + m.name() + (dims.isEmpty() ? "" : " " + dims);
    }

    /** Below this a scale-out cooldown re-triggers before accelerated instances serve (SL104) [HEUR]. */
    public static final int MIN_ACCELERATED_SCALE_OUT_SECONDS = 120;

    /**
     * SL104: the written cooldown that paces this policy's scale-out when it is below
     * {@link #MIN_ACCELERATED_SCALE_OUT_SECONDS}, else null. Target tracking: ScaleOutCooldown, except on a
     * high-resolution metric (deliberately fast). Step scaling: Cooldown, when the policy may add capacity.
     */
    public static Integer shortScaleOutCooldown(ScalingPolicy p) {
        if (p == null) {
            return null;
        }
        Integer seconds = null;
        if (p.targetTracking() && (p.predefinedMetric() == null
                || !HIGH_RESOLUTION_METRICS.contains(p.predefinedMetric()))) {
            seconds = p.scaleOutCooldown();
        } else if (p.step() && StepScaling.mayScaleOut(p)) {
            seconds = p.cooldown();
        }
        return seconds != null && seconds < MIN_ACCELERATED_SCALE_OUT_SECONDS ? seconds : null;
    }

    /** True when two distinct target-tracking policies of the same target track the same known metric. */
    public static boolean sameMetric(ScalingPolicy a, ScalingPolicy b) {
        String ia = metricIdentity(a);
        return ia != null && a != b && !a.key().equals(b.key()) && ia.equals(metricIdentity(b));
    }

    /** True when {@code a} is written before {@code b} (location, then key), for reporting the later one. */
    public static boolean before(Fact a, Fact b) {
        return Comparator.comparing(Fact::location).thenComparing(Fact::key).compare(a, b) < 0;
    }

    /** Where a suspended flag is written: the flag itself, else the SuspendedState block, else the target. */
    public static Location suspendedAt(ScalableTarget t, String field) {
        Source s = t.source();
        if (s.fields().containsKey(field)) {
            return s.at(field);
        }
        return s.at(ScalableTarget.Field.SUSPENDED);
    }

    /**
     * Why a SageMaker ResourceId is malformed for its dimension, or null when it is well formed or cannot be
     * judged. Unresolved segments ({@code ${...}}) are taken to be valid names.
     */
    public static String resourceIdProblem(String resourceId, String dimension) {
        if (resourceId == null) {
            return null;
        }
        if (dimension != null && dimension.isEmpty()) {
            dimension = null;
        }
        String id = UNKNOWN_SEGMENT.matcher(resourceId).replaceAll("x");
        if (id.contains("${")) {
            return null;
        }
        if (resourceId.contains("arn:")) {
            return "holds an ARN where a name belongs (in CloudFormation, Ref of an AWS::SageMaker::Endpoint or"
                    + " InferenceComponent returns its ARN: use !GetAtt Endpoint.EndpointName or"
                    + " !GetAtt Component.InferenceComponentName)";
        }
        boolean component = ScalableTarget.COPY_COUNT.equals(dimension)
                || (dimension == null && resourceId.startsWith("inference-component"));
        if (component) {
            // a well-formed variant id on the copy-count dimension is a kind mismatch, SL601's finding
            return COMPONENT_ID.matcher(id).matches() || VARIANT_ID.matcher(id).matches() ? null
                    : "is not inference-component/<InferenceComponentName> (letters, digits and hyphens, starting"
                    + " and ending with a letter or digit)";
        }
        boolean variant = dimension == null || ScalableTarget.INSTANCE_COUNT.equals(dimension)
                || ScalableTarget.PROVISIONED_CONCURRENCY.equals(dimension);
        if (!variant) {
            return null;
        }
        return VARIANT_ID.matcher(id).matches() ? null
                : "is not endpoint/<EndpointName>/variant/<VariantName> (each name 1-63 letters, digits and hyphens,"
                + " starting and ending with a letter or digit, no underscores, dots or spaces)";
    }
}
