package dev.sagelint.parse.json;

import dev.sagelint.model.Location;

import java.util.List;
import java.util.Map;

/**
 * A JSON value with the location where it starts. Objects keep their keys in order with the location
 * of each key, so a finding can point at the line of the property.
 */
public sealed interface JsonNode permits JsonNode.Obj, JsonNode.Arr, JsonNode.Str, JsonNode.Num, JsonNode.Bool,
        JsonNode.Null {

    Location location();

    /** An object; {@code endLine} is the line of its closing brace (a resource's line range). */
    record Obj(Map<String, JsonNode> members, Map<String, Location> keys, Location location, int endLine)
            implements JsonNode {
        public Obj {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
            keys = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keys));
            endLine = Math.max(endLine, location.line());
        }

        public Obj(Map<String, JsonNode> members, Map<String, Location> keys, Location location) {
            this(members, keys, location, location.line());
        }

        public JsonNode get(String key) {
            return members.get(key);
        }

        /** Where the key is written, or the object when absent. */
        public Location at(String key) {
            return keys.getOrDefault(key, location);
        }

        public boolean has(String key) {
            return members.containsKey(key);
        }
    }

    record Arr(List<JsonNode> items, Location location, int endLine) implements JsonNode {
        public Arr {
            items = List.copyOf(items);
            endLine = Math.max(endLine, location.line());
        }

        public Arr(List<JsonNode> items, Location location) {
            this(items, location, location.line());
        }
    }

    record Str(String value, Location location) implements JsonNode {
    }

    /** A number; {@code text} is how it is written ({@code 2.0}, {@code 1e3}). */
    record Num(java.math.BigDecimal value, Location location, String text) implements JsonNode {
        public Num(java.math.BigDecimal value, Location location) {
            this(value, location, value.toString());
        }
    }

    record Bool(boolean value, Location location) implements JsonNode {
    }

    record Null(Location location) implements JsonNode {
    }
}
