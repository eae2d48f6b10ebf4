package dev.sagelint.rules.support;

import dev.sagelint.model.MetricQuery;
import dev.sagelint.model.MetricSpec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of SL121 on a target-tracking metric given as metric math ({@code CustomizedMetricSpecification.Metrics}).
 * Entries whose id, expression or ReturnData cannot be known are not judged.
 */
public final class MetricMath {

    /** Ids start with a lower-case letter; functions (SUM, FILL, METRICS) are upper case and followed by '('. */
    private static final Pattern IDENTIFIER = Pattern.compile("\\b([a-z][a-zA-Z0-9_]*)\\b(?!\\s*\\()");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

    private MetricMath() {
    }

    /** What is wrong with the metric math, one sentence fragment per problem; empty when nothing or no math. */
    public static List<String> problems(MetricSpec m) {
        List<String> out = new ArrayList<>();
        if (m == null || m.queries().isEmpty()) {
            return out;
        }
        List<String> direct = new ArrayList<>();
        if (m.namespace() != null || m.source().isSet(MetricSpec.Field.NAMESPACE)) {
            direct.add("Namespace");
        }
        if (m.name() != null || m.source().isSet(MetricSpec.Field.NAME)) {
            direct.add("MetricName");
        }
        if (!m.dimensions().isEmpty() || m.source().isSet(MetricSpec.Field.DIMENSIONS)) {
            direct.add("Dimensions");
        }
        if (m.statistic() != null || m.source().isSet(MetricSpec.Field.STATISTIC)) {
            direct.add("Statistic");
        }
        if (!direct.isEmpty()) {
            out.add("Metrics is combined with " + String.join(", ", direct) + ", which a metric-math specification"
                    + " must not set (move them into a MetricStat entry)");
        }
        if (m.queries().stream().noneMatch(q -> q.source().isUnknown(MetricQuery.Field.RETURN_DATA))) {
            long returning = m.queries().stream().filter(q -> !Boolean.FALSE.equals(q.returnData())).count();
            if (returning != 1) {
                out.add(returning + " of the " + m.queries().size() + " Metrics entries return data (ReturnData true"
                        + " or not written), but exactly one, the final expression, must: set ReturnData: false on"
                        + " every other entry");
            }
        }
        if (m.queries().stream().noneMatch(q -> q.id() == null)) {
            Set<String> ids = new LinkedHashSet<>();
            m.queries().forEach(q -> ids.add(q.id()));
            for (MetricQuery q : m.queries()) {
                for (String ref : references(q.expression())) {
                    if (!ids.contains(ref)) {
                        out.add("the expression " + q.expression() + " (Id " + q.id() + ") refers to " + ref
                                + ", which no Metrics entry defines");
                    }
                }
            }
        }
        return out;
    }

    /** The ids an expression refers to, in order: {@code m1 / m2} gives m1, m2. */
    static List<String> references(String expression) {
        List<String> out = new ArrayList<>();
        if (expression == null) {
            return out;
        }
        Matcher matcher = IDENTIFIER.matcher(QUOTED.matcher(expression).replaceAll(" "));
        while (matcher.find()) {
            if (!out.contains(matcher.group(1))) {
                out.add(matcher.group(1));
            }
        }
        return out;
    }
}
