package dev.sagelint.rules.support;

import dev.sagelint.model.DeploymentConfig;
import dev.sagelint.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of SL119 on a DeploymentConfig, from the SageMaker API model (BlueGreenUpdatePolicy, TrafficRoutingConfig,
 * RollingUpdatePolicy, CapacitySize) and the deployment-guardrails exclusions page.
 */
public final class Guardrails {

    /** One problem: its severity, the field to point at and the message. */
    public record Problem(Severity severity, String field, String message) {
    }

    private Guardrails() {
    }

    /**
     * @param instances  the variant's InitialInstanceCount when the endpoint has one instance variant, else null
     * @param variants   the number of production variants, null when unknown
     * @param serverless true when a variant is serverless
     * @param inf1       true when a variant runs on ml.inf1 (guardrails fall back to all at once)
     * @param terraform  true for Terraform, whose provider validates the timeout to 600-14400
     */
    public static List<Problem> problems(DeploymentConfig d, Integer instances, Integer variants, boolean serverless,
                                         boolean inf1, boolean terraform) {
        List<Problem> out = new ArrayList<>();
        if (d.blueGreen() && d.rolling()) {
            out.add(new Problem(Severity.ERROR, "rolling", "DeploymentConfig has both BlueGreenUpdatePolicy and"
                    + " RollingUpdatePolicy, but only one update policy may be used; keep one"));
        }
        Integer timeout = d.maximumExecutionTimeoutInSeconds();
        int max = terraform ? 14400 : 28800;
        if (timeout != null && (timeout < 600 || timeout > max)) {
            out.add(new Problem(Severity.ERROR, "maximumExecutionTimeoutInSeconds", "MaximumExecutionTimeoutInSeconds"
                    + " is " + timeout + "; it must be 600-" + max + (terraform ? " (the AWS provider validates"
                    + " 600-14400 although the API allows up to 28800)" : "")));
        } else if (timeout != null && d.blueGreen()) {
            int waits = (d.waitIntervalInSeconds() == null ? 0 : d.waitIntervalInSeconds())
                    + (d.terminationWaitInSeconds() == null ? 0 : d.terminationWaitInSeconds());
            if (timeout <= waits) {
                out.add(new Problem(Severity.ERROR, "maximumExecutionTimeoutInSeconds", "MaximumExecutionTimeoutInSeconds"
                        + " is " + timeout + " but WaitIntervalInSeconds plus TerminationWaitInSeconds already take "
                        + waits + "; the timeout must be larger than the total waiting time, or the deployment times"
                        + " out while it bakes; raise MaximumExecutionTimeoutInSeconds"));
            }
        }
        if ("CANARY".equals(d.trafficRoutingType())) {
            size(out, "canarySizeValue", "CanarySize", d.canarySizeType(), d.canarySizeValue(), 0, 50, instances);
        }
        if ("LINEAR".equals(d.trafficRoutingType())) {
            size(out, "linearStepValue", "LinearStepSize", d.linearStepType(), d.linearStepValue(), 10, 50, instances);
        }
        if (d.rolling()) {
            size(out, "maximumBatchSizeValue", "MaximumBatchSize", d.maximumBatchSizeType(), d.maximumBatchSizeValue(),
                    5, 50, instances);
            if (serverless || (variants != null && variants > 1)) {
                out.add(new Problem(Severity.WARNING, "rolling", "RollingUpdatePolicy is set on an endpoint with "
                        + (serverless ? "a serverless variant" : variants + " production variants") + ", where rolling"
                        + " deployments are not supported; use a blue/green update policy"));
            }
        }
        if (inf1 && d.guarded()) {
            out.add(new Problem(Severity.WARNING, d.rolling() ? "rolling" : "trafficRoutingType", "the endpoint runs"
                    + " on ml.inf1, where deployment guardrails are not supported: the update falls back to"
                    + " blue/green with all at once traffic shifting and no final baking period; move to ml.inf2 or"
                    + " do not rely on the baking"));
        }
        return out;
    }

    /** A CapacitySize whose percentage, or share of the instances, is outside [min, max] percent. */
    private static void size(List<Problem> out, String field, String name, String type, Integer value, int min,
                             int max, Integer instances) {
        if (value == null || type == null) {
            return;
        }
        double percent;
        if ("CAPACITY_PERCENT".equals(type)) {
            percent = value;
        } else if ("INSTANCE_COUNT".equals(type) && instances != null && instances > 0) {
            percent = 100.0 * value / instances;
        } else {
            return;
        }
        if (percent > max || percent < min) {
            String seen = "CAPACITY_PERCENT".equals(type) ? value + "%"
                    : value + " of " + instances + " instances (" + Math.round(percent) + "%)";
            out.add(new Problem(Severity.ERROR, field, name + " is " + seen + ", but it must be "
                    + (min == 0 ? "at most " + max + "%" : min + "-" + max + "%") + " of the variant's instances;"
                    + " change its Value"));
        }
    }
}
