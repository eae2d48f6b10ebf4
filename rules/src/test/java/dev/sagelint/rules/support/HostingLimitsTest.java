package dev.sagelint.rules.support;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostingLimitsTest {

    @Test
    void localNvmeIsTheDSeriesAndTheSdkList() {
        for (String t : List.of("ml.m5d.xlarge", "ml.g4dn.xlarge", "ml.p4d.24xlarge", "ml.r6gd.large",
                "ml.g5.2xlarge", "ml.g6.xlarge", "ml.g6e.xlarge", "ml.p5.48xlarge", "ml.trn1.2xlarge")) {
            assertTrue(HostingLimits.localNvmeOnly(t), t);
        }
        for (String t : List.of("ml.m5.xlarge", "ml.c6g.large", "ml.p3.2xlarge", "ml.inf2.xlarge", "ml.g4.xlarge",
                "ml.x9.nosuch")) {
            assertFalse(HostingLimits.localNvmeOnly(t), t);
        }
        assertNull(HostingLimits.firstLocalNvmeOnly(List.of()));
        assertEquals("ml.g5.xlarge", HostingLimits.firstLocalNvmeOnly(List.of("ml.m5.large", "ml.g5.xlarge")));
        assertTrue(HostingLimits.allLocalNvmeOnly(List.of("ml.g5.xlarge", "ml.m5d.large")));
        assertFalse(HostingLimits.allLocalNvmeOnly(List.of("ml.g5.xlarge", "ml.m5.large")));
        assertFalse(HostingLimits.allLocalNvmeOnly(List.of()));
    }

    @Test
    void multiModelAllowsOnlyTheListedSingleGpuTypes() {
        assertNull(HostingLimits.firstWithoutMultiModelSupport(List.of("ml.m5.xlarge", "ml.g5.2xlarge",
                "ml.p3.2xlarge")));
        assertEquals("ml.g5.12xlarge", HostingLimits.firstWithoutMultiModelSupport(List.of("ml.g5.12xlarge")));
        assertEquals("ml.inf2.xlarge", HostingLimits.firstWithoutMultiModelSupport(List.of("ml.inf2.xlarge")));
        assertEquals("ml.g6.xlarge", HostingLimits.firstWithoutMultiModelSupport(List.of("ml.g6.xlarge")));
    }

    @Test
    void startupVariablesAndLargeModelSigns() {
        assertEquals("CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT", HostingLimits.misplacedStartupVariable(
                Map.of("CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT", "600", "HF_MODEL_ID", "x")));
        assertEquals("model_data_download_timeout_in_seconds", HostingLimits.misplacedStartupVariable(
                Map.of("model_data_download_timeout_in_seconds", "600")));
        assertNull(HostingLimits.misplacedStartupVariable(Map.of("SAGEMAKER_MODEL_SERVER_TIMEOUT", "600")));
        assertEquals("image huggingface-pytorch-tgi-inference", HostingLimits.largeModelSign(
                "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.4-tgi2.3-gpu",
                Map.of()));
        assertEquals("image tei", HostingLimits.largeModelSign("7631.dkr.ecr.us-east-1.amazonaws.com/tei:2.0", Map.of()));
        assertEquals("environment variable HF_MODEL_ID", HostingLimits.largeModelSign(
                "7631.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1", Map.of("HF_MODEL_ID", "m")));
        assertNull(HostingLimits.largeModelSign("7631.dkr.ecr.us-east-1.amazonaws.com/protein-tei-x:1", Map.of()));
        assertNull(HostingLimits.largeModelSign(null, Map.of()));
    }
}
