package dev.sagelint.aws;

import dev.sagelint.aws.InstanceTypes.Family;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class InstanceTypesTest {

    @Test
    void classifiesEachFamilyClass() {
        assertEquals(Family.BURSTABLE, InstanceTypes.family("ml.t2.medium"));
        assertEquals(Family.CPU_X86, InstanceTypes.family("ml.m5.xlarge"));
        assertEquals(Family.CPU_X86, InstanceTypes.family("ml.c6in.large"));
        assertEquals(Family.CPU_GRAVITON, InstanceTypes.family("ml.c7g.2xlarge"));
        assertEquals(Family.NVIDIA_GPU, InstanceTypes.family("ml.g5.xlarge"));
        assertEquals(Family.NVIDIA_GPU, InstanceTypes.family("ml.p4d.24xlarge"));
        assertEquals(Family.INFERENTIA, InstanceTypes.family("ml.inf2.xlarge"));
        assertEquals(Family.TRAINIUM, InstanceTypes.family("ml.trn1.2xlarge"));
        assertEquals(Family.HABANA, InstanceTypes.family("ml.dl1.24xlarge"));
    }

    @Test
    void hyphenatedSeriesAreKnown() {
        String b200 = InstanceTypes.all().stream().filter(t -> t.startsWith("ml.p6-b200.")).findFirst()
                .orElseThrow(() -> new AssertionError("no ml.p6-b200 type in the data"));
        assertEquals("p6-b200", InstanceTypes.series(b200));
        assertTrue(InstanceTypes.hasNvidiaGpu(b200));
    }

    @Test
    void unknownTypesAnswerDontKnow() {
        for (String type : new String[] {null, "", "ml.m5.huge", "m5.xlarge", "ml.x9.xlarge", "ml.g5"}) {
            assertFalse(InstanceTypes.known(type), String.valueOf(type));
            assertNull(InstanceTypes.family(type), String.valueOf(type));
            assertFalse(InstanceTypes.hasNvidiaGpu(type), String.valueOf(type));
            assertFalse(InstanceTypes.noNvidiaGpu(type), String.valueOf(type));
            assertNull(InstanceTypes.gpuCount(type), String.valueOf(type));
        }
    }

    @Test
    void nvidiaQuestionsAreExclusive() {
        assertTrue(InstanceTypes.hasNvidiaGpu("ml.g4dn.xlarge"));
        assertFalse(InstanceTypes.noNvidiaGpu("ml.g4dn.xlarge"));
        for (String type : List.of("ml.m5.large", "ml.c6g.xlarge", "ml.inf1.xlarge", "ml.trn1.32xlarge",
                "ml.dl1.24xlarge", "ml.t2.medium")) {
            assertTrue(InstanceTypes.noNvidiaGpu(type), type);
            assertFalse(InstanceTypes.hasNvidiaGpu(type), type);
        }
    }

    @Test
    void gpuCountsFromTheTableZeroWithoutGpu() {
        assertEquals(1, InstanceTypes.gpuCount("ml.g5.xlarge"));
        assertEquals(4, InstanceTypes.gpuCount("ml.g5.12xlarge"));
        assertEquals(8, InstanceTypes.gpuCount("ml.p4d.24xlarge"));
        assertEquals(0, InstanceTypes.gpuCount("ml.m5.xlarge"));
        assertEquals(0, InstanceTypes.gpuCount("ml.inf2.xlarge"));
        assertTrue(InstanceTypes.known("ml.g6e.xlarge"));
        assertEquals(1, InstanceTypes.gpuCount("ml.g6e.xlarge"), "g6e is counted by sagelint's own table");
        assertEquals(4, InstanceTypes.gpuCount("ml.g6e.12xlarge"));
    }

    @Test
    void firstMatchingTypeOfAVariant() {
        assertEquals("ml.inf2.xlarge", InstanceTypes.firstWithoutNvidiaGpu(
                List.of("ml.g5.xlarge", "ml.inf2.xlarge", "ml.m5.large")));
        assertEquals("ml.g5.xlarge", InstanceTypes.firstWithNvidiaGpu(List.of("ml.m5.large", "ml.g5.xlarge")));
        assertNull(InstanceTypes.firstWithoutNvidiaGpu(List.of("ml.g5.xlarge", "ml.zz.large")));
        assertNull(InstanceTypes.firstWithNvidiaGpu(List.of()));
        assertNull(InstanceTypes.firstWithNvidiaGpu(null));
    }

    @Test
    void everyKnownTypeHasAFamilyAndEveryGpuCountNamesAKnownGpuType() {
        StringBuilder problems = new StringBuilder();
        for (String type : InstanceTypes.all()) {
            if (InstanceTypes.family(type) == null) {
                problems.append("\n  no family class for ").append(type);
            }
            if (!type.startsWith("ml.")) {
                problems.append("\n  not an ml.* type: ").append(type);
            }
        }
        if (InstanceTypes.all().size() < 200) {
            problems.append("\n  only ").append(InstanceTypes.all().size()).append(" hosting types loaded");
        }
        if (problems.length() > 0) {
            fail("instance-types.json:" + problems);
        }
    }

    @Test
    void everyKnownTypesSeriesAndSizeAreReadAsTheirDottedNameSays() {
        for (String type : InstanceTypes.all()) {
            String[] parts = type.split("\\.");
            assertEquals(3, parts.length, type);
            assertEquals(parts[1], InstanceTypes.series(type), type);
            Family f = InstanceTypes.family(type);
            boolean exact = (f == Family.CPU_X86 || f == Family.CPU_GRAVITON) && !parts[1].equals("c4");
            Integer expected = !exact ? null : switch (parts[2]) {
                case "medium" -> 1;
                case "large" -> 2;
                case "xlarge" -> 4;
                default -> parts[2].matches("[1-9][0-9]?xlarge")
                        ? 4 * Integer.parseInt(parts[2].replace("xlarge", "")) : null;
            };
            assertEquals(expected, InstanceTypes.vcpuCount(type), type);
        }
    }

    @Test
    void vcpusFollowTheSizeOnlyWhereTheNamingIsExact() {
        assertEquals(2, InstanceTypes.vcpuCount("ml.m5.large"));
        assertEquals(4, InstanceTypes.vcpuCount("ml.c5.xlarge"));
        assertEquals(36, InstanceTypes.vcpuCount("ml.c5.9xlarge"));
        assertEquals(96, InstanceTypes.vcpuCount("ml.m5.24xlarge"));
        assertEquals(1, InstanceTypes.vcpuCount("ml.c8g.medium"));
        assertEquals(8, InstanceTypes.vcpuCount("ml.c7g.2xlarge"));
        assertNull(InstanceTypes.vcpuCount("ml.c4.8xlarge"), "c4.8xlarge has 36 vCPUs, not 32");
        assertNull(InstanceTypes.vcpuCount("ml.t2.medium"), "burstable sizes do not follow the rule");
        assertNull(InstanceTypes.vcpuCount("ml.g5.xlarge"), "only CPU families are derived");
        assertNull(InstanceTypes.vcpuCount("ml.m5.huge"));
        assertNull(InstanceTypes.vcpuCount("ml.m5.0xlarge"), "no leading zero");
        assertNull(InstanceTypes.vcpuCount("ml.m5.100xlarge"), "at most two digits");
        assertEquals("ml.g5.12xlarge", InstanceTypes.firstWithSeveralGpus(List.of("ml.g5.xlarge", "ml.g5.12xlarge")));
        assertNull(InstanceTypes.firstWithSeveralGpus(List.of("ml.g5.xlarge", "ml.c5.xlarge")));
    }

    @Test
    void unknownTypesGetTheNearestKnownNames() {
        assertEquals("ml.g5.huge", InstanceTypes.firstUnknown(List.of("ml.g5.xlarge", "ml.g5.huge")));
        assertNull(InstanceTypes.firstUnknown(List.of("ml.g5.xlarge", "ml.${Size}.xlarge")));
        assertEquals("ml.m5.xlarge", InstanceTypes.nearest("ml.m5.xlarg", 3).get(0));
        assertEquals("ml.c5.xlarge", InstanceTypes.nearest("c5.xlarge", 1).get(0));
        assertEquals(3, InstanceTypes.nearest("ml.g5.huge", 3).size());
    }

    @Test
    void acceleratorDeviceBoundCountsNeuronCoresGpusAndNothingForCpus() {
        assertEquals(2, InstanceTypes.acceleratorDeviceBound("ml.inf2.xlarge"));
        assertEquals(24, InstanceTypes.acceleratorDeviceBound("ml.inf2.48xlarge"));
        assertEquals(4, InstanceTypes.acceleratorDeviceBound("ml.inf1.xlarge"));
        assertEquals(128, InstanceTypes.acceleratorDeviceBound("ml.trn2.48xlarge"));
        assertEquals(4, InstanceTypes.acceleratorDeviceBound("ml.g5.12xlarge"));
        assertEquals(0, InstanceTypes.acceleratorDeviceBound("ml.m5.xlarge"));
        assertEquals(null, InstanceTypes.acceleratorDeviceBound("ml.x99.xlarge"));
        assertEquals("1 Neuron chip (2 NeuronCores)", InstanceTypes.describeAccelerators("ml.inf2.xlarge"));
        assertEquals("4 GPUs", InstanceTypes.describeAccelerators("ml.g5.12xlarge"));
        assertEquals("8 Gaudi accelerators", InstanceTypes.describeAccelerators("ml.dl1.24xlarge"));
    }
}
