package dev.sagelint.rules;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.FactField;
import dev.sagelint.model.FieldNames;
import dev.sagelint.model.Source;
import dev.sagelint.parse.DeploymentReader;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fields rules point at (issue 12 item 2): a rule names a field by its fact's typed {@code Field} constant, never
 * by a string (in the DRL and in the rules.support helpers), and every constant a rule names is recorded by at least
 * one input format on the fixtures. A field
 * that no reader records would silently move the finding to the resource's first line and disarm an "unknown"
 * guard; this test fails instead.
 */
class FactFieldsTest {

    private static final Path DRL = Path.of("src/main/resources/dev/sagelint/rules");
    private static final Path HELPERS = Path.of("src/main/java/dev/sagelint/rules");
    private static final Pattern STRING_KEY = Pattern.compile("source\\(\\)\\.(at|isUnknown|isSet)\\(\"([^\"]*)\"\\)");
    private static final Pattern HELPER_KEY = Pattern.compile(
            "\\b(?:source\\(\\)|src|s)\\.(?:at|isUnknown|isSet)\\(\"([\\w.]+)\"\\)");
    private static final Pattern TYPED = Pattern.compile("\\b([A-Z]\\w*)\\.Field\\.([A-Z0-9_]+)\\b");

    @Test
    void rulesNameFieldsByTypedConstantsNotStrings() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path f : files(DRL, ".drl")) {
            Matcher m = STRING_KEY.matcher(Files.readString(f));
            while (m.find()) {
                problems.add(f + ": " + m.group() + " names a field by a string; use the fact's Field constant");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFieldARuleNamesIsRecordedBySomeFormat() throws Exception {
        Map<Class<?>, Set<String>> recorded = recordedOnFixtures();
        Set<String> problems = new TreeSet<>();
        List<Path> rules = new ArrayList<>(files(DRL, ".drl"));
        rules.addAll(files(HELPERS, ".java"));
        for (Path f : rules) {
            Matcher m = TYPED.matcher(Files.readString(f));
            while (m.find()) {
                Class<?> owner = Class.forName("dev.sagelint.model." + m.group(1));
                FactField field = (FactField) Enum.valueOf(fieldEnum(owner), m.group(2));
                if (!recorded.getOrDefault(owner, Set.of()).contains(field.key())) {
                    problems.add(f.getFileName() + ": " + m.group() + " (" + field.key() + ") is recorded by no input"
                            + " format on any fixture");
                }
            }
        }
        assertEquals(Set.of(), problems);
    }

    /**
     * Readers record fields by typed constant only (issue 12 item 2): every key any reader puts in a fact's
     * {@link Source} on the fixtures and examples, in every format, is the key of a {@code Field} constant (or an
     * entry of one, {@code environment.HF_MODEL_ID}), so a misspelt or stray key cannot reach rules.
     */
    @Test
    void everyFieldAReaderRecordsIsATypedConstant() throws Exception {
        Set<String> declared = new HashSet<>();
        try (Stream<Path> model = Files.list(Path.of("../core/src/main/java/dev/sagelint/model"))) {
            for (Path f : model.toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                try {
                    for (Object c : fieldEnum(Class.forName("dev.sagelint.model." + name)).getEnumConstants()) {
                        declared.add(((FactField) c).key());
                    }
                } catch (ClassNotFoundException noFields) {
                    // a fact without fields of its own
                }
            }
        }
        Set<String> problems = new TreeSet<>();
        recordedOnFixtures().forEach((owner, keys) -> keys.stream()
                .filter(k -> !declared.contains(k.contains(".") ? k.substring(0, k.indexOf('.')) : k))
                .forEach(k -> problems.add(owner.getSimpleName() + ": " + k)));
        assertEquals(Set.of(), problems);
    }

    @Test
    void theRuleHelpersNameFieldsByTypedConstantsNotStrings() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path f : files(HELPERS, ".java")) {
            Matcher m = HELPER_KEY.matcher(Files.readString(f));
            while (m.find()) {
                problems.add(f.getFileName() + ": " + m.group() + " names a field by a string; use the fact's Field"
                        + " constant");
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Messages name the input's own fields (issue 17): a rule writes the AWS name and {@link FieldNames} shows it in
     * the input's spelling. A CamelCase word in a message that is neither in that table nor one of these (API
     * actions, metrics, values, types, products) would reach a Terraform or spec user in CloudFormation's spelling,
     * so it fails here until it is put in one or the other.
     */
    private static final Set<String> NOT_FIELDS = Set.of("AllTraffic", "ApproximateAgeOfOldestRequest",
            "ApproximateBacklogSize", "ApproximateBacklogSizePerInstance", "ChangeInCapacity", "CloudFormation",
            "CloudWatch", "ConcurrentRequestsPerModel", "CreateEndpoint", "CreateEndpointConfig",
            "CreateInferenceComponent", "CreateTrainingJob", "CreateTransformJob", "EndpointConfig", "EndpointName",
            "ExactCapacity", "GPUMemoryUtilization", "GetAtt", "HasBacklogWithoutCapacity", "InferenceComponent",
            "InferenceComponentName", "InvocationsPerInstance", "InvokeEndpoint", "MemoryUtilization", "ModelLatency",
            "ModelSetupTime", "MultiModel", "NoCapacityInvocationFailures", "OverheadLatency",
            "PercentChangeInCapacity", "PredictiveScaling", "ProductionVariantInstanceType", "PutMetricAlarm",
            "PutMetricData", "PutScalingPolicy", "PutScheduledAction", "ResourceLimitExceeded", "S3Prefix",
            "SageMaker", "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution",
            "SageMakerInferenceComponentInvocationsPerCopy", "SageMakerVariantConcurrentRequestsPerModelHighResolution",
            "SageMakerVariantInvocationsPerInstance", "SageMakerVariantProvisionedConcurrencyUtilization",
            "ScalableTarget", "StepScaling", "TargetTrackingScaling", "TransformResources", "UpdateEndpoint",
            "ValidationException");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");
    private static final Pattern CAMEL_WORD = Pattern.compile(
            "(?<![\\w:./$<-])[A-Z][A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*(?![\\w>])");

    @Test
    void everyAwsFieldNameAMessageWritesHasItsSpellingInEachFormat() throws IOException {
        Set<String> problems = new TreeSet<>();
        List<Path> sources = new ArrayList<>(files(DRL, ".drl"));
        sources.addAll(files(HELPERS, ".java"));
        for (Path f : sources) {
            String code = Files.readString(f).replaceAll("//[^\n]*", "");
            for (Matcher lit = LITERAL.matcher(code); lit.find(); ) {
                for (Matcher w = CAMEL_WORD.matcher(lit.group(1)); w.find(); ) {
                    if (!FieldNames.known(w.group()) && !NOT_FIELDS.contains(w.group())) {
                        problems.add(f.getFileName() + ": " + w.group() + " is neither in FieldNames' table nor a"
                                + " known non-field word");
                    }
                }
            }
        }
        assertEquals(Set.of(), problems);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Enum> fieldEnum(Class<?> owner) throws ClassNotFoundException {
        return (Class<Enum>) Class.forName(owner.getName() + "$Field");
    }

    /** The Source keys (written or unknown) each record class gets on the fixtures and examples, all formats. */
    private static Map<Class<?>, Set<String>> recordedOnFixtures() throws IOException {
        Map<Class<?>, Set<String>> out = new HashMap<>();
        DeploymentReader reader = DeploymentReader.defaults();
        List<Path> inputs = new ArrayList<>(files(RuleFixtureTest.FIXTURES, ""));
        if (Files.isDirectory(Path.of("../examples"))) {
            inputs.addAll(files(Path.of("../examples"), ""));
        }
        for (Path f : inputs) {
            String name = f.getFileName().toString();
            if (name.endsWith(".md") || name.endsWith(".expect") || Files.size(f) > 1_000_000) {
                continue;
            }
            SourceFile file = new SourceFile(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
            for (Deployment d : reader.read(List.of(file))) {
                d.facts().forEach(fact -> collect(fact, out));
            }
        }
        return out;
    }

    private static void collect(Object o, Map<Class<?>, Set<String>> out) {
        if (o instanceof Collection<?> c) {
            c.forEach(i -> collect(i, out));
        } else if (o instanceof Map<?, ?> m) {
            m.values().forEach(v -> collect(v, out));
        } else if (o != null && o.getClass().isRecord() && o.getClass().getPackageName().startsWith("dev.sagelint")) {
            for (var component : o.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = component.getAccessor().invoke(o);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (v instanceof Source s) {
                    Set<String> keys = out.computeIfAbsent(o.getClass(), k -> new HashSet<>());
                    keys.addAll(s.fields().keySet());
                    keys.addAll(s.unknown());
                } else {
                    collect(v, out);
                }
            }
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
