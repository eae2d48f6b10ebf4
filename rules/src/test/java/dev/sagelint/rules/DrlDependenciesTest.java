package dev.sagelint.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the built-in DRL may name of sagelint (issue 12 item 6): the facts ({@code dev.sagelint.model}), the AWS data
 * core reads too ({@code dev.sagelint.aws}), the rules' own helpers ({@code dev.sagelint.rules.support}) and the
 * sink. Rule logic reached elsewhere (the simulator, a parser, the engine) would put it back in core.
 */
class DrlDependenciesTest {

    static final Set<String> ALLOWED_PACKAGES = Set.of("dev.sagelint.model", "dev.sagelint.aws",
            "dev.sagelint.rules.support");
    static final Set<String> ALLOWED_CLASSES = Set.of("dev.sagelint.engine.FindingSink");
    /** A qualified sagelint name up to its first class segment: {@code dev.sagelint.model.ScalingPolicy}. */
    private static final Pattern NAME = Pattern.compile("\\bdev\\.sagelint\\.((?:[a-z][a-z0-9]*\\.)*)([A-Z]\\w*)");

    @Test
    void builtInRulesNameOnlyFactsAwsDataTheirHelpersAndTheSink() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CatalogueTest.DRL_ROOT)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                List<String> lines = Files.readAllLines(drl, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    for (String name : disallowed(lines.get(i))) {
                        problems.add(drl + ":" + (i + 1) + ": " + name);
                    }
                }
            }
        }
        assertThat(problems).as("DRL naming sagelint classes outside %s and %s; move the logic to"
                + " rules/src/main/java/dev/sagelint/rules/support", ALLOWED_PACKAGES, ALLOWED_CLASSES).isEmpty();
    }

    @Test
    void theCheckCatchesAConsequenceThatCallsTheSimulator() {
        // SL116 did this before SpikeShortfall carried the replay sentence
        assertThat(disallowed("    sink.report($gap.location(), $gap.message()"
                + " + dev.sagelint.simulate.Shortfall.clause($tr, $t, $policies));"))
                .containsExactly("dev.sagelint.simulate.Shortfall");
        assertThat(disallowed("import dev.sagelint.parse.ResourceIds")).containsExactly("dev.sagelint.parse.ResourceIds");
        assertThat(disallowed("import dev.sagelint.model.ScalingPolicy")).isEmpty();
        assertThat(disallowed("global dev.sagelint.engine.FindingSink sink")).isEmpty();
    }

    /** The sagelint classes a DRL line names outside what a rule may use. */
    static List<String> disallowed(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME.matcher(line);
        while (m.find()) {
            String pkg = ("dev.sagelint." + m.group(1)).replaceAll("\\.$", "");
            String name = pkg + "." + m.group(2);
            if (!ALLOWED_PACKAGES.contains(pkg) && !ALLOWED_CLASSES.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
