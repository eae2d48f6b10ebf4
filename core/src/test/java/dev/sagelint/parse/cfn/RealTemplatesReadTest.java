package dev.sagelint.parse.cfn;

import dev.sagelint.model.InputProblem;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every real CloudFormation and CDK template of the shared corpus is read in full (including those
 * without SageMaker resources, which linting skips) without a single input problem, and every
 * parameter file beside them loads.
 */
class RealTemplatesReadTest {

    @Test
    void realTemplatesReadWithoutProblems() throws IOException {
        String shared = System.getProperty("sagelint.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus/real/cfn")),
                "shared corpus not available");
        CloudFormationFormat format = new CloudFormationFormat();
        List<String> problems = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        for (String folder : List.of("cfn", "cdk")) {
            try (Stream<Path> files = Files.list(Path.of(shared, "corpus/real", folder))) {
                for (Path p : files.sorted().toList()) {
                    SourceFile file = new SourceFile(folder + "/" + p.getFileName(),
                            Files.readString(p, StandardCharsets.UTF_8));
                    if (!format.accepts(file)) {
                        ParameterFiles.parse(file.path(), file.text());
                        continue;
                    }
                    templates.add(file.path());
                    format.read(file, ParseContext.defaults()).facts().stream()
                            .filter(InputProblem.class::isInstance)
                            .forEach(f -> problems.add(f.location() + " " + ((InputProblem) f).message()));
                }
            }
        }
        assertEquals(19, templates.size(), templates.toString());
        assertEquals(List.of(), problems);
    }

    /** The CloudFormation, SAM, CDK and Serverless Framework files of the wild corpus: all deploy, so none is SL001. */
    @Test
    void wildTemplatesReadWithoutProblems() throws IOException {
        String shared = System.getProperty("sagelint.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus/wild/cfn")),
                "shared corpus not available");
        CloudFormationFormat format = new CloudFormationFormat();
        List<String> problems = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.list(Path.of(shared, "corpus/wild/cfn"))) {
            for (Path p : files.sorted().toList()) {
                SourceFile file = new SourceFile("cfn/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
                if (format.accepts(file)) {
                    read++;
                    format.read(file, ParseContext.defaults()).facts().stream()
                            .filter(InputProblem.class::isInstance)
                            .forEach(f -> problems.add(f.location() + " " + ((InputProblem) f).message()));
                }
            }
        }
        assertEquals(14, read);
        assertEquals(List.of(), problems);
    }
}
