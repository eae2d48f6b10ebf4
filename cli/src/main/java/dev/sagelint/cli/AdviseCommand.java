package dev.sagelint.cli;

import dev.sagelint.engine.Linter;
import dev.sagelint.report.AtomicFiles;
import dev.sagelint.simulate.Advice;
import dev.sagelint.simulate.AdviceReport;
import dev.sagelint.simulate.Scenario;
import dev.sagelint.simulate.SimulationException;
import dev.sagelint.simulate.SvgChart;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "advise", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Searches minimum capacity, a business-hours floor and the target value for the cheapest"
                + " configuration that keeps the share of requests above capacity under the SLO even with traffic"
                + " +/-10%% and instance capacity -10%%; prints it as a unified diff of the input (git apply,"
                + " patch -p1) with the simulated before/after figures. The patched input is linted first: a"
                + " change that adds a finding at warning or above is never advised."},
        footer = {"", "Exit codes: 0 the SLO is met by the recommendation, 1 no configuration searched meets it,"
                + " 2 usage error."})
final class AdviseCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--slo", paramLabel = "PERCENT", defaultValue = "1%",
            description = "Largest acceptable share of requests above capacity, e.g. 1%% or 0.5 (default 1%%).")
    String slo;

    @Option(names = "--margin", paramLabel = "PERCENT", defaultValue = "10%",
            description = "Robustness margin: the SLO must hold with traffic scaled by +/- this and instance"
                    + " capacity reduced by it (default 10%%; 0 judges the nominal case only; at most 50%%).")
    String margin;

    @ArgGroup(exclusive = true)
    Output output = new Output();

    static final class Output {
        @Option(names = "--diff", description = "Print the change as a unified diff of the input (default).")
        boolean diff;

        @Option(names = "--write", description = "Apply the change to the input files in place (atomically, keeping"
                + " each file's permissions) and print the report.")
        boolean write;
    }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    String format;

    @Option(names = "--chart", paramLabel = "BEFORE.svg,AFTER.svg", split = ",",
            description = "Write SVG charts of the current and the advised configuration, on one y scale.")
    List<Path> charts;

    AdviseCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format " + format + ": expected text or json");
        }
        if (charts != null && charts.size() != 2) {
            throw new UsageException("--chart expects two files, before and after: --chart before.svg,after.svg");
        }
        if (charts != null) {
            ReportTargets.check(env, "--chart", charts.get(0));
            ReportTargets.check(env, "--chart", charts.get(1));
        }
        double share = percent("--slo", slo, 100);
        double robust = percent("--margin", margin, 50);
        Scenario.Recommendation rec;
        Scenario s;
        try {
            s = scenario.prepare(env);
            Linter linter = Linter.builder().discoverRulePacks(AdviseCommand.class.getClassLoader()).build();
            rec = s.advise(share, robust, files -> linter.lint(files).findings());
        } catch (SimulationException e) {
            throw new UsageException(e.getMessage());
        }
        Advice advice = rec.advice();
        if (output.write) {
            for (Map.Entry<String, String> e : rec.patched().entrySet()) {
                write(env.resolve(Path.of(e.getKey())), e.getValue());
            }
        }
        if (charts != null) {
            List<String> svg = SvgChart.renderAll(List.of(advice.before(), advice.after()));
            AtomicFiles.write(env.resolve(charts.get(0)), svg.get(0));
            AtomicFiles.write(env.resolve(charts.get(1)), svg.get(1));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            AdviceReport.writeJson(advice, s.format(), rec.diff(), output.write, out);
        } else {
            AdviceReport.writeText(advice, rec.diff(), output.write, out);
        }
        out.flush();
        return advice.met() ? 0 : 1;
    }

    /** Replaces the file atomically; AtomicFiles gives the new one the old one's POSIX permissions. */
    private static void write(Path file, String text) throws IOException {
        AtomicFiles.write(file, text);
    }

    /** "1%" or "1" (percent) -> 0.01, between 0 and {@code max} percent. */
    static double percent(String option, String text, double max) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            double v = Double.parseDouble(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
            if (!(v >= 0 && v <= max)) {
                throw new NumberFormatException();
            }
            return v / 100;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " " + text + ": expected a percentage between 0 and "
                    + (int) max + ", e.g. " + (max == 100 ? "1%" : "10%"));
        }
    }

    static double slo(String text) {
        return percent("--slo", text, 100);
    }
}
