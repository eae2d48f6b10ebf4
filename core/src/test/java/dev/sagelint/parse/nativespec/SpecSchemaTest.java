package dev.sagelint.parse.nativespec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** The shipped JSON Schema and the parser know exactly the same keys, so editors never suggest a key SL001 rejects. */
class SpecSchemaTest {

    private static final Map<String, Set<String>> DEFINITIONS = Map.ofEntries(
            entry("endpoint", SpecReader.ENDPOINT), entry("traffic", SpecReader.TRAFFIC),
            entry("network", SpecReader.NETWORK), entry("variant", SpecReader.VARIANT),
            entry("instancePool", SpecReader.POOL), entry("serverless", SpecReader.SERVERLESS),
            entry("managedInstanceScaling", SpecReader.MANAGED), entry("autoscaling", SpecReader.AUTOSCALING),
            entry("scalableTarget", SpecReader.TARGET), entry("suspended", SpecReader.SUSPENDED),
            entry("policy", SpecReader.POLICY), entry("targetTracking", SpecReader.TARGET_TRACKING),
            entry("metric", SpecReader.METRIC), entry("stepScaling", SpecReader.STEP),
            entry("step", SpecReader.STEP_ITEM), entry("alarm", SpecReader.ALARM),
            entry("scheduledAction", SpecReader.SCHEDULED), entry("vpc", SpecReader.VPC),
            entry("vpcEndpoint", SpecReader.VPC_ENDPOINT), entry("trainingJob", SpecReader.TRAINING),
            entry("transformJob", SpecReader.TRANSFORM), entry("inferenceComponent", SpecReader.COMPONENT),
            entry("subnet", SpecReader.SUBNET), entry("securityGroup", SpecReader.SECURITY_GROUP),
            entry("ingress", SpecReader.INGRESS), entry("container", SpecReader.CONTAINER));

    @Test
    void schemaAndParserKnowTheSameKeys() throws IOException {
        JsonNode schema = load();
        List<String> problems = new ArrayList<>();
        compare("top level", schema, SpecReader.TOP, problems);
        JsonNode defs = schema.get("$defs");
        DEFINITIONS.forEach((name, keys) -> compare(name, defs.get(name), keys, problems));
        defs.fieldNames().forEachRemaining(name -> {
            if (!DEFINITIONS.containsKey(name)) {
                problems.add("schema definition " + name + " has no counterpart in SpecReader");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMappingRejectsUnknownKeys() throws IOException {
        JsonNode defs = load().get("$defs");
        List<String> open = new ArrayList<>();
        defs.fields().forEachRemaining(e -> {
            if (!e.getValue().path("additionalProperties").isBoolean()
                    || e.getValue().path("additionalProperties").asBoolean()) {
                open.add(e.getKey());
            }
        });
        assertThat(open).isEmpty();
    }

    private static void compare(String name, JsonNode definition, Set<String> parserKeys, List<String> problems) {
        if (definition == null) {
            problems.add("schema lacks definition " + name);
            return;
        }
        Set<String> schemaKeys = new TreeSet<>();
        definition.get("properties").fieldNames().forEachRemaining(schemaKeys::add);
        if (!schemaKeys.equals(new TreeSet<>(parserKeys))) {
            problems.add(name + ": schema has " + schemaKeys + ", parser has " + new TreeSet<>(parserKeys));
        }
    }

    private static JsonNode load() throws IOException {
        try (InputStream in = SpecSchemaTest.class.getResourceAsStream("/dev/sagelint/spec/sagelint-v1.schema.json")) {
            assertThat(in).as("schema resource").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
