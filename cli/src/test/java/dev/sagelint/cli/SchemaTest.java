package dev.sagelint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The SARIF output against the official SARIF 2.1.0 schema, and the JSON report against its own schema. */
class SchemaTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws Exception {
        String shared = System.getProperty("sagelint.shared");
        assumeTrue(shared != null, "sagelint.shared is not set");
        Path schemaFile = Path.of(shared, "reference/sarif/sarif-schema-2.1.0.json");
        assumeTrue(Files.isRegularFile(schemaFile), "no SARIF schema at " + schemaFile);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(JSON.readTree(schemaFile.toFile()));

        Cli.Run run = Cli.run(Cli.mixed(tmp), "lint", "--format", "sarif");
        JsonNode sarif = JSON.readTree(run.out());
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertThat(errors).isEmpty();
        assertThat(sarif.at("/runs/0/results").size()).isEqualTo(3);

        // the validator does reject a broken document (the test can fail)
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
        assertThat(schema.validate(sarif)).isNotEmpty();
    }

    @Test
    void theBundledExamplesGiveValidSarif() throws Exception {
        String shared = System.getProperty("sagelint.shared");
        assumeTrue(shared != null, "sagelint.shared is not set");
        Path schemaFile = Path.of(shared, "reference/sarif/sarif-schema-2.1.0.json");
        assumeTrue(Files.isRegularFile(schemaFile), "no SARIF schema at " + schemaFile);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(JSON.readTree(schemaFile.toFile()));

        Cli.Run run = Cli.run(Path.of("..").toAbsolutePath().normalize(), "lint", "examples/", "--format", "sarif");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        JsonNode sarif = JSON.readTree(run.out());
        assertThat(schema.validate(sarif)).isEmpty();
        JsonNode first201 = null;
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (result.path("ruleId").asText().equals("SL201")) {
                first201 = result;
                break;
            }
        }
        assertThat(first201).isNotNull();
        assertThat(first201.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("examples/pitfalls/capacity.yaml");
        assertThat(first201.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(11);
    }

    @Test
    void jsonReportIsValidAgainstItsPublishedSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/dev/sagelint/report/sagelint-report-v1.schema.json")) {
            assertThat(in).isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
        }
        JsonNode report = JSON.readTree(Cli.run(Cli.mixed(tmp), "lint", "--format", "json").out());
        assertThat(schema.validate(report)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.at("/findings/0")).remove("fingerprint");
        assertThat(schema.validate(report)).isNotEmpty();
    }
}
