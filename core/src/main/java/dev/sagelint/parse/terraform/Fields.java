package dev.sagelint.parse.terraform;

import dev.sagelint.model.Location;
import dev.sagelint.model.Source;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Collects the location of each written field and the unknown ones, then builds the fact's Source. */
final class Fields {

    private final Location at;
    private final Map<String, Location> fields = new LinkedHashMap<>();
    private final Set<String> unknown = new LinkedHashSet<>();

    Fields(Location at) {
        this.at = at;
    }

    Fields at(String field, Location location) {
        fields.put(field, location);
        return this;
    }

    Fields unknown(String field) {
        unknown.add(field);
        return this;
    }

    Source build() {
        return new Source(at, fields, unknown);
    }
}
