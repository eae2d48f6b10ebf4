package dev.sagelint.rules.support;

import dev.sagelint.model.Alarm;
import dev.sagelint.model.ScalingPolicy;

import java.util.List;

/** The scale-from-zero wiring of an inference component (SL603). */
public final class ScaleToZero {

    private ScaleToZero() {
    }

    /** True when one of the alarms fires one of the step policies. */
    public static boolean wakesUp(List<?> stepPolicies, List<?> alarms) {
        return alarms.stream().filter(Alarm.class::isInstance).map(Alarm.class::cast)
                .anyMatch(a -> stepPolicies.stream().filter(ScalingPolicy.class::isInstance)
                        .map(ScalingPolicy.class::cast).anyMatch(p -> a.policyKeys().contains(p.key())));
    }
}
