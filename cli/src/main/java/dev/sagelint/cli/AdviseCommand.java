package dev.sagelint.cli;

import dev.sagelint.simulate.Advice;
import dev.sagelint.simulate.AdviceReport;
import dev.sagelint.simulate.PatchWriter;
import dev.sagelint.simulate.Scenario;
import dev.sagelint.simulate.SimulationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "advise", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Searches minimum capacity, target value, scale-out cooldown and a business-hours floor"
                + " for the cheapest configuration that keeps the share of requests above capacity under the SLO;"
                + " prints it as a snippet in the input's own format with the simulated before/after figures."},
        footer = {"", "Exit codes: 0 the SLO is met by the recommendation, 1 no configuration searched meets it,"
                + " 2 usage error."})
final class AdviseCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--slo", paramLabel = "PERCENT", defaultValue = "1%",
            description = "Largest acceptable share of requests above capacity, e.g. 1% or 0.5 (default 1%).")
    String slo;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    String format;

    AdviseCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format " + format + ": expected text or json");
        }
        double share = slo(slo);
        Advice advice;
        Scenario s;
        try {
            s = scenario.prepare(env);
            advice = s.advise(share);
        } catch (SimulationException e) {
            throw new UsageException(e.getMessage());
        }
        String patch = PatchWriter.write(s.format(), advice, s.targetName());
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            AdviceReport.writeJson(advice, s.format(), patch, out);
        } else {
            AdviceReport.writeText(advice, patch, out);
        }
        out.flush();
        return advice.met() ? 0 : 1;
    }

    /** "1%" or "1" (percent) -> 0.01. */
    static double slo(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            double v = Double.parseDouble(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
            if (v < 0 || v > 100 || Double.isNaN(v)) {
                throw new NumberFormatException();
            }
            return v / 100;
        } catch (NumberFormatException e) {
            throw new UsageException("--slo " + text + ": expected a percentage between 0 and 100, e.g. 1%");
        }
    }
}
