package dev.sagelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.LintResult;
import dev.sagelint.model.Finding;
import dev.sagelint.parse.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One deployment of 3,000 endpoints is checked in the suite's 256 MB heap with the default bounds. The rules'
 * working memory must grow with the facts, not with their pairs: SL702 once collected every endpoint name per
 * scalable target (9 million tuples here, more than 1 GB), which ended this run in SL001 (OutOfMemoryError).
 * No timing is asserted; bench/hostile_rss.py measures the whole process.
 */
class ManyEndpointsTest {

    private static final int ENDPOINTS = 3_000;
    /** Lines per endpoint in {@link #spec()}, and the line of endpoint 0's policy. */
    private static final int LINES = 10;
    private static final int FIRST_POLICY_LINE = 12;

    @Test
    void threeThousandEndpointsAreCheckedAndEachFindingIsAtItsEndpoint() {
        LintResult result = BuiltInLinter.get().lint(List.of(new SourceFile("endpoints.yaml", spec())));

        assertThat(result.unreadable()).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("SL001"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ENDPOINTS; i++) {
            expected.add("endpoints.yaml:" + (FIRST_POLICY_LINE + LINES * i) + ":31 SL103");
        }
        int targetLine = 4 + LINES * ENDPOINTS; // the header, the endpoints, then "scalableTargets:"
        expected.add("endpoints.yaml:" + targetLine + ":17 SL702");
        expected.add("endpoints.yaml:" + targetLine + ":5 SL105"); // it has no policy either
        assertThat(result.findings()).extracting(ManyEndpointsTest::place)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("SL702")).singleElement()
                .extracting(Finding::message).asString()
                .contains("names variant blue, but endpoint e2999 has only variant(s) v");
    }

    private static String place(Finding f) {
        return f.location() + " " + f.ruleId();
    }

    /** Endpoint i scales on invocations without a ScaleInCooldown (SL103); one hand-written target names a
     * missing variant (SL702) and has no policy (SL105). */
    private static String spec() {
        StringBuilder s = new StringBuilder("apiVersion: sagelint/v1\nendpoints:\n");
        for (int i = 0; i < ENDPOINTS; i++) {
            s.append("  - name: e").append(i).append('\n').append("""
                        variants:
                          - name: v
                            instanceType: ml.m5.xlarge
                            initialInstanceCount: 2
                            autoscaling:
                              minCapacity: 2
                              maxCapacity: 4
                              policies:
                                - targetTracking: { metric: SageMakerVariantInvocationsPerInstance, targetValue: 100 }
                    """);
        }
        s.append("scalableTargets:\n  - resourceId: endpoint/e").append(ENDPOINTS - 1).append("/variant/blue\n")
                .append("    minCapacity: 2\n    maxCapacity: 4\n");
        return s.toString();
    }
}
