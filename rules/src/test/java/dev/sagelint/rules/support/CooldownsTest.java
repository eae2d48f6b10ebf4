package dev.sagelint.rules.support;

import dev.sagelint.model.Endpoint;
import dev.sagelint.model.Location;
import dev.sagelint.model.Source;
import dev.sagelint.model.TrafficProfile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CooldownsTest {

    private static final Source AT = Source.at(new Location("spec.yaml", 1, 1));

    @Test
    void scaleOutLimitDependsOnDeclaredSpikes() {
        assertEquals(600, Cooldowns.scaleOutLimit(List.of()));
        assertEquals(600, Cooldowns.scaleOutLimit(List.of(endpoint(null))));
        assertEquals(600, Cooldowns.scaleOutLimit(List.of(endpoint(profile(TrafficProfile.Pattern.STEADY, null)))));
        assertEquals(300, Cooldowns.scaleOutLimit(List.of(endpoint(profile(TrafficProfile.Pattern.SPIKY, null)))));
        assertEquals(300, Cooldowns.scaleOutLimit(
                List.of(endpoint(profile(TrafficProfile.Pattern.PREDICTABLE, true)))));
    }

    @Test
    void scaleOutTooLong() {
        var spiky = List.of(endpoint(profile(TrafficProfile.Pattern.SPIKY, null)));
        assertTrue(Cooldowns.scaleOutTooLong(301, spiky));
        assertFalse(Cooldowns.scaleOutTooLong(300, spiky));
        assertFalse(Cooldowns.scaleOutTooLong(600, List.of()));
        assertTrue(Cooldowns.scaleOutTooLong(601, List.of()));
        assertFalse(Cooldowns.scaleOutTooLong(null, spiky));
    }

    @Test
    void declaredTrafficIsTheEndpointsProfile() {
        var profile = profile(TrafficProfile.Pattern.SPIKY, null);
        assertSame(profile, Cooldowns.declaredTraffic(List.of(endpoint(profile))));
        assertNull(Cooldowns.declaredTraffic(List.of()));
        assertNull(Cooldowns.declaredTraffic(null));
        assertNull(Cooldowns.declaredTraffic(List.of("not an endpoint")));
    }

    private static TrafficProfile profile(TrafficProfile.Pattern pattern, Boolean bursts) {
        return new TrafficProfile(pattern, null, null, bursts, null, null, AT);
    }

    private static Endpoint endpoint(TrafficProfile traffic) {
        return new Endpoint("e", "e", null, null, traffic, null, null, null, AT);
    }
}
