package dev.sagelint.model;

import java.util.Map;

/**
 * One container of a SageMaker model (PrimaryContainer, or an entry of Containers).
 *
 * @param modelKey             key of the owning {@link Model}
 * @param index                0 for the primary or first container, 1 for the second...
 * @param mode                 Mode: SingleModel or MultiModel, null when not written
 * @param modelDataSource      true when ModelDataSource is set (instead of ModelDataUrl)
 * @param repositoryAccessMode ImageConfig.RepositoryAccessMode (Platform or Vpc), null when not written
 * @param environment          Environment variables with known values
 * @param image                Image, null when not written or unknown
 * @param modelDataUrl         ModelDataUrl, null when not written or unknown
 */
public record Container(String key, String modelKey, int index, String mode, boolean modelDataSource,
                        String repositoryAccessMode, Map<String, String> environment, String image,
                        String modelDataUrl, Source source)
        implements Fact {

    /** Environment variables that set a model server's per-request timeout, in seconds. */
    public static final java.util.List<String> TIMEOUT_VARIABLES = java.util.List.of(
            "SAGEMAKER_MODEL_SERVER_TIMEOUT", "TS_DEFAULT_RESPONSE_TIMEOUT", "MMS_DEFAULT_RESPONSE_TIMEOUT");

    public Container {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    /** A container without Image and ModelDataUrl. */
    public Container(String key, String modelKey, int index, String mode, boolean modelDataSource,
                     String repositoryAccessMode, Map<String, String> environment, Source source) {
        this(key, modelKey, index, mode, modelDataSource, repositoryAccessMode, environment, null, null, source);
    }

    /**
     * The first model-server timeout variable set to a whole number of seconds above the limit, as
     * {@code NAME=value}, or null.
     */
    public String timeoutAbove(int seconds) {
        for (String name : TIMEOUT_VARIABLES) {
            String v = environment.get(name);
            if (v != null && v.trim().matches("\\d{1,9}") && Integer.parseInt(v.trim()) > seconds) {
                return name + "=" + v.trim();
            }
        }
        return null;
    }

    /** The fields of {@link Container} that {@link Source} records and rules point at. */
    public enum Field implements FactField {
        ENVIRONMENT("environment"),
        MODEL_DATA_URL("modelDataUrl"),
        MODE("mode"),
        MODEL_DATA_SOURCE("modelDataSource"),
        REPOSITORY_ACCESS_MODE("repositoryAccessMode"),
        IMAGE("image"),
        IMAGE_CONFIG("imageConfig");

        private final Names names;

        Field(String key) {
            this.names = Names.of(key);
        }

        Field(String key, String awsName) {
            this.names = new Names(key, awsName);
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
