import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parse floor sagelint is measured against: a plain program that starts, finds the same files,
 * reads them as UTF-8 and parses each into a located tree (SnakeYAML's composed nodes for YAML,
 * Jackson's tree for JSON), on as many threads as the machine has cores, and does nothing else.
 * Whatever sagelint spends beyond this is its own cost: rule loading, mapping, evaluation, reports.
 */
public final class Floor {
    private Floor() {}

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Floor::isInput).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        ObjectMapper json = new ObjectMapper();
        long nodes = files.parallelStream().mapToLong(f -> parse(f, json)).sum();
        System.out.println(files.size() + " files, " + nodes + " top-level nodes");
    }

    private static boolean isInput(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json") || n.endsWith(".template");
    }

    private static long parse(Path file, ObjectMapper json) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (file.toString().endsWith(".json")) {
                return json.readTree(text).size();
            }
            LoaderOptions options = new LoaderOptions();
            Node node = new Yaml(options).compose(new StringReader(text));
            return node == null ? 0 : 1;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
