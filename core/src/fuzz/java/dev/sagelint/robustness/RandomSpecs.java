package dev.sagelint.robustness;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Random native specs: the real keys at random places with random values (right and wrong types,
 * extremes), so that the reader and the rules meet every odd combination a person could write.
 */
final class RandomSpecs {

    private RandomSpecs() {
    }

    static final List<String> NUMBERS = List.of("0", "1", "2", "-1", "600", "1e400", "-1e400", ".nan", "2.5",
            "99999999999", "\"3\"", "null", "[1]", "{a: 1}", "true");
    static final List<String> WORDS = List.of("ml.m5.large", "ml.g5.xlarge", "ml.inf2.xlarge", "ml.serverless",
            "bogus", "\"\"", "null", "SageMakerVariantInvocationsPerInstance", "CPUUtilization", "spiky", "steady",
            "prod", "dev", "[a, b]", "{x: y}", "1");

    static Arbitrary<String> spec() {
        return endpoint().list().ofMinSize(0).ofMaxSize(3).flatMap(endpoints ->
                Arbitraries.of("prod", "dev", "null", "[x]").map(env -> "apiVersion: sagelint/v1\nenvironment: " + env
                        + "\nendpoints:\n" + String.join("", endpoints)));
    }

    private static Arbitrary<String> endpoint() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'c').ofMinLength(1).ofMaxLength(2);
        return Combinators.combine(name, traffic(), variant().list().ofMinSize(0).ofMaxSize(3),
                        Arbitraries.of("", "    network: { vpc: vpc-1, subnets: [s-1] }\n", "    network: 3\n",
                                "    serverless: { memorySizeInMb: 2048, maxConcurrency: 5 }\n"))
                .as((n, t, vs, net) -> "  - name: " + n + "\n" + t + net
                        + "    variants:\n" + (vs.isEmpty() ? "      []\n" : String.join("", vs)));
    }

    private static Arbitrary<String> traffic() {
        return Combinators.combine(Arbitraries.of(WORDS), Arbitraries.of(NUMBERS), Arbitraries.of(NUMBERS),
                        Arbitraries.of(NUMBERS), Arbitraries.integers().between(0, 4))
                .as((p, peak, base, cap, mode) -> mode == 0 ? "" : "    traffic: { pattern: " + p + ", peakRps: " + peak
                        + ", baselineRps: " + base + ", instanceCapacityRps: " + cap + " }\n");
    }

    private static Arbitrary<String> variant() {
        return Combinators.combine(Arbitraries.of(WORDS), Arbitraries.of(NUMBERS), Arbitraries.of(NUMBERS),
                        Arbitraries.of(NUMBERS), policy().list().ofMaxSize(2), Arbitraries.integers().between(0, 3))
                .as((type, count, min, max, policies, mode) -> "      - name: v" + mode + "\n"
                        + "        instanceType: " + type + "\n"
                        + "        initialInstanceCount: " + count + "\n"
                        + (mode == 0 ? "" : "        autoscaling:\n          minCapacity: " + min
                        + "\n          maxCapacity: " + max + "\n          policies:\n"
                        + (policies.isEmpty() ? "            []\n" : String.join("", policies))));
    }

    private static Arbitrary<String> policy() {
        return Combinators.combine(Arbitraries.of(WORDS), Arbitraries.of(NUMBERS), Arbitraries.of(NUMBERS),
                        Arbitraries.of(NUMBERS))
                .as((metric, target, in, out) -> "            - name: p\n              targetTracking:\n"
                        + "                metric: " + metric + "\n                targetValue: " + target
                        + "\n                scaleInCooldown: " + in + "\n                scaleOutCooldown: " + out + "\n");
    }
}
