package dev.sagelint.model;

/** ProductionVariant.ServerlessConfig; each value null when not written. */
public record ServerlessConfig(Integer memorySizeInMb, Integer maxConcurrency, Integer provisionedConcurrency,
                               Source source) {
}
