package dev.sagelint.simulate;

import java.util.List;

/**
 * The cheapest configuration the search found that keeps the share of requests above capacity
 * within the SLO, with the simulations before and after.
 *
 * @param met      true when the recommendation meets the SLO; otherwise it is the configuration
 *                 with the smallest share above capacity
 * @param changes  each change in words ("MinCapacity 2 -> 3")
 * @param searched how many configurations were simulated
 */
public record Advice(double slo, boolean met, ScalingSetup recommended, SimulationResult before,
                     SimulationResult after, List<String> changes, int searched) {

    public Advice {
        changes = List.copyOf(changes);
    }
}
