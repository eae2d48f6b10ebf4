package dev.sagelint.rules;

import dev.sagelint.engine.Linter;

/** One linter with the built-in pack, shared by the tests of this module (loading it is the slow part). */
final class BuiltInLinter {

    private static final Linter LINTER = Linter.builder().rulePack(new BuiltInRules()).build();

    private BuiltInLinter() {
    }

    static Linter get() {
        return LINTER;
    }
}
