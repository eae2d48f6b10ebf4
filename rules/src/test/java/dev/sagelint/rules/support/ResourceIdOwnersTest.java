package dev.sagelint.rules.support;

import dev.sagelint.model.Location;
import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.Source;
import dev.sagelint.model.Vpc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceIdOwnersTest {

    private static final Source SRC = Source.at(new Location("t.yaml", 4, 3));
    private static final String ID = "endpoint/ep/variant/blue";

    @Test
    void targetOwnsTheIdItDeclares() {
        ScalableTarget declared = target(true);
        assertTrue(ResourceIdOwners.owns(declared));
        assertEquals("ep", ResourceIdOwners.endpointName(declared));
        assertEquals("blue", ResourceIdOwners.variantName(declared));
        assertFalse(ResourceIdOwners.owns(target(false)));
    }

    @Test
    void policyOwnsItsIdOnlyWithoutATarget() {
        ScalingPolicy orphan = policy(null, true, ID);
        assertTrue(ResourceIdOwners.owns(orphan));
        assertEquals("ep", ResourceIdOwners.endpointName(orphan));
        assertEquals("blue", ResourceIdOwners.variantName(orphan));
        assertFalse(ResourceIdOwners.owns(policy("t", true, ID)), "linked: inherits the target's id");
        assertFalse(ResourceIdOwners.owns(policy(null, false, null)), "reaches its target by reference");
    }

    @Test
    void unresolvedSegmentsAreUnknown() {
        ScalingPolicy p = policy(null, true, "endpoint/${EndpointName}/variant/blue");
        assertNull(ResourceIdOwners.endpointName(p));
        assertEquals("blue", ResourceIdOwners.variantName(p));
        assertFalse(ResourceIdOwners.owns(new Vpc("vpc", "vpc-1", false, SRC)));
        assertNull(ResourceIdOwners.resourceId(new Vpc("vpc", "vpc-1", false, SRC)));
    }

    private static ScalableTarget target(boolean declares) {
        return new ScalableTarget("t", ID, ScalableTarget.INSTANCE_COUNT, "sagemaker", 1, 2, null, null, null, "ep",
                "blue", null, declares, null, null, null, SRC);
    }

    private static ScalingPolicy policy(String targetKey, boolean declares, String resourceId) {
        return new ScalingPolicy("p", targetKey, "p", ScalingPolicy.TARGET_TRACKING, 10.0,
                "SageMakerVariantInvocationsPerInstance", null, null, null, null, null, null, null, null, List.of(),
                declares, resourceId, SRC);
    }
}
