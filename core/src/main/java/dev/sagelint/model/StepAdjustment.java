package dev.sagelint.model;

/** One step of a step scaling policy; bounds null when open. */
public record StepAdjustment(Double lowerBound, Double upperBound, Integer scalingAdjustment, Location location) {
}
