package dev.sagelint.rules;

import dev.sagelint.engine.Linter;
import dev.sagelint.testing.RuleFixtures;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Every fixture of every built-in rule, one named test each ({@code SL201 bad.yaml}). */
class RuleFixtureTest {

    static final Path FIXTURES = Path.of("src/test/resources/dev/sagelint/rules");

    @TestFactory
    Stream<DynamicNode> fixtures() {
        return RuleFixtures.in(FIXTURES).run(BuiltInLinter.get());
    }
}
