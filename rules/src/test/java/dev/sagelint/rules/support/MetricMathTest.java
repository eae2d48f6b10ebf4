package dev.sagelint.rules.support;

import dev.sagelint.model.Location;
import dev.sagelint.model.MetricQuery;
import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricMathTest {

    private static final Source AT = Source.at(new Location("t.yaml", 1, 1));

    private static MetricQuery stat(String id, Boolean returnData) {
        return new MetricQuery(id, null, returnData, true, AT);
    }

    private static MetricQuery expr(String id, String expression, Boolean returnData) {
        return new MetricQuery(id, expression, returnData, false, AT);
    }

    private static MetricSpec math(MetricQuery... queries) {
        return new MetricSpec(null, null, Map.of(), null, List.of(queries), AT);
    }

    @Test
    void wellFormedMathHasNoProblem() {
        assertEquals(List.of(), MetricMath.problems(math(stat("m1", false), stat("m2", false),
                expr("e1", "m1 / m2", true))));
        assertEquals(List.of(), MetricMath.problems(math(stat("m1", null))));
        assertEquals(List.of(), MetricMath.problems(new MetricSpec("AWS/SageMaker", "Invocations", Map.of(), "Sum", AT)));
    }

    @Test
    void returnDataMustBeTrueForExactlyOneEntry() {
        List<String> p = MetricMath.problems(math(stat("m1", null), stat("m2", null), expr("e1", "m1 + m2", null)));
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("3 of the 3 Metrics entries return data"), p.get(0));
        assertTrue(MetricMath.problems(math(stat("m1", false), expr("e1", "m1 * 2", false))).get(0)
                .startsWith("0 of the 2"));
    }

    @Test
    void undefinedIdsAndDirectFieldsAreReported() {
        List<String> p = MetricMath.problems(math(stat("m1", false), expr("e1", "FILL(m1, 0) / m3", true)));
        assertEquals(List.of("the expression FILL(m1, 0) / m3 (Id e1) refers to m3, which no Metrics entry defines"), p);
        MetricSpec mixed = new MetricSpec("AWS/SageMaker", "Invocations", Map.of(), null, List.of(stat("m1", null)), AT);
        assertTrue(MetricMath.problems(mixed).get(0).startsWith("Metrics is combined with Namespace, MetricName"));
        assertEquals(List.of("m1", "m2"), MetricMath.references("SUM(METRICS()) + m1 * 'label m9' - m2"));
    }
}
