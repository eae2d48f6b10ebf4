package dev.sagelint.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The check goal given files that are not regular files (issue 14, class 4): a report directory that is a file, a
 * report file that is a folder, a device as configLocation or parameters: the build fails with one line that names
 * the setting, and no report is written over a device.
 */
class HostileFilesMojoTest {

    @TempDir
    Path tmp;

    private CheckMojo mojo() throws IOException {
        return Mojos.emptySpecIn(tmp);
    }

    @Test
    void anOutputDirectoryThatIsAFileFailsBeforeTheLint() throws IOException {
        CheckMojo mojo = mojo();
        Files.writeString(tmp.resolve("target"), "a file where the build folder should be");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("sagelint: outputDirectory: " + tmp.resolve("target/sagelint/sagelint.json")
                        + " cannot be created: " + tmp.resolve("target") + " is a file, not a folder; give a path in"
                        + " a folder");
        assertThat(Files.readString(tmp.resolve("target"))).startsWith("a file");
    }

    @Test
    void aReportFileThatIsAFolderFails() throws IOException {
        CheckMojo mojo = mojo();
        Files.createDirectories(tmp.resolve("target/sagelint/sagelint.json"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("sagelint: outputDirectory: " + tmp.resolve("target/sagelint/sagelint.json")
                        + " is a folder; give the name of a file to write (in it or elsewhere)");
    }

    @Test
    void aDeviceAsConfigLocationOrParametersIsRefused() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        CheckMojo config = mojo();
        config.configLocation = new File("/dev/zero");
        assertThatThrownBy(config::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("sagelint: configLocation: not a regular file: /dev/zero (character device); give a"
                        + " regular file");
        CheckMojo parameters = mojo();
        parameters.parameters = List.of(new File("/dev/zero"));
        assertThatThrownBy(parameters::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("sagelint: parameters: not a regular file: /dev/zero (character device); give a regular"
                        + " file");
    }
}
