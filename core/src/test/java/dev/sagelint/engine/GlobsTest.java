package dev.sagelint.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlobsTest {

    @Test
    void doubleStarSpansFoldersIncludingNone() {
        Globs g = new Globs(List.of("infra/**/*.yaml"));
        assertThat(g.matches("infra/a.yaml")).isTrue();
        assertThat(g.matches("infra/x/y/a.yaml")).isTrue();
        assertThat(g.matches("other/infra/a.yaml")).isFalse();
        assertThat(g.matches("infra/a.json")).isFalse();
    }

    @Test
    void aPatternWithoutASlashMatchesAFileNameAnywhere() {
        Globs g = new Globs(List.of("*.json"));
        assertThat(g.matches("a.json")).isTrue();
        assertThat(g.matches("deep/er/a.json")).isTrue();
        assertThat(g.matches("a.yaml")).isFalse();
    }

    @Test
    void singleStarStaysInOneFolderAndBracesAlternate() {
        Globs g = new Globs(List.of("stacks/*.{yaml,yml}", "./legacy/"));
        assertThat(g.matches("stacks/a.yml")).isTrue();
        assertThat(g.matches("stacks/x/a.yml")).isFalse();
        assertThat(g.matches("legacy/old/x.yaml")).isTrue();
        assertThat(new Globs(List.of()).isEmpty()).isTrue();
    }
}
