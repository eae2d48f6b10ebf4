package dev.sagelint.model;

/** A fact the rules reason about: it has a key unique in its deployment and a source location. */
public interface Fact {

    String key();

    Source source();

    default Location location() {
        return source().location();
    }
}
