package dev.sagelint.cli;

import dev.sagelint.engine.Linter;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.report.Report;
import dev.sagelint.spi.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explains a rule: why it matters, how to fix it, when to suppress it, with a bad and a good example.")
final class ExplainCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, e.g. SL201.", completionCandidates = RuleCompletion.class)
    String ruleId;

    @Mixin
    RulePacks rulePacks;

    /** The configuration file's rulePacks load as for lint, so their rules are explained too. */
    @Mixin
    ConfigFileOptions configFile;

    ExplainCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Linter linter = rulePacks.builder(env, configFile.resolve(env)).build();
        String id = ruleId.strip().toUpperCase(Locale.ROOT);
        RuleDescriptor rule = linter.catalog().find(id).orElseThrow(() -> new UsageException(
                "unknown rule id '" + ruleId + "'" + dev.sagelint.config.DidYouMean.hint(ruleId, linter.catalog().ids())
                        + "; run 'sagelint rules' for the list"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(rule.id() + "  " + rule.severity().label() + "  " + rule.summary());
        out.println("tags: " + String.join(", ", rule.tags()) + "   since: " + rule.since() + "   pack: "
                + rule.packId() + (Report.helpUri(rule) == null ? "" : "   " + Report.helpUri(rule)));
        out.println();
        out.println(rule.explanation().isBlank() ? "(no explanation shipped with this rule)" : rule.explanation().strip());
        // the plainest example first: bad.yaml before bad-duplicate-key.yaml
        List<RuleSource> examples = linter.examples(id).stream()
                .sorted(java.util.Comparator.comparingInt((RuleSource e) -> e.name().length())
                        .thenComparing(RuleSource::name))
                .toList();
        example(out, "Bad example", examples.stream().filter(e -> e.name().startsWith("bad")).findFirst().orElse(null));
        example(out, "Good example", examples.stream().filter(e -> e.name().startsWith("good")).findFirst().orElse(null));
        out.flush();
        return 0;
    }

    private static void example(PrintWriter out, String title, RuleSource example) {
        if (example == null) {
            return;
        }
        out.println();
        out.println("## " + title + " (" + example.name() + ")");
        out.println();
        out.println("```");
        out.println(example.text().strip());
        out.println("```");
    }
}
