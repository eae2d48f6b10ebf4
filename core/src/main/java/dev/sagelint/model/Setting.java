package dev.sagelint.model;

/** A raw key and value as written in the input, kept where a rule needs the author's own words. */
public record Setting(String name, String value, Location location) {
}
