package dev.sagelint.simulate;

import java.util.List;

/**
 * The cheapest configuration the search found that keeps the share of requests above capacity
 * within the SLO in the worst perturbed case, with the simulations before and after.
 *
 * @param margin          the robustness margin (0.1: traffic +/-10 %, capacity -10 %)
 * @param met             true when the recommendation meets the SLO in the worst case; otherwise it is
 *                        the configuration with the smallest worst-case share above capacity
 * @param before          the current configuration, nominal case
 * @param after           the recommendation, nominal case
 * @param beforeWorstCase name of the perturbed case that is worst for the current configuration
 * @param afterWorstCase  the same for the recommendation
 * @param changes         each change in words ("MinCapacity 2 -> 3")
 * @param searched        how many configurations were simulated
 */
public record Advice(double slo, double margin, boolean met, ScalingSetup recommended, SimulationResult before,
                     SimulationResult after, String beforeWorstCase, SimulationResult.Totals beforeWorst,
                     String afterWorstCase, SimulationResult.Totals afterWorst, List<String> changes, int searched) {

    public Advice {
        changes = List.copyOf(changes);
    }
}
