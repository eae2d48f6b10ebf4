package dev.sagelint.rules;

import dev.sagelint.model.Finding;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The spec reference in the README uses every key and must stay readable: no SL001 on it. */
class ReadmeSpecTest {

    @Test
    void theReadmeSpecExampleIsAValidSpec() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## The sagelint spec");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String spec = readme.substring(start, readme.indexOf("```", start));
        List<Finding> findings = BuiltInLinter.get().lint(List.of(new SourceFile("README-spec.yaml", spec))).findings();
        assertThat(findings).isNotEmpty();
        assertThat(findings).filteredOn(f -> f.ruleId().equals("SL001")).isEmpty();
    }
}
