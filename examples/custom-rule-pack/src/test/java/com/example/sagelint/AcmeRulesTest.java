package com.example.sagelint;

import dev.sagelint.engine.Linter;
import dev.sagelint.testing.RuleFixtures;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Every fixture under src/test/resources/com/example/sagelint/rules/ACMExxx/ is one test, named
 * {@code ACME001 bad.yaml}: good* files must give no finding of the folder's rule, bad* files exactly
 * the findings their {@code # expect:} markers name (checked: the folder's rule, SL001-SL003 and the
 * rules the markers name). Run it from the IDE like any JUnit 5 test.
 */
class AcmeRulesTest {

    /** Only this pack: the built-in rules are not on the test classpath, so fixtures need not satisfy them. */
    static final Linter LINTER = Linter.builder().rulePack(new AcmeRules()).build();

    @TestFactory
    Stream<DynamicNode> fixtures() {
        return RuleFixtures.in(Path.of("src/test/resources/com/example/sagelint/rules")).run(LINTER);
    }
}
