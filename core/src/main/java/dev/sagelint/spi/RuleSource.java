package dev.sagelint.spi;

import java.util.Objects;

/** A named text resource of a rule pack: a DRL file or an example. */
public record RuleSource(String name, String text) {

    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
