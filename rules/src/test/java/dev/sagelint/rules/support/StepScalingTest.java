package dev.sagelint.rules.support;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.Location;
import dev.sagelint.model.MetricSpec;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.Source;
import dev.sagelint.model.StepAdjustment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StepScalingTest {

    @Test
    void contiguousStepsWithOneOpenEndEachSideAreValid() {
        assertThat(messages(policy("ChangeInCapacity", null, step(null, -10.0, -1), step(-10.0, 0.0, 0),
                step(0.0, 20.0, 1), step(20.0, null, 3)))).isEmpty();
        assertThat(messages(policy("PercentChangeInCapacity", 2, step(0.0, null, 10)))).isEmpty();
    }

    @Test
    void findsGapsOverlapsAndBadBounds() {
        assertThat(messages(policy("ChangeInCapacity", null, step(0.0, 10.0, 1), step(20.0, null, 2))))
                .singleElement().asString().contains("previous range ends at 10");
        assertThat(messages(policy("ChangeInCapacity", null, step(null, 10.0, 1), step(5.0, null, 2))))
                .singleElement().asString().contains("overlap");
        assertThat(messages(policy("ChangeInCapacity", null, step(null, null, 1))))
                .singleElement().asString().contains("neither MetricIntervalLowerBound nor MetricIntervalUpperBound");
        assertThat(messages(policy("ChangeInCapacity", null, step(null, 0.0, -1), step(null, -5.0, -2),
                step(0.0, null, 1)))).anySatisfy(m -> assertThat(m).contains("2 steps have no MetricIntervalLowerBound"));
        assertThat(messages(policy("ChangeInCapacity", null, step(-5.0, 0.0, -1), step(0.0, null, 1))))
                .singleElement().asString().contains("negative MetricIntervalLowerBound");
        assertThat(messages(policy("ChangeInCapacity", null, step(0.0, 10.0, 1))))
                .singleElement().asString().contains("positive MetricIntervalUpperBound");
    }

    @Test
    void checksTypesCountsAndMagnitude() {
        assertThat(messages(policy(null, null, step(0.0, null, 1)))).singleElement().asString()
                .contains("no AdjustmentType");
        assertThat(messages(policy("ExactCapacity", 2, step(0.0, null, -1))))
                .anySatisfy(m -> assertThat(m).contains("MinAdjustmentMagnitude is set while AdjustmentType is ExactCapacity"))
                .anySatisfy(m -> assertThat(m).contains("exact capacity cannot be negative")).hasSize(2);
        assertThat(messages(policy("ChangeInCapacity", null))).singleElement().asString()
                .contains("no StepAdjustments");
        StepAdjustment[] many = new StepAdjustment[21];
        for (int i = 0; i < 21; i++) {
            many[i] = step(i == 0 ? null : (double) i, i == 20 ? null : (double) i + 1, 1);
        }
        assertThat(messages(policy("ChangeInCapacity", null, many))).singleElement().asString()
                .contains("has 21 StepAdjustments");
    }

    @Test
    void unknownStepsAreNotJudgedAndScaleFromZeroIsRecognised() {
        ScalingPolicy unknown = new ScalingPolicy("p", "t", "p", ScalingPolicy.STEP, null, null, null, null, null,
                null, "ChangeInCapacity", null, null, null, List.of(),
                false, null, new Source(new Location("f", 1, 1), Map.of(), Set.of(ScalingPolicy.Field.STEP_ADJUSTMENTS.key())));
        assertThat(StepScaling.problems(unknown)).isEmpty();
        ScalingPolicy p = policy("ChangeInCapacity", null, step(0.0, null, 1));
        Alarm wake = new Alarm("a", null, new MetricSpec("AWS/SageMaker", "HasBacklogWithoutCapacity", Map.of(), null,
                Source.at(new Location("f", 2, 1))), 1.0, List.of("p"), Source.at(new Location("f", 2, 1)));
        Alarm load = new Alarm("b", null, new MetricSpec("AWS/SageMaker", "InvocationsPerInstance", Map.of(), null,
                Source.at(new Location("f", 2, 1))), 1.0, List.of("p"), Source.at(new Location("f", 2, 1)));
        assertThat(StepScaling.scaleFromZero(p, List.of(wake))).isTrue();
        assertThat(StepScaling.scaleFromZero(p, List.of(load))).isFalse();
    }

    @Test
    void exactCapacityZeroOnlyScalesIn() {
        assertThat(StepScaling.mayScaleOut(policy("ExactCapacity", null, step(0.0, null, 0)))).isFalse();
        assertThat(StepScaling.mayScaleIn(policy("ExactCapacity", null, step(0.0, null, 0)))).isTrue();
        assertThat(StepScaling.mayScaleOut(policy("ExactCapacity", null, step(0.0, null, 3)))).isTrue();
        assertThat(StepScaling.mayScaleOut(policy("ChangeInCapacity", null, step(null, 0.0, -1)))).isFalse();
    }

    private static List<String> messages(ScalingPolicy p) {
        return StepScaling.problems(p).stream().map(Problem::message).toList();
    }

    private static ScalingPolicy policy(String type, Integer magnitude, StepAdjustment... steps) {
        return new ScalingPolicy("p", "t", "p", ScalingPolicy.STEP, null, null, null, null, null, null, type, 300,
                null, magnitude, List.of(steps), false, null, Source.at(new Location("f", 1, 1)));
    }

    private static StepAdjustment step(Double lower, Double upper, int adjustment) {
        return new StepAdjustment(lower, upper, adjustment, new Location("f", 5, 1));
    }
}
