package dev.sagelint.rules.support;

import dev.sagelint.model.Endpoint;
import dev.sagelint.model.TrafficProfile;

import java.util.List;

/**
 * The cooldown thresholds of the scaling rules (SL101, SL102, SL103) and the lookup of the traffic
 * an endpoint declares, kept out of DRL so the numbers live in one tested place.
 */
public final class Cooldowns {

    /** What Application Auto Scaling uses for SageMaker variants when a cooldown is not written. */
    public static final int DEFAULT_SECONDS = 300;
    /** Below this a scale-in cooldown removes capacity during brief lulls (SL101). */
    public static final int MIN_SCALE_IN_SECONDS = 300;
    /** Above this a scale-out cooldown cannot follow a rising load (SL102). */
    public static final int MAX_SCALE_OUT_SECONDS = 600;
    /** The same limit when the endpoint's traffic is declared spiky (SL102). */
    public static final int MAX_SCALE_OUT_SPIKY_SECONDS = 300;

    private Cooldowns() {
    }

    /**
     * The traffic profile declared by the first {@link Endpoint} in the list, or null. Rules collect
     * the endpoint a target scales (zero or one fact) and ask here, so a target whose endpoint is out
     * of scope still gets the traffic-independent check.
     */
    public static TrafficProfile declaredTraffic(List<?> endpoints) {
        if (endpoints == null) {
            return null;
        }
        for (Object o : endpoints) {
            if (o instanceof Endpoint e && e.traffic() != null) {
                return e.traffic();
            }
        }
        return null;
    }

    /** True when the traffic of the collected endpoint is declared spiky or bursty. */
    public static boolean spiky(List<?> endpoints) {
        TrafficProfile traffic = declaredTraffic(endpoints);
        return traffic != null && traffic.isSpiky();
    }

    /** The longest acceptable ScaleOutCooldown for the collected endpoint's traffic. */
    public static int scaleOutLimit(List<?> endpoints) {
        return spiky(endpoints) ? MAX_SCALE_OUT_SPIKY_SECONDS : MAX_SCALE_OUT_SECONDS;
    }

    /** True when a written ScaleOutCooldown exceeds {@link #scaleOutLimit}. */
    public static boolean scaleOutTooLong(Integer seconds, List<?> endpoints) {
        return seconds != null && seconds > scaleOutLimit(endpoints);
    }
}
