package dev.sagelint.simulate;

import dev.sagelint.model.ScalableTarget;
import dev.sagelint.parse.DeploymentReader;
import dev.sagelint.parse.SourceFile;

import java.util.List;

/**
 * Everything one simulate or advise run needs, assembled from input files: the selected variant's
 * scaling configuration, the traffic, the assumptions, and the input format (for advise's patch).
 * Front ends read files and call {@link #prepare}; this class does no I/O.
 *
 * @param format     the input's format name (native, cloudformation, terraform)
 * @param targetName the scalable target's key in the input, used to name it in the patch; null when none
 */
public record Scenario(ScalingSetup setup, Traffic traffic, Assumptions assumptions, String format,
                       String targetName) {

    /**
     * What the user asked for.
     *
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

    public static Scenario prepare(List<SourceFile> files, Options o) {
        DeploymentReader reader = DeploymentReader.defaults();
        var deployments = reader.read(files);
        Setups.Selected selected = Setups.select(deployments, o.endpoint(), o.variant());
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
        String file = selected.endpoint().source().file();
        String format = files.stream().filter(f -> f.path().equals(file)).findFirst()
                .flatMap(reader::formatOf).map(f -> f.name()).orElse("native");
        String targetName = Setups.only(selected.deployment(), ScalableTarget.class).stream()
                .filter(t -> selected.variant().key().equals(t.variantKey())).map(ScalableTarget::key)
                .findFirst().orElse(null);
        return new Scenario(setup, traffic, a, format, targetName);
    }

    public SimulationResult simulate() {
        return Simulator.run(setup, traffic, assumptions);
    }

    public Advice advise(double slo) {
        return Advisor.advise(setup, traffic, assumptions, slo);
    }
}
