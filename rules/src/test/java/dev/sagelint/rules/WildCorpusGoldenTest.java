package dev.sagelint.rules;

import dev.sagelint.engine.LintResult;
import dev.sagelint.engine.ProjectLinter;
import dev.sagelint.model.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Lints every case of the shared wild corpus ({@code corpus/wild/<kind>/<case>}, a folder or a single
 * template) as a user would, {@code sagelint lint <case>} from the corpus folder: through
 * {@link ProjectLinter}, so the folder walk, detection, reading and folder-as-configuration grouping are
 * the ones the CLI uses. The report is compared with the reviewed one in {@code golden/wild-corpus.txt}:
 * per case, the files read, the files the walk found but no format read (with the files of the case no
 * walk looked at), then the findings. Run with {@code -Dsagelint.golden.update=true} to rewrite it, then
 * review every changed line against the source (an SL001 on a file its own tool accepts is a bug; an
 * SL004 must say why something was not checked).
 */
class WildCorpusGoldenTest {

    static final Path EXPECTED = Path.of("src/test/resources/golden/wild-corpus.txt");

    @Test
    void wildCasesGiveTheReviewedReport() throws IOException {
        String shared = System.getProperty("sagelint.shared");
        assumeTrue(shared != null && Files.isRegularFile(Path.of(shared, "corpus/wild/MANIFEST.tsv")),
                "shared corpus not available");
        Path wild = Path.of(shared, "corpus/wild").toAbsolutePath().normalize();
        ProjectLinter project = new ProjectLinter(BuiltInLinter.get());
        List<String> lines = new ArrayList<>();
        for (Path kind : list(wild)) {
            if (!Files.isDirectory(kind)) {
                continue;
            }
            for (Path c : list(kind)) {
                Path relative = wild.relativize(c);
                LintResult result = project.lint(wild, List.of(relative), 1);
                TreeSet<String> unread = new TreeSet<>();
                for (Path f : filesUnder(c)) {
                    unread.add(ProjectLinter.display(wild, f));
                }
                unread.removeAll(result.filesScanned());
                unread.removeAll(result.unreadable());
                lines.add("# " + relative.toString().replace('\\', '/') + ": read " + result.filesScanned()
                        + (result.unreadable().isEmpty() ? "" : "; unreadable " + result.unreadable())
                        + (unread.isEmpty() ? "" : "; not read " + unread));
                for (Finding f : result.findings()) {
                    lines.add(f.location() + " " + f.ruleId() + " " + f.severity() + " " + f.message());
                }
            }
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("sagelint.golden.update")) {
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), actual,
                "the wild corpus report changed; review it (see the class comment)");
    }

    private static List<Path> filesUnder(Path c) throws IOException {
        if (Files.isRegularFile(c)) {
            return List.of(c);
        }
        try (Stream<Path> files = Files.walk(c)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
