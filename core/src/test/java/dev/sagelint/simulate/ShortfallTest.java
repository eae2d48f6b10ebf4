package dev.sagelint.simulate;

import dev.sagelint.model.Location;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.Source;
import dev.sagelint.model.TrafficProfile;
import dev.sagelint.model.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentence SL116 quotes. */
class ShortfallTest {

    private static final Source AT = Source.at(new Location("x.yaml", 1, 1));

    static TrafficProfile profile(Double peak, Double base, Double capacity) {
        return new TrafficProfile(TrafficProfile.Pattern.SPIKY, peak, base, true, null, capacity, AT);
    }

    static ScalableTarget target(Integer min, Integer max) {
        return new ScalableTarget("t", "endpoint/ep/variant/A", ScalableTarget.INSTANCE_COUNT, "sagemaker", min, max,
                null, null, null, "ep", "A", null, true, "e", "v", null, AT);
    }

    static ScalingPolicy policy(double target, Integer scaleOut) {
        return new ScalingPolicy("p", "t", "invocations", ScalingPolicy.TARGET_TRACKING, target,
                "SageMakerVariantInvocationsPerInstance", null, 600, scaleOut, null, null, null, null, null, List.of(),
                false, null, AT);
    }

    static Variant variant(String type) {
        return new Variant("v", "c", "A", "m", type, List.of(), 2, null, null, List.of(), false, false, null, AT);
    }

    /**
     * 10 -> 200 req/s, 20 req/s per instance, floor 2 (40 req/s): the alarm needs 3 minutes and a c6i
     * instance about 6 more, so 9 of the spike's 60 minutes are short; 160 of 200 req/s go over
     * capacity in 8 of them and 50 s of the ninth: 160 x 530 s = 84,800 of the 756,000 requests of the
     * replayed two hours (30 minutes at 10 req/s on each side of the spike), 11%.
     */
    @Test
    void quotesTheSimulatedShortfallOfTheDeclaredSpike() {
        String text = Shortfall.forSpike(profile(200.0, 10.0, 20.0), target(2, 20), policy(600, 60),
                variant("ml.c6i.xlarge"));
        assertThat(text).isEqualTo("the simulated spike from 10 to 200 req/s leaves 9 minutes under-provisioned and"
                + " 11% of its requests above capacity");
    }

    @Test
    void aFloorThatCarriesTheSpikeLeavesNothingShort() {
        assertThat(Shortfall.forSpike(profile(200.0, 10.0, 20.0), target(10, 20), policy(600, 60),
                variant("ml.c6i.xlarge"))).isEqualTo("the simulated spike from 10 to 200 req/s leaves 0 minutes"
                + " under-provisioned and 0% of its requests above capacity");
    }

    /** The form SL116's consequence uses, with the policies it collected. */
    @Test
    void clauseForTheCollectedPolicies() {
        assertThat(Shortfall.clause(profile(200.0, 10.0, 20.0), target(2, 20), List.of(policy(600, 60))))
                .isEqualTo("; the simulated spike from 10 to 200 req/s leaves 9 minutes under-provisioned and 11%"
                        + " of its requests above capacity");
        ScalingPolicy concurrency = new ScalingPolicy("c", "t", "c", ScalingPolicy.TARGET_TRACKING, 5.0,
                "SageMakerVariantConcurrentRequestsPerModelHighResolution", null, 600, 60, null, null, null, null,
                null, List.of(), false, null, AT);
        assertThat(Shortfall.clause(profile(200.0, 10.0, 20.0), target(2, 20), List.of(concurrency))).isEmpty();
        assertThat(Shortfall.clause(profile(200.0, 10.0, 20.0), target(2, 20), List.of(policy(600, 60), concurrency)))
                .isEmpty();
    }

    @Test
    void withoutEnoughFactsItSaysNothing() {
        assertThat(Shortfall.forSpike(profile(null, 10.0, 20.0), target(2, 20), null, null)).isEmpty();
        assertThat(Shortfall.forSpike(profile(200.0, 10.0, null), target(2, 20), null, null)).isEmpty();
        assertThat(Shortfall.forSpike(profile(200.0, 10.0, 20.0), target(null, 20), null, null)).isEmpty();
        // no policy: the floor alone, the whole spike is short
        assertThat(Shortfall.forSpike(profile(200.0, 10.0, 20.0), target(2, 20), null, variant("ml.c6i.xlarge")))
                .startsWith("the simulated spike from 10 to 200 req/s leaves 60 minutes under-provisioned");
    }
}
