package dev.sagelint.testing;

import dev.sagelint.engine.Linter;
import dev.sagelint.engine.change.ChangeLinter;
import dev.sagelint.model.Finding;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Turns a folder of rule fixtures into JUnit 5 dynamic tests, one per file, named
 * {@code SL201 bad.yaml}. Fixtures live in a folder named by the rule id (anywhere below the root);
 * files named {@code good*} must produce no checked finding, files named {@code bad*} must carry at
 * least one marker for their rule. Matching is strict both ways: every marker must be reported and
 * every checked finding must be marked.
 *
 * <p>A fixture under {@code SL201/} is checked against SL201, the engine's input and suppression
 * rules SL001-SL003, and every other rule one of its own markers names; findings of the other rules
 * are ignored, so adding a rule never forces edits to unrelated fixtures. {@link #allRules()} checks
 * every finding of every rule instead.
 *
 * <p>A fixture with a file of the same name in a {@code base/} folder beside it is a change: the file in
 * {@code base/} is the previous version, the fixture itself the new one, and both are linted as
 * {@code sagelint lint --base} would ({@link ChangeLinter}), so transition rules fire. Markers go on the new
 * version only (findings are reported there); files under {@code base/} are never fixtures themselves.
 * Use it from a {@code @TestFactory}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> fixtures() {
 *     return RuleFixtures.in(Path.of("src/test/resources/rules")).run(linter);
 * }
 * }</pre>
 */
public final class RuleFixtures {

    /** The engine's own rules, checked in every fixture: unreadable input and suppression hygiene. */
    static final Set<String> TOOL_RULES = Set.of("SL001", "SL002", "SL003");

    private final Path root;
    private final boolean allRules;

    private RuleFixtures(Path root, boolean allRules) {
        this.root = root;
        this.allRules = allRules;
    }

    public static RuleFixtures in(Path root) {
        return new RuleFixtures(root, false);
    }

    /**
     * The same fixtures, checked against every rule of the linter: a good fixture must then give no
     * finding at all and a bad one exactly its markers' findings.
     */
    public RuleFixtures allRules() {
        return new RuleFixtures(root, true);
    }

    /**
     * Whether a fixture is checked against a rule's findings: every rule with {@link #allRules()};
     * otherwise its folder's rule, SL001-SL003 and the rules its markers name.
     */
    Predicate<String> checkedRules(Fixture fixture, List<Expectation> expected) {
        if (allRules) {
            return rule -> true;
        }
        Set<String> rules = new TreeSet<>(TOOL_RULES);
        rules.add(fixture.ruleId());
        expected.forEach(e -> rules.add(e.ruleId()));
        return rules::contains;
    }

    /** Every fixture below the root: a rule folder and the files in it, sorted. */
    public List<Fixture> fixtures() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".expect"))
                    .filter(p -> p.getParent().getFileName().toString().matches("[A-Z]{2,5}[0-9]{3}"))
                    .sorted()
                    .map(p -> new Fixture(p.getParent().getFileName().toString(), p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fixtures under " + root, e);
        }
    }

    /** One dynamic test per fixture, grouped by rule id. */
    public Stream<DynamicNode> run(Linter linter) {
        List<Fixture> all = fixtures();
        if (all.isEmpty()) {
            fail("no fixtures found under " + root.toAbsolutePath() + " (expected <RULE>/good.yaml and <RULE>/bad.yaml)");
        }
        return all.stream().map(Fixture::ruleId).distinct().map(rule -> DynamicContainer.dynamicContainer(rule,
                all.stream().filter(f -> f.ruleId().equals(rule))
                        .map(f -> DynamicTest.dynamicTest(rule + " " + f.file().getFileName(), f.file().toUri(),
                                () -> check(linter, f)))));
    }

    /** Lints one fixture and fails with every unmatched marker and unmarked finding listed. */
    public void check(Linter linter, Fixture fixture) throws IOException {
        String text = Files.readString(fixture.file(), StandardCharsets.UTF_8);
        String name = fixture.file().getFileName().toString();
        String display = root.relativize(fixture.file()).toString().replace('\\', '/');
        List<Expectation> expected = expectations(fixture.file(), text);
        SourceFile source = new SourceFile(display, text);
        if (linter.formatOf(source).isEmpty()) {
            fail(display + " is not recognised as any supported input");
        }
        Predicate<String> checked = checkedRules(fixture, expected);
        Path base = baseOf(fixture);
        List<Finding> all = base == null ? linter.lint(List.of(source)).findings()
                : new ChangeLinter(linter).lint(List.of(source),
                        List.of(new SourceFile(display, Files.readString(base, StandardCharsets.UTF_8))), 1)
                        .head().findings();
        List<Finding> findings = all.stream()
                .filter(f -> checked.test(f.ruleId()))
                .toList();
        List<String> problems = new ArrayList<>();
        if (name.startsWith("good") && !expected.isEmpty()) {
            problems.add("a good fixture must not carry expect markers");
        }
        if (name.startsWith("bad") && expected.stream().noneMatch(e -> e.ruleId().equals(fixture.ruleId()))) {
            problems.add("a bad fixture must carry at least one '# expect: " + fixture.ruleId() + "' marker");
        }
        List<Finding> unmarked = new ArrayList<>(findings);
        for (Expectation e : expected) {
            Finding hit = unmarked.stream().filter(e::matches).findFirst().orElse(null);
            if (hit == null) {
                problems.add("expected but not reported: " + e);
            } else {
                unmarked.remove(hit);
            }
        }
        for (Finding f : unmarked) {
            problems.add("reported but not expected: line " + f.location().line() + ":" + f.location().column()
                    + " " + f.ruleId() + " " + f.message());
        }
        if (!problems.isEmpty()) {
            fail(display + ":\n  " + String.join("\n  ", problems));
        }
    }

    /** The previous version of a fixture that is a change ({@code base/<same name>}), null for a plain fixture. */
    public static Path baseOf(Fixture fixture) {
        Path base = fixture.file().resolveSibling("base").resolve(fixture.file().getFileName().toString());
        return Files.isRegularFile(base) ? base : null;
    }

    private static List<Expectation> expectations(Path file, String text) throws IOException {
        Path sidecar = file.resolveSibling(file.getFileName() + ".expect");
        if (Files.exists(sidecar)) {
            return Markers.sidecar(Files.readString(sidecar, StandardCharsets.UTF_8));
        }
        return Markers.inline(text);
    }

    /** A fixture file and the rule folder it sits in. */
    public record Fixture(String ruleId, Path file) {
    }
}
