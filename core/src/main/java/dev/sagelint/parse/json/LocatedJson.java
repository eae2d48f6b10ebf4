package dev.sagelint.parse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.sagelint.model.Location;
import dev.sagelint.parse.Limits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON into {@link JsonNode}s with line and column, within the safety limits; never throws on bad input. */
public final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private LocatedJson() {
    }

    /** The outcome: a value, or an error with its location. */
    public sealed interface Result permits Parsed, Failed {
    }

    public record Parsed(JsonNode value) implements Result {
    }

    public record Failed(Location location, String message) implements Result {
    }

    public static Result parse(String path, String text, Limits limits) {
        if (text.length() > limits.maxFileBytes()) {
            return new Failed(Location.ofFile(path), "the file is larger than " + limits.maxFileBytes()
                    + " bytes; it was not read (split it, or raise the limit)");
        }
        try (JsonParser p = FACTORY.createParser(dev.sagelint.parse.Cancellation.reader(text))) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Failed(new Location(path, 1, 1), "the file is empty; expected a JSON object");
            }
            JsonNode value = read(p, path, limits.maxNestingDepth(), 0);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                return new Failed(at(path, p.currentTokenLocation()), "unexpected content after the JSON value");
            }
            return new Parsed(value);
        } catch (DepthException e) {
            return new Failed(e.location, "JSON nesting is deeper than " + limits.maxNestingDepth() + " levels");
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            return new Failed(at(path, e.getLocation()), "JSON syntax error: "
                    + (cut < 0 ? message : message.substring(0, cut)));
        } catch (IOException | RuntimeException e) {
            return new Failed(new Location(path, 1, 1), "cannot read the JSON: " + e.getMessage());
        }
    }

    private static final class DepthException extends RuntimeException {
        final Location location;

        DepthException(Location location) {
            super(null, null, false, false);
            this.location = location;
        }
    }

    private static JsonNode read(JsonParser p, String path, int maxDepth, int depth) throws IOException {
        Location at = at(path, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                if (depth >= maxDepth) {
                    throw new DepthException(at);
                }
                Map<String, JsonNode> members = new LinkedHashMap<>();
                Map<String, Location> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Location keyAt = at(path, p.currentTokenLocation());
                    p.nextToken();
                    members.put(name, read(p, path, maxDepth, depth + 1));
                    keys.put(name, keyAt);
                }
                return new JsonNode.Obj(members, keys, at);
            }
            case START_ARRAY: {
                if (depth >= maxDepth) {
                    throw new DepthException(at);
                }
                List<JsonNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, path, maxDepth, depth + 1));
                }
                return new JsonNode.Arr(items, at);
            }
            case VALUE_STRING:
                return new JsonNode.Str(p.getText(), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonNode.Num(p.getDecimalValue(), at);
            case VALUE_TRUE:
                return new JsonNode.Bool(true, at);
            case VALUE_FALSE:
                return new JsonNode.Bool(false, at);
            default:
                return new JsonNode.Null(at);
        }
    }

    private static Location at(String path, JsonLocation l) {
        return l == null ? new Location(path, 1, 1)
                : new Location(path, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}
