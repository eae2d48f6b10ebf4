package dev.sagelint.simulate;

import dev.sagelint.simulate.ScalingSetup.ScheduledChange;
import dev.sagelint.simulate.ScalingSetup.TrackingPolicy;

import java.util.Locale;

/**
 * The recommended settings as a snippet in the input's own format: the native spec's
 * {@code autoscaling} block, CloudFormation resources, or Terraform resources. Only scaling settings
 * appear; keep every other property as it is.
 */
public final class PatchWriter {

    private PatchWriter() {
    }

    /**
     * @param format     {@code native}, {@code cloudformation} or {@code terraform} (InputFormat.name())
     * @param targetName the scalable target's name in the input (logical id, resource name), or null
     */
    public static String write(String format, Advice advice, String targetName) {
        ScalingSetup s = advice.recommended();
        return switch (format) {
            case "cloudformation" -> cloudFormation(s, id(targetName, "ScalableTarget"));
            case "terraform" -> terraform(s, id(targetName, "this"));
            default -> nativeSpec(s);
        };
    }

    private static String id(String name, String fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        String last = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        return last.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String nativeSpec(ScalingSetup s) {
        StringBuilder b = new StringBuilder();
        b.append("# endpoints[name=").append(s.endpoint()).append("].variants[name=").append(s.variant())
                .append("].autoscaling\n");
        b.append("autoscaling:\n");
        b.append("  minCapacity: ").append(s.minCapacity()).append('\n');
        b.append("  maxCapacity: ").append(s.maxCapacity()).append('\n');
        if (!s.tracking().isEmpty()) {
            b.append("  policies:\n");
            for (TrackingPolicy p : s.tracking()) {
                b.append("    - name: ").append(p.name()).append('\n');
                b.append("      targetTracking:\n");
                b.append("        metric: ").append(p.metric().awsName()).append('\n');
                b.append("        targetValue: ").append(Traffic.fmt(p.targetValue())).append('\n');
                b.append("        scaleOutCooldown: ").append(p.scaleOutCooldown()).append('\n');
                b.append("        scaleInCooldown: ").append(p.scaleInCooldown()).append('\n');
            }
        }
        if (!s.scheduled().isEmpty()) {
            b.append("  scheduledActions:\n");
            for (ScheduledChange c : s.scheduled()) {
                b.append("    - { name: ").append(c.name()).append(", schedule: \"").append(c.expression())
                        .append("\", minCapacity: ").append(c.minCapacity()).append(", maxCapacity: ")
                        .append(c.maxCapacity()).append(" }\n");
            }
        }
        return b.toString();
    }

    static String cloudFormation(ScalingSetup s, String target) {
        StringBuilder b = new StringBuilder();
        b.append("# Resources: merge into the existing resources; keep ResourceId, ScalableDimension and ServiceNamespace\n");
        b.append(target).append(":\n");
        b.append("  Type: AWS::ApplicationAutoScaling::ScalableTarget\n");
        b.append("  Properties:\n");
        b.append("    MinCapacity: ").append(s.minCapacity()).append('\n');
        b.append("    MaxCapacity: ").append(s.maxCapacity()).append('\n');
        if (!s.scheduled().isEmpty()) {
            b.append("    ScheduledActions:\n");
            for (ScheduledChange c : s.scheduled()) {
                b.append("      - ScheduledActionName: ").append(c.name()).append('\n');
                b.append("        Schedule: \"").append(c.expression()).append("\"\n");
                b.append("        ScalableTargetAction:\n");
                b.append("          MinCapacity: ").append(c.minCapacity()).append('\n');
                b.append("          MaxCapacity: ").append(c.maxCapacity()).append('\n');
            }
        }
        for (TrackingPolicy p : s.tracking()) {
            b.append(logicalId(p.name())).append(":\n");
            b.append("  Type: AWS::ApplicationAutoScaling::ScalingPolicy\n");
            b.append("  Properties:\n");
            b.append("    PolicyName: ").append(p.name()).append('\n');
            b.append("    PolicyType: TargetTrackingScaling\n");
            b.append("    ScalingTargetId: !Ref ").append(target).append('\n');
            b.append("    TargetTrackingScalingPolicyConfiguration:\n");
            b.append("      TargetValue: ").append(Traffic.fmt(p.targetValue())).append('\n');
            b.append("      PredefinedMetricSpecification:\n");
            b.append("        PredefinedMetricType: ").append(p.metric().awsName()).append('\n');
            b.append("      ScaleOutCooldown: ").append(p.scaleOutCooldown()).append('\n');
            b.append("      ScaleInCooldown: ").append(p.scaleInCooldown()).append('\n');
        }
        return b.toString();
    }

    static String terraform(ScalingSetup s, String target) {
        StringBuilder b = new StringBuilder();
        b.append("# merge into the existing resources; keep service_namespace, resource_id and scalable_dimension\n");
        b.append("resource \"aws_appautoscaling_target\" \"").append(target).append("\" {\n");
        b.append("  min_capacity = ").append(s.minCapacity()).append('\n');
        b.append("  max_capacity = ").append(s.maxCapacity()).append('\n');
        b.append("}\n");
        for (TrackingPolicy p : s.tracking()) {
            b.append("\nresource \"aws_appautoscaling_policy\" \"").append(hclName(p.name())).append("\" {\n");
            b.append("  name               = \"").append(p.name()).append("\"\n");
            b.append("  policy_type        = \"TargetTrackingScaling\"\n");
            refs(b, target);
            b.append("\n  target_tracking_scaling_policy_configuration {\n");
            b.append("    target_value       = ").append(Traffic.fmt(p.targetValue())).append('\n');
            b.append("    scale_out_cooldown = ").append(p.scaleOutCooldown()).append('\n');
            b.append("    scale_in_cooldown  = ").append(p.scaleInCooldown()).append('\n');
            b.append("    predefined_metric_specification {\n");
            b.append("      predefined_metric_type = \"").append(p.metric().awsName()).append("\"\n");
            b.append("    }\n  }\n}\n");
        }
        for (ScheduledChange c : s.scheduled()) {
            b.append("\nresource \"aws_appautoscaling_scheduled_action\" \"").append(hclName(c.name())).append("\" {\n");
            b.append("  name               = \"").append(c.name()).append("\"\n");
            refs(b, target);
            b.append("  schedule           = \"").append(c.expression()).append("\"\n");
            b.append("\n  scalable_target_action {\n");
            b.append("    min_capacity = ").append(c.minCapacity()).append('\n');
            b.append("    max_capacity = ").append(c.maxCapacity()).append('\n');
            b.append("  }\n}\n");
        }
        return b.toString();
    }

    private static void refs(StringBuilder b, String target) {
        String t = "aws_appautoscaling_target." + target;
        b.append("  service_namespace  = ").append(t).append(".service_namespace\n");
        b.append("  resource_id        = ").append(t).append(".resource_id\n");
        b.append("  scalable_dimension = ").append(t).append(".scalable_dimension\n");
    }

    private static String logicalId(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return b.length() == 0 ? "ScalingPolicy" : b + (b.toString().endsWith("Policy") ? "" : "Policy");
    }

    private static String hclName(String name) {
        String n = name.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isDigit(n.charAt(0)) ? "_" + n : n;
    }
}
