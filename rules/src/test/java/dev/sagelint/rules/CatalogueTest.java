package dev.sagelint.rules;

import dev.sagelint.engine.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The meta-test of the built-in catalogue: every rule has its metadata, an explanation, a good and
 * a bad fixture, and sits in the file and folder its id says. All gaps are collected and reported
 * in one failure, so a new rule's author sees everything that is missing at once.
 */
class CatalogueTest {

    static final Path DRL_ROOT = Path.of("src/main/resources/dev/sagelint/rules");
    private static final Pattern BUILT_IN_ID = Pattern.compile("SL[0-9]{3}");
    private static final Pattern RULE_DECLARATION = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");
    private static final Map<Character, String> AREAS = Map.of('0', "input", '1', "scaling", '2', "capacity",
            '3', "metrics", '4', "network", '5', "purchase", '6', "serverless", '7', "wiring");

    @Test
    void everyBuiltInRuleIsComplete() throws IOException {
        List<RuleDescriptor> rules = BuiltInLinter.get().catalog().all();
        assertFalse(rules.isEmpty(), "the built-in pack loaded no rules");
        List<String> problems = new ArrayList<>();
        Map<String, List<Path>> declared = declarations(problems);
        for (RuleDescriptor rule : rules) {
            checkMetadata(rule, problems);
            checkFiles(rule, declared.getOrDefault(rule.id(), List.of()), problems);
            checkFixtures(rule, problems);
        }
        declared.keySet().stream().filter(id -> rules.stream().noneMatch(r -> r.id().equals(id)))
                .forEach(id -> problems.add(id + ": declared in " + declared.get(id) + " but not in the loaded pack"
                        + " (stale generated model? rebuild the rules module)"));
        // fixtures may also exercise the rules the engine enforces itself (SL002, SL003)
        orphanFixtures(BuiltInLinter.get().catalog().all(), problems);
        if (!problems.isEmpty()) {
            fail(problems.size() + " catalogue problem(s):\n  " + String.join("\n  ", problems));
        }
    }

    private static void checkMetadata(RuleDescriptor rule, List<String> problems) {
        String id = rule.id();
        if (!BUILT_IN_ID.matcher(id).matches()) {
            problems.add(id + ": built-in ids are SL and three digits");
        }
        if (!"sagelint".equals(rule.packId())) {
            problems.add(id + ": comes from pack " + rule.packId() + ", not the built-in pack");
        }
        if (rule.summary() == null || rule.summary().isBlank()) {
            problems.add(id + ": @summary is empty");
        } else if (rule.summary().endsWith(".")) {
            problems.add(id + ": @summary ends with a period: " + rule.summary());
        }
        if (rule.since() == null || !VERSION.matcher(rule.since()).matches()) {
            problems.add(id + ": @since is '" + rule.since() + "'; expected a version such as 0.1.0");
        }
        String explanation = rule.explanation();
        if (explanation.isBlank()) {
            problems.add(id + ": no explanation (" + id + "-<slug>.md beside the DRL)");
            return;
        }
        String title = explanation.lines().findFirst().orElse("");
        if (!title.equals("# " + id + ": " + rule.summary())) {
            problems.add(id + ": explanation title is '" + title + "'; expected '# " + id + ": " + rule.summary() + "'");
        }
        if (explanation.contains("**Severity:**")) {
            problems.add(id + ": explanation repeats the severity; the DRL metadata is its one source");
        }
        for (String section : List.of("## Why it matters", "## How to fix", "## When to suppress")) {
            if (!explanation.contains(section)) {
                problems.add(id + ": explanation lacks the section '" + section + "'");
            }
        }
    }

    private static void checkFiles(RuleDescriptor rule, List<Path> drlFiles, List<String> problems) {
        String id = rule.id();
        if (drlFiles.size() > 1) {
            problems.add(id + ": declared more than once: " + drlFiles);
        }
        String area = area(id);
        for (Path drl : drlFiles) {
            String name = drl.getFileName().toString();
            if (!name.startsWith(id + "-") && !name.equals(id + ".drl")) {
                problems.add(id + ": declared in " + name + "; name the file " + id + "-<slug>.drl");
            }
            if (area != null && !drl.getParent().getFileName().toString().equals(area)) {
                problems.add(id + ": " + DRL_ROOT.relativize(drl) + " is not in the area folder " + area + "/");
            }
            Path md = drl.resolveSibling(name.replaceAll("\\.drl$", ".md"));
            if (!Files.isRegularFile(md)) {
                problems.add(id + ": no explanation file " + DRL_ROOT.relativize(md));
            }
        }
    }

    private static void checkFixtures(RuleDescriptor rule, List<String> problems) throws IOException {
        String id = rule.id();
        String area = area(id);
        if (area == null) {
            problems.add(id + ": no area folder is known for its hundreds digit");
            return;
        }
        Path folder = RuleFixtureTest.FIXTURES.resolve(area).resolve(id);
        if (!Files.isDirectory(folder)) {
            problems.add(id + ": no fixture folder " + RuleFixtureTest.FIXTURES.relativize(folder));
            return;
        }
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            // a base/ folder holds the previous versions of change fixtures, not fixtures of its own
            names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".expect")).sorted().toList();
        }
        if (names.stream().noneMatch(n -> n.startsWith("good"))) {
            problems.add(id + ": no good* fixture in " + RuleFixtureTest.FIXTURES.relativize(folder));
        }
        if (names.stream().noneMatch(n -> n.startsWith("bad"))) {
            problems.add(id + ": no bad* fixture in " + RuleFixtureTest.FIXTURES.relativize(folder));
        }
        names.stream().filter(n -> !n.startsWith("good") && !n.startsWith("bad"))
                .forEach(n -> problems.add(id + ": fixture " + n + " is neither good* nor bad*, so it is never run"));
    }

    /** Every {@code rule "..."} in the DRL sources, by name, with the files that declare it. */
    private static Map<String, List<Path>> declarations(List<String> problems) throws IOException {
        Map<String, List<Path>> out = new TreeMap<>();
        List<Path> drls;
        try (Stream<Path> files = Files.walk(DRL_ROOT)) {
            drls = files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        for (Path drl : drls) {
            Matcher m = RULE_DECLARATION.matcher(Files.readString(drl, StandardCharsets.UTF_8));
            int count = 0;
            while (m.find()) {
                out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(drl);
                count++;
            }
            if (count != 1) {
                problems.add(DRL_ROOT.relativize(drl) + ": declares " + count + " rules; one DRL file holds one rule");
            }
        }
        return out;
    }

    private static void orphanFixtures(List<RuleDescriptor> rules, List<String> problems) throws IOException {
        try (Stream<Path> dirs = Files.walk(RuleFixtureTest.FIXTURES)) {
            dirs.filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().matches("[A-Z]{2,5}[0-9]{3}"))
                    .sorted()
                    .forEach(d -> {
                        String id = d.getFileName().toString();
                        if (rules.stream().noneMatch(r -> r.id().equals(id))) {
                            problems.add(RuleFixtureTest.FIXTURES.relativize(d) + ": fixtures for " + id
                                    + ", which no built-in rule declares");
                        }
                    });
        }
    }

    private static String area(String id) {
        return BUILT_IN_ID.matcher(id).matches() ? AREAS.get(id.charAt(2)) : null;
    }
}
