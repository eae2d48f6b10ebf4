package dev.sagelint.spi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Examples shown to users keep the reported line visible but lose the test harness's marker syntax. */
class ExampleMarkersTest {

    @Test
    void markersBecomeAPlainNoteOfTheReportedRules() {
        String fixture = """
                # a comment stays
                apiVersion: sagelint/v1
                minCapacity: 0  # expect: SL201 error "at least 1 (not SL999)", SL203
                  min_capacity = 0 // expect: SL201
                name: x # expect:
                """;
        assertEquals("""
                # a comment stays
                apiVersion: sagelint/v1
                minCapacity: 0  # <- SL201, SL203 reported here
                  min_capacity = 0  // <- SL201 reported here
                name: x
                """, ClasspathRulePack.forReaders(fixture));
    }

    @Test
    void aTextWithoutMarkersIsUnchanged() {
        String text = "a: 1\r\nb: \"# not a marker\"\n";
        assertEquals("a: 1\nb: \"# not a marker\"\n", ClasspathRulePack.forReaders(text));
    }

    @Test
    void aRuleExpectedTwiceOnALineIsNamedOnce() {
        assertEquals("x: 1  # <- SL201, SL203 reported here",
                ClasspathRulePack.forReaders("x: 1  # expect: SL201 \"first\", SL203, SL201 \"second\""));
    }
}
