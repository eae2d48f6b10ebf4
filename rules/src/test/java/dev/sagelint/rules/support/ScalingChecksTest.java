package dev.sagelint.rules.support;

import dev.sagelint.aws.InstanceTypes;
import dev.sagelint.model.ScalableTarget;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScalingChecksTest {

    @Test
    void resourceIdsFollowTheSageMakerNamePatterns() {
        String v = ScalableTarget.INSTANCE_COUNT;
        assertThat(ScalingChecks.resourceIdProblem("endpoint/fraud-scorer/variant/AllTraffic", v)).isNull();
        assertThat(ScalingChecks.resourceIdProblem("endpoint/${Endpoint}/variant/AllTraffic", v)).isNull();
        assertThat(ScalingChecks.resourceIdProblem("endpoint/fraud-scorer/variant/all_traffic", v)).isNotNull();
        assertThat(ScalingChecks.resourceIdProblem("endpoints/fraud-scorer/variant/AllTraffic", v)).isNotNull();
        assertThat(ScalingChecks.resourceIdProblem("endpoint/fraud-scorer/variant/AllTraffic/", v)).isNotNull();
        assertThat(ScalingChecks.resourceIdProblem("endpoint/-scorer/variant/AllTraffic", v)).isNotNull();
        String c = ScalableTarget.COPY_COUNT;
        assertThat(ScalingChecks.resourceIdProblem("inference-component/llama-chat", c)).isNull();
        assertThat(ScalingChecks.resourceIdProblem("inference-component/llama_chat", c)).contains("inference-component/");
        assertThat(ScalingChecks.resourceIdProblem("inference-component/llama-chat", "")).isNull();
        assertThat(ScalingChecks.resourceIdProblem("endpoint/ranker/variant/AllTraffic", c))
                .as("a variant id on the copy-count dimension is SL601's kind mismatch").isNull();
        assertThat(ScalingChecks.resourceIdProblem("table/orders", "dynamodb:table:ReadCapacityUnits")).isNull();
    }

    @Test
    void acceleratedAndBurstableFamiliesComeFromTheData() {
        assertThat(InstanceTypes.accelerated("ml.g5.xlarge")).isTrue();
        assertThat(InstanceTypes.accelerated("ml.inf2.xlarge")).isTrue();
        assertThat(InstanceTypes.accelerated("ml.trn1.2xlarge")).isTrue();
        assertThat(InstanceTypes.accelerated("ml.m5.xlarge")).isFalse();
        assertThat(InstanceTypes.accelerated("ml.g99.xlarge")).as("unknown type").isFalse();
        assertThat(InstanceTypes.burstable("ml.t2.medium")).isTrue();
        assertThat(InstanceTypes.burstable("ml.t3.medium")).as("burstable though not a hosting type").isTrue();
        assertThat(InstanceTypes.burstable("ml.trn1.2xlarge")).isFalse();
        assertThat(InstanceTypes.burstable(null)).isFalse();
    }
}
