package dev.sagelint.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertEquals(InstanceTypesData.generate(shared), Files.readString(resource, StandardCharsets.UTF_8),
                resource + " is out of date with " + shared + "; regenerate it with "
                        + "mvn -pl core test -Dtest=InstanceTypesDataTest -Dsagelint.regenerate=true");
    }
}
