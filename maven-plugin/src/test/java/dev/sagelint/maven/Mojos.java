package dev.sagelint.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The check goal as the Mojo tests set it up: an empty spec in a folder, a JSON report, no console output. */
final class Mojos {

    private Mojos() {
    }

    static CheckMojo emptySpecIn(Path dir) throws IOException {
        Files.writeString(dir.resolve("spec.yaml"), "apiVersion: sagelint/v1\nendpoints: []\n");
        CheckMojo mojo = new CheckMojo();
        mojo.baseDirectory = dir.toFile();
        mojo.outputDirectory = dir.resolve("target/sagelint").toFile();
        mojo.outputFormats = List.of("json");
        mojo.consoleOutput = false;
        mojo.failOnViolation = true;
        return mojo;
    }
}
