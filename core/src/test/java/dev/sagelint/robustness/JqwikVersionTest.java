package dev.sagelint.robustness;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build log stays clean: jqwik 1.10 prints a notice on every run of its engine
 * ({@code JqwikExecutor.printMessageForCodingAgents}), which its {@code jqwik.hideAntiAiClause} setting only
 * follows with terminal escapes, so it stays in every CI log. 1.9.3 has no such method, and the build pins it.
 */
class JqwikVersionTest {

    @Test
    void theJqwikEngineOnTheTestClassPathPrintsNoNotice() throws Exception {
        Class<?> executor = Class.forName("net.jqwik.engine.execution.JqwikExecutor");
        assertThat(Arrays.stream(executor.getDeclaredMethods()).map(java.lang.reflect.Method::getName))
                .doesNotContain("printMessageForCodingAgents");
    }
}
