package dev.sagelint.testing;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkersTest {

    private static Finding finding(int line, String rule, Severity severity, String message) {
        return new Finding(rule, severity, new Location("f.yaml", line, 3), message);
    }

    @Test
    void aMarkerWithoutSeverityMatchesAnySeverity() {
        List<Expectation> e = Markers.inline("a: 1\nb: 2  # expect: SL603 \"instances stay\"\n");
        assertEquals(List.of(new Expectation(2, "SL603", null, "instances stay")), e);
        assertTrue(e.get(0).matches(finding(2, "SL603", Severity.ERROR, "the instances stay up")));
        assertTrue(e.get(0).matches(finding(2, "SL603", Severity.INFO, "the instances stay up")));
    }

    @Test
    void aSeverityInTheMarkerMustMatchTheFinding() {
        List<Expectation> e = Markers.inline("b: 2  # expect: SL603 warning \"instances stay\", SL201 error\n");
        assertEquals(List.of(new Expectation(1, "SL603", Severity.WARNING, "instances stay"),
                new Expectation(1, "SL201", Severity.ERROR, null)), e);
        assertTrue(e.get(0).matches(finding(1, "SL603", Severity.WARNING, "the instances stay up")));
        assertFalse(e.get(0).matches(finding(1, "SL603", Severity.ERROR, "the instances stay up")),
                "an error must not satisfy a warning marker");
        assertFalse(e.get(0).matches(finding(1, "SL603", Severity.WARNING, "something else")));
        assertTrue(e.get(1).matches(finding(1, "SL201", Severity.ERROR, "anything")));
        assertFalse(e.get(1).matches(finding(1, "SL201", Severity.INFO, "anything")));
        assertEquals("line 1: SL603 warning \"instances stay\"", e.get(0).toString());
    }

    @Test
    void sidecarMarkersTakeASeverityToo() {
        List<Expectation> e = Markers.sidecar("# comment\n12 SL204 info \"stage is unknown\"\n14 SL204\n");
        assertEquals(List.of(new Expectation(12, "SL204", Severity.INFO, "stage is unknown"),
                new Expectation(14, "SL204", null, null)), e);
    }

    @Test
    void aMarkerWithoutARuleIdIsRejected() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Markers.inline("x: 1 # expect: warning\n"));
        assertTrue(ex.getMessage().contains("without a rule id"), ex.getMessage());
    }
}
