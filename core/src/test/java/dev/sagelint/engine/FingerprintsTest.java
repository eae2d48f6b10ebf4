package dev.sagelint.engine;

import dev.sagelint.model.Finding;
import dev.sagelint.model.Location;
import dev.sagelint.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintsTest {

    static Finding at(int line, String rule) {
        return new Finding(rule, Severity.ERROR, new Location("a.yaml", line, 3), "m");
    }

    @Test
    void survivesLinesMovingButNotTheLineChanging() {
        String before = "a: 1\nminCapacity: 0\n";
        String after = "# new comment\n\na: 1\nminCapacity: 0\n";
        String edited = "a: 1\nminCapacity: 1\n";
        String fp = Fingerprints.of(List.of(at(2, "SL201")), p -> before).get(at(2, "SL201"));
        assertThat(Fingerprints.of(List.of(at(4, "SL201")), p -> after).get(at(4, "SL201"))).isEqualTo(fp);
        assertThat(Fingerprints.of(List.of(at(2, "SL201")), p -> edited).get(at(2, "SL201"))).isNotEqualTo(fp);
        assertThat(Fingerprints.of(List.of(at(2, "SL202")), p -> before).get(at(2, "SL202"))).isNotEqualTo(fp);
    }

    @Test
    void identicalLinesAreNumberedInOrder() {
        String text = "minCapacity: 0\nx: 1\n  minCapacity:   0\n";
        Map<Finding, String> fps = Fingerprints.of(List.of(at(3, "SL201"), at(1, "SL201")), p -> text);
        assertThat(fps.get(at(1, "SL201"))).isNotEqualTo(fps.get(at(3, "SL201")));
        assertThat(fps.get(at(1, "SL201"))).hasSize(32).matches("[0-9a-f]+");
    }
}
