package dev.sagelint.aws;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Keeps the instance-type resource in sync with the reference data it is generated from. Skipped when
 * ../shared is absent; with {@code -Dsagelint.regenerate=true} it rewrites the resource instead of failing.
 */
class InstanceTypesDataTest {

    @Test
    void resourceMatchesTheSharedReferenceData() throws IOException {
        String sharedProperty = System.getProperty("sagelint.shared");
        assumeTrue(sharedProperty != null, "sagelint.shared is not set");
        Path shared = Path.of(sharedProperty);
        assumeTrue(Files.isRegularFile(shared.resolve(InstanceTypesData.FACTS))
                && Files.isRegularFile(shared.resolve(InstanceTypesData.BOTOCORE)), "no reference data at " + shared);
        Path resource = Path.of(InstanceTypesData.RESOURCE);
        if (Boolean.getBoolean("sagelint.regenerate")) {
            InstanceTypesData.write(shared, resource);
        }
        String generated = InstanceTypesData.generate(shared);
        assertEquals(List.of(), InstanceTypesData.unclassified(generated),
                "botocore's ProductionVariantInstanceType has hosting types the tables do not classify or count:"
                        + " add their series to core/src/test/resources" + InstanceTypesData.ACCELERATORS
                        + " with a source");
        assertEquals(generated, Files.readString(resource, StandardCharsets.UTF_8),
                resource + " is out of date with " + shared + "; regenerate it with "
                        + "mvn -pl core test -Dtest=InstanceTypesDataTest -Dsagelint.regenerate=true");
    }

    /** Runs without ../shared: the committed resource itself counts the accelerators of every hosting type. */
    @Test
    void everyAcceleratedHostingTypeOfTheResourceHasACount() throws IOException {
        String committed = Files.readString(Path.of(InstanceTypesData.RESOURCE), StandardCharsets.UTF_8);
        assertEquals(List.of(), InstanceTypesData.unclassified(committed));
    }

    @Test
    void aTypeWithoutACountIsNamed() throws IOException {
        String resource = """
                { "families": { "nvidia_gpu": ["g9", "p9"], "cpu_x86": ["m5"] },
                  "gpuCountPerInstance": { "ml.g9.xlarge": 1, "ml.p9.large": 2 }, "acceleratorCountPerInstance": {},
                  "acceleratorSources": { "g9": { "source": "https://example.com/g9" } },
                  "hostingInstanceTypes": ["ml.g9.xlarge", "ml.g9.2xlarge", "ml.m5.large", "ml.z1.large", "ml.p9.large"] }
                """;
        assertEquals(List.of("ml.g9.2xlarge: a nvidia_gpu type without a GPU or accelerator count",
                "ml.z1.large: its series is in no instance family",
                "ml.p9.large: no source for the accelerator count of series p9"),
                InstanceTypesData.unclassified(resource));
    }

    @Test
    void theCountsReachTheRules() {
        assertEquals(4, InstanceTypes.gpuCount("ml.g6e.12xlarge"));
        assertEquals(1, InstanceTypes.gpuCount("ml.p5.4xlarge"));
        assertEquals(2, InstanceTypes.gpuCount("ml.g7.8xlarge"));
        assertEquals(0, InstanceTypes.gpuCount("ml.inf2.48xlarge"), "Inferentia has no NVIDIA GPU");
        assertEquals(12, InstanceTypes.acceleratorCount("ml.inf2.48xlarge"));
        assertEquals(16, InstanceTypes.acceleratorCount("ml.trn2.48xlarge"));
        assertEquals(8, InstanceTypes.acceleratorCount("ml.p5e.48xlarge"));
        assertEquals(0, InstanceTypes.acceleratorCount("ml.m5.large"));
        assertEquals(null, InstanceTypes.acceleratorCount("ml.q9.large"), "unknown type");
    }
}
