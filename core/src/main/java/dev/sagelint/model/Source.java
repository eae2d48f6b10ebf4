package dev.sagelint.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a fact came from: the location of the fact itself, the location of each field that was
 * written, and the fields whose value was written but could not be resolved (a parameter without a
 * default, an unknown variable). Rules ask {@link #at} for the place to point at and
 * {@link #isUnknown} before treating a missing value as absent, by the fact's typed field
 * ({@code source().at(ScalableTarget.Field.MIN_CAPACITY)}, see {@link FactField}). The {@code String} overloads are
 * what the readers record with and what rule packs written before the typed fields use; a name no reader records
 * silently gives the fact's own location, which is why rules use the typed fields.
 */
public record Source(Location location, Map<String, Location> fields, Set<String> unknown) {

    public Source {
        Objects.requireNonNull(location, "location");
        fields = Map.copyOf(fields);
        unknown = Set.copyOf(unknown);
    }

    public static Source at(Location location) {
        return new Source(location, Map.of(), Set.of());
    }

    /** The location of a field, or of the fact when the field was not written. */
    public Location at(String field) {
        return fields.getOrDefault(field, location);
    }

    /** True when the field was written but its value cannot be known statically. */
    public boolean isUnknown(String field) {
        return unknown.contains(field);
    }

    /** True when the field was written at all (known or not). */
    public boolean isSet(String field) {
        return fields.containsKey(field) || unknown.contains(field);
    }

    /** The location of a field, or of the fact when the field was not written. */
    public Location at(FactField field) {
        return at(field.key());
    }

    /** True when the field was written but its value cannot be known statically. */
    public boolean isUnknown(FactField field) {
        return isUnknown(field.key());
    }

    /** True when the field was written at all (known or not). */
    public boolean isSet(FactField field) {
        return isSet(field.key());
    }

    public String file() {
        return location.file();
    }
}
