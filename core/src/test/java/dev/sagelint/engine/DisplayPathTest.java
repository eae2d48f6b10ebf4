package dev.sagelint.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A display path is the file relative to the working folder, forward slashes, whichever way it is found. */
class DisplayPathTest {

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
        "/work/repo, /work/repo/infra/endpoint.yaml, infra/endpoint.yaml",
        "/work/repo, /work/repo/endpoint.yaml, endpoint.yaml",
        "/work/repo, /work/repo/./infra/../endpoint.yaml, endpoint.yaml",
        "/work/repo, /work/repository/endpoint.yaml, ../repository/endpoint.yaml",
        "/work/repo, /work/other/endpoint.yaml, ../other/endpoint.yaml",
        "/work/repo, /work/repo, repo",
        "/, /endpoint.yaml, endpoint.yaml",
        "/work/./repo, /work/repo/endpoint.yaml, endpoint.yaml",
        "repo, /work/repo/endpoint.yaml, /work/repo/endpoint.yaml",
    })
    void relativeToTheWorkingFolder(String cwd, String file, String shown) {
        assertThat(ProjectLinter.display(Path.of(cwd), Path.of(file))).isEqualTo(shown);
    }
}
