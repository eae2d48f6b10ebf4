package dev.sagelint.cli;

import dev.sagelint.engine.ProjectLinter;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.parse.TextFiles;
import dev.sagelint.simulate.Assumptions;
import dev.sagelint.simulate.PriceTable;
import dev.sagelint.simulate.Scenario;
import dev.sagelint.simulate.Traffic;
import dev.sagelint.simulate.TrafficShapes;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options simulate and advise share: inputs, endpoint, traffic and the figures AWS does not record. */
final class ScenarioOptions {

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Input files (sagelint spec, CloudFormation template, Terraform files of one module).")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-e", "--endpoint"}, required = true, paramLabel = "NAME", description = "Endpoint name.")
    String endpoint;

    @Option(names = "--variant", paramLabel = "NAME", description = "Variant name (needed when there are several).")
    String variant;

    @Option(names = {"-t", "--traffic"}, paramLabel = "CSV|SHAPE",
            description = {"A minute,rps CSV file, or a shape on one line, e.g.",
                    "  business:day=50,night=2,hours=08:00-18:00,burst=2,every=3h,for=30m,seed=7",
                    "  steady:rps=20   spikes:base=10,burst=4,every=2h,for=15m,seed=1   (days=N for longer runs)",
                    "Default: the traffic profile the input declares."})
    String traffic;

    @Option(names = "--capacity", paramLabel = "RPS",
            description = "Requests/s one instance serves (a load-test figure). Default: the declared"
                    + " instanceCapacityRps, else derived from the target value (target = max x 0.5).")
    Double capacity;

    @Option(names = "--warmup", paramLabel = "MINUTES",
            description = "Minutes until a new instance serves. Default: an estimate per instance family.")
    Integer warmup;

    @Option(names = "--prices", paramLabel = "CSV",
            description = "instanceType,usdPerHour file replacing the shipped us-east-1 estimates.")
    Path prices;

    @Option(names = "--latency", paramLabel = "SECONDS", defaultValue = "1",
            description = "Seconds per request, to derive ConcurrentRequestsPerModel (default 1).")
    double latency;

    Scenario prepare(Env env) {
        checkFigures();
        List<SourceFile> inputs = new ArrayList<>();
        for (Path p : files) {
            Path file = env.resolve(p);
            if (!Files.exists(file) || Files.isDirectory(file)) {
                throw new UsageException(p + ": no such file (simulate and advise take files, not folders)");
            }
            String name = ProjectLinter.display(env.workingDir(), file);
            inputs.add(new SourceFile(name, read(file, name, dev.sagelint.parse.Limits.DEFAULT.maxFileBytes())));
        }
        String csv = null;
        String trafficName = traffic;
        if (traffic != null && !TrafficShapes.isShape(traffic)) {
            Path file = env.resolve(Path.of(traffic));
            if (!Files.exists(file)) {
                throw new UsageException("--traffic " + traffic + ": neither a CSV file nor a shape (steady:...,"
                        + " business:..., spikes:...)");
            }
            trafficName = ProjectLinter.display(env.workingDir(), file);
            csv = read(file, trafficName, "--traffic", Traffic.MAX_CSV_BYTES);
        }
        PriceTable table = PriceTable.shipped();
        if (prices != null) {
            String name = ProjectLinter.display(env.workingDir(), env.resolve(prices));
            table = PriceTable.parse(name, read(env.resolve(prices), name, "--prices", Traffic.MAX_CSV_BYTES));
        }
        return Scenario.prepare(inputs, new Scenario.Options(endpoint, variant, trafficName, csv, capacity, warmup,
                table, latency));
    }

    /** The figures given as options, refused by the option's name before any file is read (NaN, 1e308, -1). */
    private void checkFigures() {
        if (capacity != null && !(capacity >= Assumptions.MIN_CAPACITY_RPS && capacity <= Traffic.MAX_RPS)) {
            throw new UsageException("--capacity " + capacity + ": expected the requests/s one instance serves, a"
                    + " finite number between " + Assumptions.MIN_CAPACITY_RPS + " and " + (long) Traffic.MAX_RPS);
        }
        if (warmup != null && (warmup < 0 || warmup > Assumptions.MAX_WARMUP_MINUTES)) {
            throw new UsageException("--warmup " + warmup + ": expected minutes between 0 and "
                    + Assumptions.MAX_WARMUP_MINUTES);
        }
        if (!(latency > 0 && latency <= Assumptions.MAX_LATENCY_SECONDS)) {
            throw new UsageException("--latency " + latency + ": expected seconds per request, more than 0 and at"
                    + " most " + (long) Assumptions.MAX_LATENCY_SECONDS);
        }
    }

    private static String read(Path file, String name, long maxBytes) {
        return read(file, name, null, maxBytes);
    }

    /** A file's text through {@link TextFiles}: a FIFO or a device is refused, the size bounded, UTF-8 strict. */
    private static String read(Path file, String name, String option, long maxBytes) {
        try {
            return TextFiles.read(file, name, maxBytes);
        } catch (TextFiles.Unreadable e) {
            throw new UsageException((option == null ? "" : option + ": ") + e.getMessage());
        }
    }
}
