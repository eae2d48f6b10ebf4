package dev.sagelint.parse.yaml;

import dev.sagelint.model.Location;
import dev.sagelint.parse.Limits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

    /**
     * Why the text is not YAML.
     *
     * @param location where the parser stopped, or the file's first line when it names no place
     * @param message  the reason as sagelint words it: the parser's context and problem, with a hint
     * @param problem  the parser's own words alone (a located error's problem, else its message), for a reader that
     *                 has always worded the failure itself
     * @param placed   whether the parser named the place: false when {@code location} is only the file's start
     */
    public record Failed(Location location, String message, String problem, boolean placed) implements Result {

        /** A failure sagelint words itself, with no parser problem of its own. */
        public Failed(Location location, String message) {
            this(location, message, message, false);
        }
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

    public static Result compose(String path, String text, Limits limits) {
        return compose(path, text, limits, event -> { });
    }

    /**
     * Composes the text and hands every parser event to {@code watcher} as it is read: anchors, aliases
     * and tags exactly as written, with their marks, none of them expanded. One pass over the text, so a
     * check on how the YAML is written costs no second parse.
     */
    public static Result compose(String path, String text, Limits limits, Consumer<Event> watcher) {
        return compose(path, text, limits, watcher, false);
    }

    /**
     * Composes text that holds at most one document, as SnakeYAML's {@code Yaml.compose} does: a second document is
     * a failure ("but found another document", at its start); the result holds no document or one.
     */
    public static Result composeSingle(String path, String text, Limits limits) {
        return compose(path, text, limits, event -> { }, true);
    }

    private static Result compose(String path, String text, Limits limits, Consumer<Event> watcher, boolean single) {
        LoaderOptions options = options(limits);
        try {
            Parser parser = new Watched(new ParserImpl(new StreamReader(dev.sagelint.parse.Cancellation.reader(text)),
                    options), watcher);
            Composer composer = new Composer(parser, new Resolver(), options);
            if (single) {
                Node node = composer.getSingleNode();
                return new Parsed(node == null ? List.of() : List.of(node));
            }
            List<Node> docs = new ArrayList<>();
            while (composer.checkNode()) {
                Node node = composer.getNode();
                if (node != null) {
                    docs.add(node);
                }
            }
            return new Parsed(docs);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return new Failed(locationOf(path, mark), describe(e), e.getProblem(), mark != null);
        } catch (YAMLException e) {
            return new Failed(new Location(path, 1, 1), "not readable as YAML: " + firstLine(e.getMessage()),
                    e.getMessage(), false);
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

    /** A parser that shows each event it hands the composer to a watcher first. */
    private record Watched(Parser parser, Consumer<Event> watcher) implements Parser {
        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            watcher.accept(event);
            return event;
        }
    }
}
