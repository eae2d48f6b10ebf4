package dev.sagelint.simulate;

import dev.sagelint.model.Finding;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.Severity;
import dev.sagelint.parse.DeploymentReader;
import dev.sagelint.parse.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything one simulate or advise run needs, assembled from input files: the selected variant's
 * scaling configuration, the traffic, the assumptions, and the facts and texts advise edits.
 * Front ends read files and call {@link #prepare}; this class does no I/O.
 *
 * @param format     the target file's format name (native, cloudformation, terraform)
 * @param targetName the scalable target's key in the input; null when none
 * @param files      the inputs as read
 * @param target     the scalable target of the variant, null when none
 * @param policy     its InvocationsPerInstance target-tracking policy, null when none
 */
public record Scenario(ScalingSetup setup, Traffic traffic, Assumptions assumptions, String format,
                       String targetName, List<SourceFile> files, ScalableTarget target, ScalingPolicy policy) {

    public Scenario {
        files = List.copyOf(files);
    }

    /**
     * What the user asked for.
     *
     * @param endpoint     endpoint name, or the endpoint's CloudFormation logical id or Terraform address
     * @param traffic      a shape ({@code business:day=50,...}), or null for the declared profile
     * @param trafficCsv   CSV text when the user gave a file (then {@code traffic} is its display name)
     * @param capacityRps  load-test figure, or null
     * @param warmup       minutes before a new instance serves, or null for the family estimate
     * @param prices       the price table
     * @param latency      seconds per request, for the concurrency metric
     */
    public record Options(String endpoint, String variant, String traffic, String trafficCsv, Double capacityRps,
                          Integer warmup, PriceTable prices, double latency) {
    }

    /** Advise's answer and the same answer written into the inputs. */
    public record Recommendation(Advice advice, Map<String, String> patched, String diff) {

        public Recommendation {
            patched = Map.copyOf(patched);
        }
    }

    public static Scenario prepare(List<SourceFile> files, Options o) {
        DeploymentReader reader = DeploymentReader.defaults();
        var deployments = reader.read(files);
        Setups.Selected selected = Setups.select(deployments, o.endpoint(), o.variant());
        refuseUnreadValues(selected);
        ScalingSetup setup = Setups.of(selected);
        Traffic traffic;
        if (o.trafficCsv() != null) {
            traffic = Traffic.fromCsv(o.traffic(), o.trafficCsv());
        } else if (o.traffic() != null) {
            traffic = TrafficShapes.parse(o.traffic());
        } else {
            traffic = TrafficShapes.fromProfile(selected.endpoint().traffic());
        }
        Assumptions a = Setups.assumptions(setup, selected.endpoint().traffic(), o.capacityRps(), o.warmup(),
                o.prices(), o.latency());
        ScalableTarget target = Setups.target(selected).orElse(null);
        String file = target != null ? target.source().file() : selected.endpoint().source().file();
        String format = files.stream().filter(f -> f.path().equals(file)).findFirst()
                .flatMap(reader::formatOf).map(f -> f.name()).orElse("native");
        ScalingPolicy policy = target == null ? null : Setups.only(selected.deployment(), ScalingPolicy.class).stream()
                .filter(p -> target.key().equals(p.targetKey()) && p.targetTracking()
                        && "SageMakerVariantInvocationsPerInstance".equals(p.predefinedMetric()))
                .findFirst().orElse(null);
        return new Scenario(setup, traffic, a, format, target == null ? null : target.key(), files, target, policy);
    }

    /**
     * A value the parser could not read (NaN, 1e400, a string where a number belongs) is left out of the model, so
     * simulating anyway would quietly fall back to a default in its place: the first such problem of the selected
     * deployment is refused with its place, as lint reports it (SL001).
     */
    private static void refuseUnreadValues(Setups.Selected selected) {
        selected.deployment().facts().stream()
                .filter(f -> f instanceof dev.sagelint.model.InputProblem)
                .map(f -> (dev.sagelint.model.InputProblem) f)
                .min(java.util.Comparator.comparing(p -> p.source().location()))
                .ifPresent(p -> {
                    throw new SimulationException(p.source().location() + ": " + p.message()
                            + "; simulate and advise read only what lint reads without SL001: fix this first");
                });
    }

    public SimulationResult simulate() {
        return Simulator.run(setup, traffic, assumptions);
    }

    /** Advice without the lint check of the patched input (tests, and callers without rules). */
    public Advice advise(double slo) {
        return advise(slo, Advisor.DEFAULT_MARGIN, files -> List.of()).advice();
    }

    /**
     * The cheapest configuration within the SLO in the worst perturbed case whose patched input gains no
     * finding at warning or above (counted per rule against the original's findings), written as a
     * unified diff of the inputs.
     *
     * @param lint the linter the front end uses, applied to the original and to each patched candidate
     */
    public Recommendation advise(double slo, double margin, Function<List<SourceFile>, List<Finding>> lint) {
        SourcePatch patch = new SourcePatch(files, format, target, policy);
        Map<String, Integer> baseline = serious(lint.apply(files));
        Advisor.Options options = new Advisor.Options(slo, margin, patch.editable(setup), candidate -> {
            Map<String, String> patched = patch.apply(setup, candidate);
            if (patched.isEmpty()) {
                return true;
            }
            Map<String, Integer> found = serious(lint.apply(replace(patched)));
            return found.entrySet().stream().allMatch(e -> e.getValue() <= baseline.getOrDefault(e.getKey(), 0));
        });
        Advice advice = Advisor.advise(setup, traffic, assumptions, options);
        Map<String, String> patched = patch.apply(setup, advice.recommended());
        StringBuilder diff = new StringBuilder();
        for (SourceFile f : files) {
            if (patched.containsKey(f.path())) {
                diff.append(UnifiedDiff.of(f.path(), f.text(), patched.get(f.path())));
            }
        }
        return new Recommendation(advice, patched, diff.toString());
    }

    private List<SourceFile> replace(Map<String, String> patched) {
        List<SourceFile> out = new ArrayList<>();
        for (SourceFile f : files) {
            out.add(patched.containsKey(f.path()) ? new SourceFile(f.path(), patched.get(f.path())) : f);
        }
        return out;
    }

    private static Map<String, Integer> serious(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : findings) {
            if (f.severity().atLeast(Severity.WARNING)) {
                counts.merge(f.ruleId(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
