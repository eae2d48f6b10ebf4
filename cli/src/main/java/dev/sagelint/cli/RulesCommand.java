package dev.sagelint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagelint.config.ConfigResolver;
import dev.sagelint.config.LintConfig;
import dev.sagelint.config.ResolvedConfig;
import dev.sagelint.engine.Linter;
import dev.sagelint.engine.RuleDescriptor;
import dev.sagelint.model.Severity;
import dev.sagelint.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lists every rule: id, severity, tags and summary.",
            "--select and --ignore filter the list as they filter lint; --effective shows what lint would run here:"
                    + " the configuration file's switches and severity overrides, then the options."},
        footerHeading = "%nExamples:%n",
        footer = {"  sagelint rules --select SL2 --ignore info", "  sagelint rules --select capacity --format json",
            "  sagelint rules --effective"})
final class RulesCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    String format;

    @Option(names = "--effective",
            description = "Show every rule as lint would run it here: on or off and its severity after the"
                    + " configuration (.sagelint.yaml, --config) and the options.")
    boolean effective;

    @Mixin
    RulePacks rulePacks;

    @Mixin
    ConfigOptions configOptions;

    /** The configuration file as --effective names it, "none" without one. */
    private String configName;

    RulesCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        ResolvedConfig resolved = ConfigResolver.resolve(configOptions.overrides().build(), env.workingDir());
        Linter linter = rulePacks.builder(env, resolved).build();
        if (!format.equals("table") && !format.equals("json")) {
            throw new UsageException("--format " + format + ": expected table or json");
        }
        // without --effective the list is the catalogue's, filtered by the options only
        LintConfig cfg = effective ? resolved.config(linter.catalog())
                : resolved.switches(LintConfig.defaults(), linter.catalog());
        configName = resolved.fileName().orElse("none");
        List<RuleDescriptor> rules = linter.catalog().all().stream()
                .filter(r -> effective || cfg.enabled(r.id())).toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "table" -> table(rules, effective ? cfg : null, out);
            case "json" -> json(rules, effective ? cfg : null, out);
            default -> throw new UsageException("--format " + format + ": expected table or json");
        }
        out.flush();
        return 0;
    }

    /** @param cfg the effective configuration, or null for the catalogue's defaults */
    private void table(List<RuleDescriptor> rules, LintConfig cfg, PrintWriter out) {
        int tagWidth = Math.max(4, rules.stream().mapToInt(r -> String.join(",", r.tags()).length()).max().orElse(4));
        if (cfg == null) {
            String row = "%-6s  %-8s  %-" + tagWidth + "s  %s%n";
            out.printf(row, "ID", "SEVERITY", "TAGS", "SUMMARY");
            for (RuleDescriptor r : rules) {
                out.printf(row, r.id(), r.severity().label(), String.join(",", r.tags()), r.summary());
            }
            out.printf("%n%s. 'sagelint explain ID' explains one.%n", plural(rules.size(), "rule"));
            return;
        }
        String row = "%-6s  %-5s  %-8s  %-" + tagWidth + "s  %s%n";
        out.printf(row, "ID", "STATE", "SEVERITY", "TAGS", "SUMMARY");
        for (RuleDescriptor r : rules) {
            Severity effectiveSeverity = cfg.severityOf(r.id(), r.severity());
            out.printf(row, r.id(), cfg.enabled(r.id()) ? "on" : "off", effectiveSeverity.label()
                    + (effectiveSeverity == r.severity() ? "" : "*"), String.join(",", r.tags()), r.summary());
        }
        long on = rules.stream().filter(r -> cfg.enabled(r.id())).count();
        out.printf("%n%s, %d on; * marks a severity the configuration changed. Configuration: %s.%n",
                plural(rules.size(), "rule"), on, configName);
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static void json(List<RuleDescriptor> rules, LintConfig cfg, PrintWriter out) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (RuleDescriptor r : rules) {
            ObjectNode n = array.addObject();
            n.put("id", r.id());
            n.put("severity", r.severity().label());
            n.put("summary", r.summary());
            ArrayNode tags = n.putArray("tags");
            r.tags().forEach(tags::add);
            n.put("since", r.since());
            n.put("pack", r.packId());
            n.put("area", r.area());
            n.put("helpUri", Report.helpUri(r));
            if (cfg != null) {
                n.put("enabled", cfg.enabled(r.id()));
                n.put("effectiveSeverity", cfg.severityOf(r.id(), r.severity()).label());
            }
        }
        out.println(mapper.writeValueAsString(array).replace("\r\n", "\n"));
    }
}
