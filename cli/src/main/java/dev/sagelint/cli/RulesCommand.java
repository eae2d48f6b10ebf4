package dev.sagelint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagelint.engine.RuleDescriptor;
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
        description = "Lists every rule: id, severity, tags and summary.")
final class RulesCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    String format;

    @Mixin
    RulePacks rulePacks;

    RulesCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        List<RuleDescriptor> rules = rulePacks.builder(env).build().catalog().all();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "table" -> table(rules, out);
            case "json" -> json(rules, out);
            default -> throw new UsageException("--format " + format + ": expected table or json");
        }
        out.flush();
        return 0;
    }

    private static void table(List<RuleDescriptor> rules, PrintWriter out) {
        int tagWidth = Math.max(4, rules.stream().mapToInt(r -> String.join(",", r.tags()).length()).max().orElse(4));
        String row = "%-6s  %-8s  %-" + tagWidth + "s  %s%n";
        out.printf(row, "ID", "SEVERITY", "TAGS", "SUMMARY");
        for (RuleDescriptor r : rules) {
            out.printf(row, r.id(), r.severity().label(), String.join(",", r.tags()), r.summary());
        }
        out.printf("%n%d rules. 'sagelint explain ID' explains one.%n", rules.size());
    }

    private static void json(List<RuleDescriptor> rules, PrintWriter out) throws Exception {
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
        }
        out.println(mapper.writeValueAsString(array).replace("\r\n", "\n"));
    }
}
