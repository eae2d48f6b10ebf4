package dev.sagelint.model;

/**
 * A scalable target in the base and in the head, matched by logical id / resource address, or by ResourceId and
 * ScalableDimension.
 *
 * @param format the head's input format ({@code cloudformation}, {@code terraform}, {@code native}, {@code aws-api})
 * @param base   the base version, null when the change adds it
 * @param head   the head version, null when the change removes it
 */
public record TargetTransition(String key, String format, ScalableTarget base, ScalableTarget head, Source source)
        implements Transition {

    /** The head's MinCapacity is above the base's MaxCapacity: every running instance count is below the new floor. */
    public boolean minAboveBaseMax() {
        return base != null && head != null && head.minCapacity() != null && base.maxCapacity() != null
                && baseRangeValid() && head.minCapacity() > base.maxCapacity();
    }

    /** The head's MaxCapacity is below the base's MinCapacity: every running instance count is above the new ceiling. */
    public boolean maxBelowBaseMin() {
        return base != null && head != null && head.maxCapacity() != null && base.minCapacity() != null
                && baseRangeValid() && head.maxCapacity() < base.minCapacity();
    }

    /**
     * The base's bounds are a range AWS accepts: with inverted bounds (SL202) the base never ran at any count
     * between them, so an unchanged inverted target is no jump.
     */
    private boolean baseRangeValid() {
        return base.minCapacity() == null || base.maxCapacity() == null || base.minCapacity() <= base.maxCapacity();
    }
}
