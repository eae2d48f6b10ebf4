package dev.sagelint.parse.yaml;

import dev.sagelint.model.Location;
import dev.sagelint.parse.Limits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Composes YAML into SnakeYAML's node graph without constructing any object, under the safety
 * limits: nothing from the input is ever instantiated, aliases and nesting are bounded.
 */
public final class YamlDocuments {

    private YamlDocuments() {
    }

    /** The composed documents, or the reason the text is not YAML with the place it failed. */
    public sealed interface Result permits Parsed, Failed {
    }

    public record Parsed(List<Node> documents) implements Result {
        /** Where document {@code index} starts. */
        public Location start(String path, int index) {
            return locationOf(path, documents.get(index).getStartMark());
        }
    }

    public record Failed(Location location, String message) implements Result {
    }

    /** The loader options every sagelint YAML read uses: the safety limits, no duplicate keys, no comments. */
    static LoaderOptions options(Limits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    /**
     * The parser's event stream of a text that {@link #compose} already read (so it is valid YAML within
     * the limits): anchors, aliases and tags exactly as written, with their marks, none of them expanded.
     * Linear in the text, whatever its aliases.
     */
    public static Iterable<Event> events(String text, Limits limits) {
        return new Yaml(options(limits)).parse(dev.sagelint.parse.Cancellation.reader(text));
    }

    public static Result compose(String path, String text, Limits limits) {
        LoaderOptions options = options(limits);
        try {
            List<Node> docs = new ArrayList<>();
            for (Node node : new Yaml(options).composeAll(dev.sagelint.parse.Cancellation.reader(text))) {
                if (node != null) {
                    docs.add(node);
                }
            }
            return new Parsed(docs);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return new Failed(locationOf(path, mark), describe(e));
        } catch (YAMLException e) {
            return new Failed(new Location(path, 1, 1), "not readable as YAML: " + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            return new Failed(new Location(path, 1, 1), "YAML nesting is too deep to read; the limit is "
                    + limits.maxNestingDepth() + " levels");
        }
    }

    public static Location locationOf(String path, Mark mark) {
        return mark == null ? new Location(path, 1, 1) : new Location(path, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String context = e.getContext();
        String text = context == null ? problem : context + ": " + problem;
        return "not valid YAML: " + text.strip() + hint(text);
    }

    private static String hint(String problem) {
        if (problem.contains("Nesting Depth")) {
            return " (sagelint reads at most the configured nesting depth; flatten the document or raise maxNestingDepth)";
        }
        if (problem.contains("aliases")) {
            return " (too many aliases usually means an alias bomb; raise maxAliases only for a file you trust)";
        }
        if (problem.contains("Global tag is not allowed")) {
            return " (a !!java... or other global tag names a program type; sagelint never creates objects from"
                    + " YAML: remove the tag and write the value itself)";
        }
        if (problem.contains("found character '\\t'") || problem.contains("tab")) {
            return " (YAML indentation must use spaces, not tabs)";
        }
        return "";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
