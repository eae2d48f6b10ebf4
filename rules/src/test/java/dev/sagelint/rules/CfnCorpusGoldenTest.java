package dev.sagelint.rules;

import dev.sagelint.engine.Linter;
import dev.sagelint.model.Finding;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.parse.cfn.ParameterFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs every rule over the real CloudFormation and CDK templates of the shared corpus and compares
 * the report with the reviewed one in {@code golden/cfn-corpus.txt}. Each template is linted with
 * its defaults, and again with each parameter file that sits beside it in its source repository
 * (lines then start with {@code [params-file]}). Run with {@code -Dsagelint.golden.update=true} to
 * rewrite the expected report, then review every changed line against the template.
 */
class CfnCorpusGoldenTest {

    static final Path EXPECTED = Path.of("src/test/resources/golden/cfn-corpus.txt");

    @Test
    void realTemplatesGiveTheReviewedReport() throws IOException {
        String shared = System.getProperty("sagelint.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus/real/cfn")),
                "shared corpus not available");
        Path real = Path.of(shared, "corpus/real");
        List<String> lines = new ArrayList<>();
        List<String> notTemplates = new ArrayList<>();
        Linter linter = BuiltInLinter.get();
        for (String folder : List.of("cfn", "cdk")) {
            for (Path file : list(real.resolve(folder))) {
                String display = folder + "/" + file.getFileName();
                SourceFile source = new SourceFile(display, Files.readString(file, StandardCharsets.UTF_8));
                if (linter.formatOf(source).isEmpty()) {
                    notTemplates.add(display);
                    continue;
                }
                lines.add("# " + display);
                report(linter, source, "", lines);
                for (Path params : parameterFilesOf(file)) {
                    Map<String, String> values = ParameterFiles.parse(params.getFileName().toString(),
                            Files.readString(params, StandardCharsets.UTF_8));
                    Linter withParams = Linter.builder().rulePack(new BuiltInRules()).parameters(values).build();
                    report(withParams, source, "[" + params.getFileName() + "] ", lines);
                }
            }
        }
        lines.add("# not templates: " + String.join(", ", notTemplates));
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("sagelint.golden.update")) {
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        assertFalse(actual.contains(" SL001 "), "a real template yields SL001:\n" + actual);
        assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), actual,
                "the corpus report changed; review it (see the class comment)");
    }

    private static void report(Linter linter, SourceFile source, String prefix, List<String> lines) {
        for (Finding f : linter.lint(List.of(source)).findings()) {
            lines.add(prefix + f.location() + " " + f.ruleId() + " " + f.message());
        }
    }

    /** Parameter files from the same source folder as the template: same name prefix up to the last "__". */
    private static List<Path> parameterFilesOf(Path template) throws IOException {
        String name = template.getFileName().toString();
        int cut = name.lastIndexOf("__");
        if (cut < 0) {
            return List.of();
        }
        String prefix = name.substring(0, cut + 2);
        List<Path> out = new ArrayList<>();
        for (Path p : list(template.getParent())) {
            String n = p.getFileName().toString();
            if (!p.equals(template) && n.startsWith(prefix) && n.endsWith(".json")
                    && n.indexOf("__", prefix.length()) < 0) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (!text.contains("\"Resources\"")) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
