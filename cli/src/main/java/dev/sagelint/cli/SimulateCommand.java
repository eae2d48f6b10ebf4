package dev.sagelint.cli;

import dev.sagelint.report.AtomicFiles;
import dev.sagelint.simulate.ResultJson;
import dev.sagelint.simulate.ResultText;
import dev.sagelint.simulate.SimulationException;
import dev.sagelint.simulate.SimulationResult;
import dev.sagelint.simulate.SvgChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Replays traffic through a variant's scaling configuration, as Application Auto Scaling"
                + " documents it: minutes under-provisioned, requests above capacity, instance-hours and cost.",
                "Constants, sources and estimates: docs/simulate.md."},
        footer = {"", "Example (the study guide's reflection question):",
                "  T=business:day=50,night=2,hours=08:00-18:00,burst=2,every=3h,for=30m,seed=7",
                "  sagelint simulate examples/clean/reflection-question.yaml \\",
                "    --endpoint recommender --traffic $T --chart day.svg"})
final class SimulateCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json (every minute).")
    String format;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also write an SVG chart to this file.")
    Path chart;

    SimulateCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format " + format + ": expected text or json");
        }
        if (chart != null) {
            ReportTargets.check(env, "--chart", chart);
        }
        SimulationResult r;
        try {
            r = scenario.prepare(env).simulate();
        } catch (SimulationException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ResultJson.write(r, out);
        } else {
            ResultText.write(r, out);
        }
        if (chart != null) {
            AtomicFiles.write(env.resolve(chart), SvgChart.render(r));
        }
        out.flush();
        return 0;
    }
}
