package dev.sagelint.rules;

import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.engine.RuleDocs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * docs/rules/ and the README's rule table are generated from the rules; this fails when they are
 * stale and says how to regenerate them.
 */
class RuleDocsTest {

    static final String REGENERATE = "./mvnw -pl rules -am test -Dtest=RuleDocsTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dsagelint.regenerate=true";
    private static final Path ROOT = Path.of("..");
    private static final Path DOCS = ROOT.resolve("docs/rules");
    private static final String START = "<!-- rules:start -->";
    private static final String END = "<!-- rules:end -->";

    @Test
    void generatedRuleDocumentationIsCurrent() throws IOException {
        List<RuleDescriptor> rules = BuiltInLinter.get().catalog().all();
        Map<Path, String> expected = new LinkedHashMap<>();
        for (RuleDescriptor rule : rules) {
            expected.put(DOCS.resolve(rule.id() + ".md"), RuleDocs.page(rule));
        }
        expected.put(DOCS.resolve("README.md"), "# sagelint rules\n\nGenerated from the rules by `" + REGENERATE
                + "`; do not edit.\n\n" + RuleDocs.index(rules, ""));
        Path readme = ROOT.resolve("README.md");
        expected.put(readme, withTable(Files.readString(readme, StandardCharsets.UTF_8),
                RuleDocs.index(rules, "docs/rules/")));

        boolean regenerate = Boolean.getBoolean("sagelint.regenerate");
        List<String> stale = new ArrayList<>();
        for (var e : expected.entrySet()) {
            String current = Files.exists(e.getKey()) ? Files.readString(e.getKey(), StandardCharsets.UTF_8) : null;
            if (!e.getValue().equals(current)) {
                stale.add(e.getKey().normalize().toString());
                if (regenerate) {
                    Files.createDirectories(e.getKey().getParent());
                    Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
                }
            }
        }
        try (Stream<Path> pages = Files.exists(DOCS) ? Files.list(DOCS) : Stream.empty()) {
            for (Path page : pages.toList()) {
                if (!expected.containsKey(page)) {
                    stale.add(page.normalize() + " (no such rule)");
                    if (regenerate) {
                        Files.delete(page);
                    }
                }
            }
        }
        if (!stale.isEmpty() && !regenerate) {
            fail("generated rule documentation is stale: " + stale + "\nregenerate with: " + REGENERATE);
        }
    }

    private static String withTable(String readme, String table) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            fail("README.md lacks the " + START + " ... " + END + " markers for the rule table");
        }
        return readme.substring(0, start + START.length()) + "\n\nEvery rule, with its explanation and examples, is in"
                + " [docs/rules](docs/rules/README.md).\n\n" + table + "\n" + readme.substring(end);
    }
}
