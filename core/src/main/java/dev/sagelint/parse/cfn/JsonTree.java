package dev.sagelint.parse.cfn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.Limits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON template with Jackson's streaming parser, so every value keeps its line and column.
 * Duplicate keys are problems (the first one is kept); a syntax error is one fatal problem.
 */
final class JsonTree {

    private final String path;
    private final List<InputProblem> problems;
    private final JsonParser parser;

    private JsonTree(String path, JsonParser parser, List<InputProblem> problems) {
        this.path = path;
        this.parser = parser;
        this.problems = problems;
    }

    /** The root node, or null after reporting a fatal problem. */
    static CfnNode read(String path, String text, Limits limits, List<InputProblem> problems) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                .build();
        try (JsonParser parser = factory.createParser(dev.sagelint.parse.Cancellation.reader(text))) {
            JsonTree tree = new JsonTree(path, parser, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(InputProblem.fatalAt(new Location(path, 1, 1), "the file is empty"));
                return null;
            }
            CfnNode root = tree.value(first);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                problems.add(InputProblem.fatalAt(tree.here(), "not valid JSON: unexpected content after the "
                        + "template's closing brace; remove it"));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            Location at = loc == null ? new Location(path, 1, 1)
                    : new Location(path, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
            problems.add(InputProblem.fatalAt(at, "not valid JSON: " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(InputProblem.fatalAt(new Location(path, 1, 1), "not readable as JSON: " + e.getMessage()));
            return null;
        }
    }

    private Location here() {
        JsonLocation loc = parser.currentTokenLocation();
        return new Location(path, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    private CfnNode value(JsonToken token) throws IOException {
        Location at = here();
        switch (token) {
            case START_OBJECT -> {
                Map<String, CfnNode.Entry> entries = new LinkedHashMap<>();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = here();
                    CfnNode v = value(parser.nextToken());
                    CfnNode.Entry earlier = entries.get(key);
                    if (earlier != null) {
                        problems.add(InputProblem.at(keyAt, "duplicate key '" + key + "' (line "
                                + earlier.keyLocation().line() + " sets it too); CloudFormation keeps only one, "
                                + "so remove the other"));
                    } else {
                        entries.put(key, new CfnNode.Entry(key, keyAt, v));
                    }
                }
                return YamlTree.longForm(new CfnNode.Obj(entries, at, here().line()));
            }
            case START_ARRAY -> {
                List<CfnNode> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(t));
                }
                return new CfnNode.Seq(items, at, here().line());
            }
            case VALUE_NULL -> {
                return new CfnNode.Scalar("", true, at);
            }
            default -> {
                return new CfnNode.Scalar(parser.getText(), false, at);
            }
        }
    }
}
