package dev.sagelint.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sagelint.text.Suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What sagelint knows about SageMaker hosting instance types ({@code ml.g5.xlarge}): which exist, their
 * family class and their NVIDIA GPU count. The data is the resource {@code dev/sagelint/data/instance-types.json},
 * generated from the botocore SageMaker model (ProductionVariantInstanceType, the authority on which types
 * exist) and the project's fact sheet; it is read once and never changes.
 * <p>
 * A type that is not in the botocore enum, or null, is unknown: every method then answers "don't know"
 * (null, or false for the boolean questions), so rules built on it stay silent.
 */
public final class InstanceTypes {

    static final String RESOURCE = "/dev/sagelint/data/instance-types.json";

    /** The kind of hardware an instance family runs on. */
    public enum Family {
        BURSTABLE, CPU_X86, CPU_GRAVITON, NVIDIA_GPU, INFERENTIA, TRAINIUM, HABANA;

        /** The name used in the data file: {@code cpu_x86}, {@code nvidia_gpu}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** True for families with no NVIDIA GPU (CPU, Graviton, Inferentia, Trainium, Habana, burstable). */
        public boolean withoutNvidiaGpu() {
            return this != NVIDIA_GPU;
        }

        static Family ofLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    private InstanceTypes() {
    }

    /** True when the type is a SageMaker hosting instance type (in the botocore enum). */
    public static boolean known(String type) {
        return type != null && Data.INSTANCE.types.contains(type);
    }

    /** The series of a type ({@code g5} for {@code ml.g5.xlarge}), or null when the type is unknown. */
    public static String series(String type) {
        return known(type) ? seriesOf(type) : null;
    }

    /** The middle part of a name of three dot-separated parts ({@code ml.g5.xlarge}), else null. */
    private static String seriesOf(String type) {
        int first = type.indexOf('.');
        int second = first < 0 ? -1 : type.indexOf('.', first + 1);
        return second < 0 || second == type.length() - 1 || type.indexOf('.', second + 1) >= 0
                ? null : type.substring(first + 1, second);
    }

    /**
     * The family class of a known type, or null when the type or its series is unknown. Looked up by type (the
     * rules ask it of every variant's types, many times a deployment), from a table made once with the data.
     */
    public static Family family(String type) {
        return type == null ? null : Data.INSTANCE.familyOfType.get(type);
    }

    /** True only for known types with NVIDIA GPUs (ml.g*, ml.p*). */
    public static boolean hasNvidiaGpu(String type) {
        return family(type) == Family.NVIDIA_GPU;
    }

    /** True only for known types without NVIDIA GPUs: CPU, Graviton, Inferentia, Trainium, dl1 and burstable. */
    public static boolean noNvidiaGpu(String type) {
        Family f = family(type);
        return f != null && f.withoutNvidiaGpu();
    }

    /**
     * The number of NVIDIA GPUs: 0 for known types without one, the count from the data file for GPU types
     * it lists, null otherwise (unknown type, or a GPU type whose count is not recorded).
     */
    public static Integer gpuCount(String type) {
        if (noNvidiaGpu(type)) {
            return 0;
        }
        return hasNvidiaGpu(type) ? Data.INSTANCE.gpuCounts.get(type) : null;
    }

    /**
     * The number of accelerators per instance: NVIDIA GPUs ({@link #gpuCount}), Inferentia or Trainium chips, or
     * Habana Gaudi accelerators; 0 for known CPU types; null for unknown types and accelerated types whose count
     * is not recorded.
     */
    public static Integer acceleratorCount(String type) {
        Family f = family(type);
        if (f == null) {
            return null;
        }
        if (f == Family.NVIDIA_GPU) {
            return gpuCount(type);
        }
        Integer n = Data.INSTANCE.acceleratorCounts.get(type);
        return n != null ? n : accelerated(type) ? null : Integer.valueOf(0);
    }

    /** NeuronCores per chip, by series: Inferentia 4 (NeuronCore-v1), Inferentia2 and Trainium 2, Trainium2 8. */
    private static final Map<String, Integer> NEURON_CORES_PER_CHIP = Map.of(
            "inf1", 4, "inf2", 2, "trn1", 2, "trn1n", 2, "trn2", 8);

    /**
     * The most accelerator devices an inference component can be given on one instance of this type, whatever
     * unit SageMaker counts: NVIDIA GPUs for GPU types; for Neuron types the NeuronCores (chips times cores per
     * chip, the larger of the two units a "device" can mean); Gaudi accelerators for dl1; 0 for CPU types; null
     * when the type or its count is unknown. A request above it can never be placed.
     */
    public static Integer acceleratorDeviceBound(String type) {
        Integer chips = acceleratorCount(type);
        Integer cores = chips == null ? null : NEURON_CORES_PER_CHIP.get(series(type));
        return cores == null ? chips : Integer.valueOf(chips * cores);
    }

    /** The accelerators of a type in words: {@code 4 GPUs}, {@code 1 Neuron chip (2 NeuronCores)}; null when unknown. */
    public static String describeAccelerators(String type) {
        Integer chips = acceleratorCount(type);
        if (chips == null) {
            return null;
        }
        Integer cores = NEURON_CORES_PER_CHIP.get(series(type));
        if (cores != null) {
            return chips + " Neuron chip" + (chips == 1 ? "" : "s") + " (" + chips * cores + " NeuronCores)";
        }
        String unit = family(type) == Family.HABANA ? " Gaudi accelerator" : " GPU";
        return chips + unit + (chips == 1 ? "" : "s");
    }

    /** Burstable families, known or not: {@code ml.t2.medium}, and any {@code ml.t<digit>...} type. */
    private static final java.util.regex.Pattern BURSTABLE_NAME = java.util.regex.Pattern.compile("ml\\.t[0-9][a-z]*\\..+");

    /**
     * True for burstable (credit-based) types: the data file's burstable family ({@code ml.t2}), and any other
     * {@code ml.t<digit>} type (ml.t3 exists for notebooks, not hosting, but it is burstable all the same).
     * {@code ml.trn1} is Trainium, not burstable.
     */
    public static boolean burstable(String type) {
        return type != null && (family(type) == Family.BURSTABLE || BURSTABLE_NAME.matcher(type).matches());
    }

    /**
     * The vCPU count, derived from the size where AWS's naming makes it exact: in the x86 and Graviton
     * families (except c4, whose 8xlarge has 36 vCPUs) {@code medium} is 1, {@code large} 2, {@code xlarge} 4
     * and {@code Nxlarge} 4N. Null for every other type (GPU, accelerator, burstable, c4, unknown), so rules
     * built on it stay silent there. No vCPU table exists in the project's reference data.
     */
    public static Integer vcpuCount(String type) {
        Family f = family(type);
        if (f != Family.CPU_X86 && f != Family.CPU_GRAVITON || "c4".equals(series(type))) {
            return null;
        }
        String size = type.substring(type.lastIndexOf('.') + 1);
        return switch (size) {
            case "medium" -> 1;
            case "large" -> 2;
            case "xlarge" -> 4;
            default -> sizeMultiple(size);
        };
    }

    /** N of an {@code Nxlarge} size (N from 1 to 99, no leading zero) times 4 vCPUs, else null. */
    private static Integer sizeMultiple(String size) {
        int digits = size.length() - "xlarge".length();
        if (digits < 1 || digits > 2 || !size.endsWith("xlarge") || size.charAt(0) == '0') {
            return null;
        }
        for (int i = 0; i < digits; i++) {
            if (size.charAt(i) < '0' || size.charAt(i) > '9') {
                return null;
            }
        }
        return 4 * Integer.parseInt(size, 0, digits, 10);
    }

    /** The GPU count of the first of the types with more than one NVIDIA GPU, as "type:count", or null. */
    public static String firstWithSeveralGpus(List<String> types) {
        return first(types, t -> several(gpuCount(t)));
    }

    /** The first of the types with a known vCPU count above one, or null. */
    public static String firstWithSeveralVcpus(List<String> types) {
        return first(types, t -> several(vcpuCount(t)));
    }

    private static boolean several(Integer count) {
        return count != null && count > 1;
    }

    /** True for GPU, Inferentia, Trainium and Habana types: accelerators whose requests are long. */
    public static boolean accelerated(String type) {
        Family f = family(type);
        return f == Family.NVIDIA_GPU || f == Family.INFERENTIA || f == Family.TRAINIUM || f == Family.HABANA;
    }

    /** The first accelerated type of the list, or null. */
    public static String firstAccelerated(List<String> types) {
        return first(types, InstanceTypes::accelerated);
    }

    /** The first burstable type in the list, or null. */
    public static String firstBurstable(List<String> types) {
        return first(types, InstanceTypes::burstable);
    }

    /** The first of the types that is known to have NVIDIA GPUs, or null. */
    public static String firstWithNvidiaGpu(List<String> types) {
        return first(types, InstanceTypes::hasNvidiaGpu);
    }

    /** The first of the types that is known to have no NVIDIA GPU, or null. */
    public static String firstWithoutNvidiaGpu(List<String> types) {
        return first(types, InstanceTypes::noNvidiaGpu);
    }

    /**
     * The first written type that is not a SageMaker hosting instance type, or null. Values with unresolved
     * parts ({@code ${...}}) are not judged.
     */
    public static String firstUnknown(List<String> types) {
        return first(types, t -> t != null && !t.contains("${") && !known(t));
    }

    /**
     * The first of the types (null: none) that passes the test, or null. A loop, not a stream: the rules call these
     * for every variant, and a stream pipeline's set-up cost more than the test in a C1-compiled run.
     */
    private static String first(List<String> types, java.util.function.Predicate<String> test) {
        if (types != null) {
            for (String t : types) {
                if (test.test(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Up to {@code limit} known types closest to the written one (edit distance, then name), for "did you mean". */
    public static List<String> nearest(String type, int limit) {
        if (type == null) {
            return List.of();
        }
        String lower = type.trim().toLowerCase(Locale.ROOT);
        String wanted = lower.startsWith("ml.") ? lower : "ml." + lower;
        return all().stream()
                .sorted(java.util.Comparator.comparingInt((String t) -> Suggestions.distance(wanted, t))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .limit(limit).toList();
    }

    /** Every known hosting instance type, in the botocore enum's order. */
    public static Set<String> all() {
        return Data.INSTANCE.types;
    }

    /** Loaded on first use; immutable afterwards. */
    private static final class Data {

        static final Data INSTANCE = load();

        final Set<String> types;
        final Map<String, Family> families;
        /** The family of each known type whose series the data file lists. */
        final Map<String, Family> familyOfType;
        final Map<String, Integer> gpuCounts;
        final Map<String, Integer> acceleratorCounts;

        private Data(Set<String> types, Map<String, Family> families, Map<String, Integer> gpuCounts,
                     Map<String, Integer> acceleratorCounts) {
            this.acceleratorCounts = acceleratorCounts;
            this.types = types;
            this.families = families;
            Map<String, Family> byType = new HashMap<>();
            for (String type : types) {
                String series = seriesOf(type);
                Family f = series == null ? null : families.get(series);
                if (f != null) {
                    byType.put(type, f);
                }
            }
            this.familyOfType = Map.copyOf(byType);
            this.gpuCounts = gpuCounts;
        }

        /**
         * Reads the file with Jackson's streaming parser, not an ObjectMapper: building a mapper and its
         * tree loads and initialises a few hundred databind classes, about 0.1 s of CPU in a cold JVM, and a
         * YAML-only lint needs Jackson for nothing else. The streaming parser is jackson-core only.
         */
        static Data load() {
            try (InputStream in = InstanceTypes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from sagelint-core");
                }
                Set<String> types = new LinkedHashSet<>();
                Map<String, Family> families = new HashMap<>();
                Map<String, Integer> gpus = new HashMap<>();
                Map<String, Integer> accelerators = new HashMap<>();
                try (JsonParser p = new JsonFactory().createParser(in)) {
                    expect(p, p.nextToken(), JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        switch (field) {
                            case "hostingInstanceTypes" -> strings(p, types::add);
                            case "families" -> fields(p, label -> {
                                Family f = Family.ofLabel(label);
                                strings(p, series -> families.put(series, f));
                            });
                            case "gpuCountPerInstance" -> fields(p, type -> gpus.put(type, count(p)));
                            case "acceleratorCountPerInstance" -> fields(p, type -> accelerators.put(type, count(p)));
                            default -> p.skipChildren();
                        }
                    }
                    expect(p, p.currentToken(), JsonToken.END_OBJECT);
                }
                return new Data(Collections.unmodifiableSet(types), Map.copyOf(families), Map.copyOf(gpus),
                        Map.copyOf(accelerators));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }

        private interface Step {
            void accept(String value) throws IOException;
        }

        /** The strings of the array the parser is on, in order; leaves the parser on its end. */
        private static void strings(JsonParser p, Step each) throws IOException {
            expect(p, p.currentToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.VALUE_STRING) {
                each.accept(p.getText());
            }
            expect(p, p.currentToken(), JsonToken.END_ARRAY);
        }

        /** Each field name of the object the parser is on, with the parser on that field's value. */
        private static void fields(JsonParser p, Step each) throws IOException {
            expect(p, p.currentToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                each.accept(name);
            }
            expect(p, p.currentToken(), JsonToken.END_OBJECT);
        }

        private static int count(JsonParser p) throws IOException {
            expect(p, p.currentToken(), JsonToken.VALUE_NUMBER_INT);
            return p.getIntValue();
        }

        private static void expect(JsonParser p, JsonToken seen, JsonToken wanted) {
            if (seen != wanted) {
                throw new IllegalStateException(RESOURCE + " line " + p.currentLocation().getLineNr() + ": expected "
                        + wanted + ", found " + seen + " (regenerate it with InstanceTypesDataTest)");
            }
        }
    }
}
