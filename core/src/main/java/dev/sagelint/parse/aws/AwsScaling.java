package dev.sagelint.parse.aws;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.DeployRejection;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Location;
import dev.sagelint.model.MetricQuery;
import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.ScheduledAction;
import dev.sagelint.model.Source;
import dev.sagelint.model.StepAdjustment;
import dev.sagelint.parse.ResourceIds;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Application Auto Scaling and CloudWatch shapes CloudFormation and the AWS API write alike: a scalable target,
 * a scaling policy, a scheduled action, an alarm and the metric it or a policy watches. A CloudFormation resource's
 * Properties are the body of the API call that creates it (RegisterScalableTarget, PutScalingPolicy,
 * PutScheduledAction, PutMetricAlarm), and describe-* returns the same members, so one mapping reads both; what
 * differs is how a value names another resource, which {@link References} answers per format.
 */
public final class AwsScaling {

    /** CloudFormation types of the resources these shapes reference. */
    public static final String ENDPOINT = "AWS::SageMaker::Endpoint";
    public static final String COMPONENT = "AWS::SageMaker::InferenceComponent";
    public static final String TARGET = "AWS::ApplicationAutoScaling::ScalableTarget";
    public static final String POLICY = "AWS::ApplicationAutoScaling::ScalingPolicy";

    /** How a value names another resource of the same input, by the resource's CloudFormation type. */
    @FunctionalInterface
    public interface References {
        /** The key of the resource of {@code type} the value references ({@code Ref}, {@code GetAtt}), else null. */
        String of(Doc value, String type);

        /** The keys of every resource of {@code type} the value references, in order. */
        default List<String> all(Doc value, String type) {
            String key = of(value, type);
            return key == null ? List.of() : List.of(key);
        }

        /** An input whose values name other resources only by name, id or ARN (the AWS API): no references. */
        References NONE = (value, type) -> null;
    }

    private AwsScaling() {
    }

    /** A scalable target (RegisterScalableTarget); ResourceId kept as written, placeholders and all. */
    public static ScalableTarget target(String key, DocReader p, References refs) {
        Doc resourceId = p.placeholderNode(ScalableTarget.Field.RESOURCE_ID);
        String dimension = p.text(ScalableTarget.Field.DIMENSION);
        String namespace = p.text(ScalableTarget.Field.NAMESPACE);
        Integer min = p.integer(ScalableTarget.Field.MIN_CAPACITY);
        Integer max = p.integer(ScalableTarget.Field.MAX_CAPACITY);
        DocReader suspended = p.obj(ScalableTarget.Field.SUSPENDED);
        Boolean in = null;
        Boolean out = null;
        Boolean scheduled = null;
        if (suspended != null) {
            in = suspended.bool(ScalableTarget.Field.SCALE_IN_SUSPENDED);
            out = suspended.bool(ScalableTarget.Field.SCALE_OUT_SUSPENDED);
            scheduled = suspended.bool(ScalableTarget.Field.SCHEDULED_SUSPENDED);
            p.absorb(suspended);
        }
        String text = Doc.text(resourceId);
        ResourceIds.Parts parts = ResourceIds.parse(text);
        return new ScalableTarget(key, text, dimension, namespace, min, max, in, out, scheduled, parts.endpoint(),
                parts.variant(), parts.component(), true,
                AwsShapes.reference(p, ScalableTarget.Field.RESOURCE_ID, refs, ENDPOINT), null,
                AwsShapes.reference(p, ScalableTarget.Field.RESOURCE_ID, refs, COMPONENT), p.source());
    }

    /** A scheduled action (PutScheduledAction, or one of a CloudFormation target's ScheduledActions). */
    public static ScheduledAction scheduledAction(String key, String targetKey, DocReader s) {
        DocReader action = s.obj(ScheduledAction.Field.SCALABLE_TARGET_ACTION);
        Integer min = null;
        Integer max = null;
        if (action != null) {
            min = action.integer(ScheduledAction.Field.MIN_CAPACITY);
            max = action.integer(ScheduledAction.Field.MAX_CAPACITY);
            s.absorb(action);
        }
        return new ScheduledAction(key, targetKey, s.text(ScheduledAction.Field.NAME),
                s.text(ScheduledAction.Field.SCHEDULE), s.text(ScheduledAction.Field.TIMEZONE), min, max, s.source());
    }

    /**
     * A scaling policy (PutScalingPolicy), placed at its configuration object, where its settings are. A policy
     * type not written is {@code defaultType} (the API's StepScaling; CloudFormation requires it, so null there).
     * Both metric specifications at once, which Application Auto Scaling rejects, is added to {@code facts}, unless
     * one of them may be absent ({@link DocReader#conditional}: a Terraform dynamic block whose for_each is unknown).
     */
    public static ScalingPolicy policy(String key, DocReader p, References refs, String defaultType,
                                       List<Fact> facts) {
        Doc targetRef = p.placeholderNode("ScalingTargetId", ScalingPolicy.Field.TARGET_KEY);
        Doc resourceId = p.placeholderNode(ScalingPolicy.Field.RESOURCE_ID);
        // CloudFormation names the target by ScalingTargetId; Terraform's resource_id may reference it
        Doc written = targetRef != null ? targetRef : p.node(p.keyOf(ScalingPolicy.Field.RESOURCE_ID));
        String targetKey = written == null ? null : refs.of(written, TARGET);
        p.text(ScalableTarget.Field.DIMENSION);
        p.text(ScalableTarget.Field.NAMESPACE);
        String name = p.text(ScalingPolicy.Field.NAME);
        String type = p.text(ScalingPolicy.Field.POLICY_TYPE);
        DocReader tt = p.obj(ScalingPolicy.Field.TARGET_TRACKING);
        DocReader step = p.obj(ScalingPolicy.Field.STEP_SCALING);
        Double targetValue = null;
        String predefined = null;
        MetricSpec custom = null;
        Integer scaleIn = null;
        Integer scaleOut = null;
        Boolean disableScaleIn = null;
        if (tt != null) {
            targetValue = tt.number(ScalingPolicy.Field.TARGET_VALUE);
            DocReader pre = tt.obj(tt.keyOf("PredefinedMetricSpecification"), ScalingPolicy.Field.PREDEFINED_METRIC);
            if (pre != null) {
                predefined = pre.text(ScalingPolicy.Field.PREDEFINED_METRIC);
                tt.absorb(pre);
            }
            DocReader cm = tt.obj(ScalingPolicy.Field.CUSTOM_METRIC);
            if (cm != null) {
                custom = metric(cm, null);
            }
            if (pre != null && cm != null && !tt.conditional(tt.keyOf("PredefinedMetricSpecification"))
                    && !tt.conditional(tt.keyOf(ScalingPolicy.Field.CUSTOM_METRIC))) {
                facts.add(DeployRejection.at(tt.keyAt(tt.keyOf(ScalingPolicy.Field.CUSTOM_METRIC)), "policy " + key + " has"
                        + " both PredefinedMetricSpecification and CustomizedMetricSpecification: Application Auto"
                        + " Scaling takes exactly one and rejects PutScalingPolicy with a ValidationException;"
                        + " keep the one this policy should track"));
            }
            scaleIn = tt.integer(ScalingPolicy.Field.SCALE_IN_COOLDOWN);
            scaleOut = tt.integer(ScalingPolicy.Field.SCALE_OUT_COOLDOWN);
            disableScaleIn = tt.bool(ScalingPolicy.Field.DISABLE_SCALE_IN);
        }
        String adjustmentType = null;
        Integer cooldown = null;
        String aggregation = null;
        Integer magnitude = null;
        List<StepAdjustment> steps = new ArrayList<>();
        if (step != null) {
            adjustmentType = step.text(ScalingPolicy.Field.ADJUSTMENT_TYPE);
            cooldown = step.integer(ScalingPolicy.Field.COOLDOWN);
            aggregation = step.text(ScalingPolicy.Field.METRIC_AGGREGATION_TYPE);
            magnitude = step.integer(ScalingPolicy.Field.MIN_ADJUSTMENT_MAGNITUDE);
            steps.addAll(stepAdjustments(step));
        }
        String ttKey = p.keyOf(ScalingPolicy.Field.TARGET_TRACKING);
        String stepKey = p.keyOf(ScalingPolicy.Field.STEP_SCALING);
        if (p.unknown(ttKey)) {
            p.unknownField(p.at(ttKey), ScalingPolicy.Field.TARGET_VALUE,
                    ScalingPolicy.Field.PREDEFINED_METRIC, ScalingPolicy.Field.CUSTOM_METRIC,
                    ScalingPolicy.Field.SCALE_IN_COOLDOWN, ScalingPolicy.Field.SCALE_OUT_COOLDOWN,
                    ScalingPolicy.Field.DISABLE_SCALE_IN);
        }
        if (p.unknown(stepKey)) {
            p.unknownField(p.at(stepKey), ScalingPolicy.Field.ADJUSTMENT_TYPE,
                    ScalingPolicy.Field.COOLDOWN, ScalingPolicy.Field.METRIC_AGGREGATION_TYPE,
                    ScalingPolicy.Field.MIN_ADJUSTMENT_MAGNITUDE, ScalingPolicy.Field.STEP_ADJUSTMENTS);
        }
        Location configAt = tt != null ? p.keyAt(ttKey) : step != null ? p.keyAt(stepKey) : p.location();
        return new ScalingPolicy(key, targetKey, name, type == null ? defaultType : type, targetValue, predefined,
                custom, scaleIn, scaleOut, disableScaleIn, adjustmentType, cooldown, aggregation, magnitude, steps,
                resourceId != null, Doc.text(resourceId), AwsShapes.merged(configAt, p, tt != null ? tt : step));
    }

    /** A step configuration's StepAdjustments: each interval's bounds and the capacity it adds. */
    public static List<StepAdjustment> stepAdjustments(DocReader step) {
        List<StepAdjustment> steps = new ArrayList<>();
        List<Doc> items = step.items(step.keyOf("StepAdjustments"), ScalingPolicy.Field.STEP_ADJUSTMENTS);
        for (Doc item : items == null ? List.<Doc>of() : items) {
            DocReader s = step.reader(item, "StepAdjustments item");
            steps.add(new StepAdjustment(s.number(s.keyOf("MetricIntervalLowerBound")),
                    s.number(s.keyOf("MetricIntervalUpperBound")), s.integer(s.keyOf("ScalingAdjustment")),
                    s.location()));
        }
        return steps;
    }

    /**
     * A CloudWatch metric as an alarm or a customized metric specification names it: Namespace, MetricName,
     * Dimensions (a value known only at deploy time, or not written, is {@code ${...}}), Statistic (or
     * ExtendedStatistic, a percentile) and the metric-math entries. {@code returnDataUnset} is what an entry's
     * ReturnData is when it is not written, when the format sends a value of its own (null: as AWS, not written).
     */
    public static MetricSpec metric(DocReader m, Boolean returnDataUnset) {
        Map<String, String> dimensions = dimensions(m);
        List<MetricQuery> queries = new ArrayList<>();
        List<Doc> math = m.items(m.keyOf(MetricSpec.Field.METRICS), MetricSpec.Field.METRICS);
        for (Doc item : math == null ? List.<Doc>of() : math) {
            DocReader q = m.reader(item, "Metrics item");
            queries.add(new MetricQuery(q.text(MetricQuery.Field.ID), q.text(MetricQuery.Field.EXPRESSION),
                    returnData(q, returnDataUnset), q.present(q.keyOf("MetricStat")), q.source()));
        }
        String statistic = m.text(MetricSpec.Field.STATISTIC);
        String extended = m.keyOf("ExtendedStatistic");
        if (statistic == null && m.has(extended)) {
            statistic = m.text(extended, MetricSpec.Field.STATISTIC);
        }
        return new MetricSpec(m.text(MetricSpec.Field.NAMESPACE), m.text(MetricSpec.Field.NAME), dimensions,
                statistic, queries, m.source());
    }

    /**
     * A metric's dimensions by name. AWS writes a list of {Name, Value}; Terraform's alarm and the sagelint spec a
     * map of name to value. That a dimension is there is what the rules judge: a value known only at deploy time
     * stays {@code ${...}} (the name in braces when nothing of it is known).
     */
    private static Map<String, String> dimensions(DocReader m) {
        String key = m.keyOf(MetricSpec.Field.DIMENSIONS);
        Map<String, String> dimensions = new LinkedHashMap<>();
        if (m.obj().get(key) instanceof Doc.Obj) {
            DocReader map = m.obj(key, MetricSpec.Field.DIMENSIONS);
            for (String name : map.keys()) {
                if (map.has(name)) {
                    m.entry(MetricSpec.Field.DIMENSIONS, name, map.at(name));
                    dimensions.put(name, valueOf(map, name, name));
                }
            }
            return dimensions;
        }
        List<Doc> dims = m.items(key, MetricSpec.Field.DIMENSIONS);
        for (Doc d : dims == null ? List.<Doc>of() : dims) {
            DocReader dp = m.reader(d, "Dimensions item");
            Doc dn = dp.textNode(dp.keyOf("Name"));
            if (dn instanceof Doc.Scalar name) {
                dimensions.put(name.text(), valueOf(dp, dp.keyOf("Value"), name.text()));
            }
        }
        return dimensions;
    }

    /** A dimension's value; the dimension's name in braces when nothing of it is known. */
    private static String valueOf(DocReader r, String key, String name) {
        String value = r.placeholder(key);
        return value != null ? value : "${" + name + "}";
    }

    private static Boolean returnData(DocReader q, Boolean unset) {
        String key = q.keyOf(MetricQuery.Field.RETURN_DATA);
        return !q.has(key) && unset != null ? unset : q.bool(key, MetricQuery.Field.RETURN_DATA);
    }

    /**
     * A metric alarm (PutMetricAlarm). Its policy keys are the scaling policies its AlarmActions reference; the
     * actions' texts (ARNs, in the API) are in {@code actions} for the format to link by ARN. {@code returnDataUnset}
     * as for {@link #metric}.
     */
    public static Alarm alarm(String key, DocReader p, References refs, List<String> actions,
                              Boolean returnDataUnset) {
        List<String> policyKeys = new ArrayList<>();
        String actionsKey = p.keyOf(Alarm.Field.ALARM_ACTIONS);
        List<Doc> written = p.textItems(actionsKey, Alarm.Field.ALARM_ACTIONS);
        if (written.isEmpty() && p.unknown(actionsKey)) {
            written = List.of(p.node(actionsKey)); // a list known only at deploy time still names what it reaches
        }
        for (Doc action : written) {
            List<String> policies = refs.all(action, POLICY);
            policies.stream().filter(k -> !policyKeys.contains(k)).forEach(policyKeys::add);
            if (policies.isEmpty() && action instanceof Doc.Scalar s) {
                actions.add(s.text());
            }
        }
        MetricSpec metric = metric(p, returnDataUnset);
        String metrics = p.keyOf(MetricSpec.Field.METRICS);
        if (p.has(p.keyOf(MetricSpec.Field.NAME))) {
            p.field(Alarm.Field.METRIC, p.at(p.keyOf(MetricSpec.Field.NAME)));
        } else if (p.written(metrics)) {
            p.field(Alarm.Field.METRIC, p.at(metrics));
        }
        String band = p.text(Alarm.Field.THRESHOLD_METRIC_ID);
        if (metric.name() == null && metric.namespace() == null && p.written(metrics)) {
            MetricSpec watched = watchedMetric(p, band, metric.queries(), returnDataUnset);
            metric = watched != null ? watched : new MetricSpec(null, null, metric.dimensions(), metric.statistic(),
                    metric.queries(), computed(metric.source()));
        }
        return new Alarm(key, p.text(Alarm.Field.NAME), metric, p.number(Alarm.Field.THRESHOLD), policyKeys, band,
                p.source());
    }

    /**
     * The metric an alarm on metric math ({@code Metrics}) watches, when that is decidable: the one entry that
     * returns data (ReturnData true or not written; for an anomaly-detection alarm, not the ThresholdMetricId band)
     * is a {@code MetricStat}, whose Namespace, MetricName, Dimensions and Stat the metric rules (SL301, SL106, ...)
     * then read. Null for an expression, several candidates, entries that exist only for some values, or a
     * ReturnData only known at deploy.
     */
    private static MetricSpec watchedMetric(DocReader alarm, String band, List<MetricQuery> queries,
                                            Boolean returnDataUnset) {
        String metrics = alarm.keyOf(MetricSpec.Field.METRICS);
        List<Doc> math = alarm.items(metrics, MetricSpec.Field.METRICS);
        if (math == null || alarm.conditional(metrics)) {
            return null;
        }
        DocReader returned = null;
        int returning = 0;
        for (Doc item : math) {
            DocReader q = alarm.reader(item, "Metrics item");
            if (q.unknown(q.keyOf(MetricQuery.Field.RETURN_DATA))) {
                return null;
            }
            String queryId = q.text(MetricQuery.Field.ID);
            if (!Boolean.FALSE.equals(returnData(q, returnDataUnset)) && (band == null || !band.equals(queryId))) {
                returning++;
                returned = q;
            }
        }
        DocReader stat = returning == 1 ? returned.obj(returned.keyOf("MetricStat")) : null;
        // Terraform's alarm writes MetricStat.Metric's members in its one metric block: Metric is spelt flat
        DocReader watched = stat == null ? null : stat.obj(stat.keyOf("Metric"));
        if (watched == null) {
            return null;
        }
        MetricSpec m = metric(watched, returnDataUnset);
        return new MetricSpec(m.namespace(), m.name(), m.dimensions(),
                stat.text(stat.keyOf("Stat"), MetricSpec.Field.STATISTIC), queries,
                AwsShapes.merged(watched.source().location(), watched, stat));
    }

    /** The alarm's metric is computed by math it cannot name: the name, namespace and statistic are unknown. */
    private static Source computed(Source s) {
        Set<String> unknown = new LinkedHashSet<>(s.unknown());
        unknown.add(MetricSpec.Field.NAME.key());
        unknown.add(MetricSpec.Field.NAMESPACE.key());
        unknown.add(MetricSpec.Field.STATISTIC.key());
        return new Source(s.location(), s.fields(), unknown);
    }
}
