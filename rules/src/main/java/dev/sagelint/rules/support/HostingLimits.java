package dev.sagelint.rules.support;

import dev.sagelint.aws.InstanceTypes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Per-instance-type and per-container limits of SageMaker hosting that the rules SL612, SL613, SL614, SL615
 * and SL617 share. Types sagelint does not know answer "no limit known", so the rules stay silent on them.
 */
public final class HostingLimits {

    /**
     * Series without an EBS volume beyond those with a {@code d} in the series name: the SageMaker Python SDK's
     * list ({@code volume_size_supported}). Newer series (p6, g7, trn2, inf2) are not known either way.
     */
    private static final List<String> NVME_SERIES_PREFIXES = List.of("g5", "g6", "p5", "trn1");

    /** The GPU types that multi-model endpoints support (Triton, one GPU each), per the developer guide. */
    private static final Set<String> MULTI_MODEL_GPU_TYPES = Set.of("ml.p2.xlarge", "ml.p3.2xlarge",
            "ml.g4dn.xlarge", "ml.g4dn.2xlarge", "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.16xlarge",
            "ml.g5.xlarge", "ml.g5.2xlarge", "ml.g5.4xlarge", "ml.g5.8xlarge", "ml.g5.16xlarge");

    private static final Pattern MISPLACED_STARTUP_VARIABLE = Pattern.compile(
            "(?i)(container_startup_health_check_timeout|model_data_download_timeout).*");

    /** Image repositories of large-model serving containers: LMI/DJL, TGI, TEI, vLLM. */
    private static final Pattern LARGE_MODEL_REPOSITORY = Pattern.compile(
            "(?i).*(djl-inference|djl-serving|tgi-inference|text-generation-inference|vllm|lmi).*|(huggingface-)?tei");

    /** Environment variables only large-model serving containers read (model id, GPU sharding). */
    private static final List<String> LARGE_MODEL_VARIABLES = List.of("HF_MODEL_ID", "OPTION_MODEL_ID", "SM_NUM_GPUS");

    private HostingLimits() {
    }

    /** True for known types whose storage is local NVMe only, so no ML storage volume can be attached. */
    public static boolean localNvmeOnly(String type) {
        String series = InstanceTypes.series(type);
        return series != null && (series.contains("d") || NVME_SERIES_PREFIXES.stream().anyMatch(series::startsWith));
    }

    /** The first type of the list with local NVMe storage only, or null. */
    public static String firstLocalNvmeOnly(List<String> types) {
        return types.stream().filter(HostingLimits::localNvmeOnly).findFirst().orElse(null);
    }

    /** True for a non-empty list whose types all have local NVMe storage only. */
    public static boolean allLocalNvmeOnly(List<String> types) {
        return !types.isEmpty() && types.stream().allMatch(HostingLimits::localNvmeOnly);
    }

    /**
     * The first type a multi-model endpoint cannot use: a known NVIDIA GPU type outside the documented
     * single-GPU list, or an Inferentia or Trainium type; null when every type is usable or unknown.
     */
    public static String firstWithoutMultiModelSupport(List<String> types) {
        for (String type : types) {
            InstanceTypes.Family family = InstanceTypes.family(type);
            if (family == InstanceTypes.Family.INFERENTIA || family == InstanceTypes.Family.TRAINIUM
                    || (family == InstanceTypes.Family.NVIDIA_GPU && !MULTI_MODEL_GPU_TYPES.contains(type))) {
                return type;
            }
        }
        return null;
    }

    /** True for the documented multi-model GPU types. */
    public static boolean multiModelGpuType(String type) {
        return MULTI_MODEL_GPU_TYPES.contains(type);
    }

    /**
     * The first environment variable named like a variant start-up timeout ({@code CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT},
     * {@code model_data_download_timeout_in_seconds}...), which no SageMaker component reads; null when none.
     */
    public static String misplacedStartupVariable(Map<String, String> environment) {
        return environment.keySet().stream().filter(k -> MISPLACED_STARTUP_VARIABLE.matcher(k).matches()).sorted()
                .findFirst().orElse(null);
    }

    /**
     * What marks a container as a large-model server: its image repository ({@code huggingface-pytorch-tgi-inference})
     * or the first large-model variable it sets ({@code HF_MODEL_ID}); null when neither.
     */
    public static String largeModelSign(String image, Map<String, String> environment) {
        String repository = repository(image);
        if (repository != null && LARGE_MODEL_REPOSITORY.matcher(repository).matches()) {
            return "image " + repository;
        }
        return LARGE_MODEL_VARIABLES.stream().filter(environment::containsKey).findFirst()
                .map(v -> "environment variable " + v).orElse(null);
    }

    /** The repository name of an image URI: {@code tgi-inference} for {@code 7631.dkr.ecr.../tgi-inference:2.4}. */
    static String repository(String image) {
        if (image == null) {
            return null;
        }
        String name = image.substring(image.lastIndexOf('/') + 1);
        int tag = name.indexOf(':');
        int digest = name.indexOf('@');
        int end = digest >= 0 ? digest : tag >= 0 ? tag : name.length();
        return name.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
