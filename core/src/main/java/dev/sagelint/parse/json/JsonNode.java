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

    record Obj(Map<String, JsonNode> members, Map<String, Location> keys, Location location) implements JsonNode {
        public Obj {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
            keys = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keys));
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

    record Arr(List<JsonNode> items, Location location) implements JsonNode {
        public Arr {
            items = List.copyOf(items);
        }
    }

    record Str(String value, Location location) implements JsonNode {
    }

    record Num(java.math.BigDecimal value, Location location) implements JsonNode {
    }

    record Bool(boolean value, Location location) implements JsonNode {
    }

    record Null(Location location) implements JsonNode {
    }
}
