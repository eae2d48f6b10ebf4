package dev.sagelint.parse.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads CloudFormation parameter values, for {@code --parameters FILE} and the Maven {@code parameters}
 * setting. Two shapes are accepted: the CLI's {@code [{"ParameterKey": "K", "ParameterValue": "V"}]}
 * and CodePipeline's template configuration {@code {"Parameters": {"K": "V"}}}.
 */
public final class ParameterFiles {

    private ParameterFiles() {
    }

    /** Thrown with a message that names the file and says what shape is expected. */
    public static final class InvalidParameterFile extends IllegalArgumentException {
        public InvalidParameterFile(String message) {
            super(message);
        }
    }

    /** Reads and merges parameter files in order (a later file overrides an earlier one's values). */
    public static Map<String, String> read(java.util.List<java.nio.file.Path> files) {
        Map<String, String> all = new LinkedHashMap<>();
        for (java.nio.file.Path file : files) {
            try {
                all.putAll(parse(file.toString(), java.nio.file.Files.readString(file)));
            } catch (IOException e) {
                throw new InvalidParameterFile(file + " cannot be read: " + e.getMessage());
            }
        }
        return all;
    }

    /** The parameter values in the text, in file order; {@code displayName} is used in messages. */
    public static Map<String, String> parse(String displayName, String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidParameterFile(displayName + " is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new InvalidParameterFile(displayName + " cannot be read: " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (root != null && root.isArray()) {
            for (JsonNode item : root) {
                JsonNode key = item.get("ParameterKey");
                JsonNode value = item.get("ParameterValue");
                if (key == null || !key.isValueNode()) {
                    throw new InvalidParameterFile(displayName + ": every item needs \"ParameterKey\" and "
                            + "\"ParameterValue\", e.g. [{\"ParameterKey\": \"EnvType\","
                            + " \"ParameterValue\": \"prod\"}]");
                }
                if (value != null && value.isValueNode() && !value.isNull()) {
                    out.put(key.asText(), value.asText());
                }
            }
            return out;
        }
        if (root != null && root.isObject() && root.get("Parameters") != null && root.get("Parameters").isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = root.get("Parameters").fields();
            while (fields.hasNext()) {
                var e = fields.next();
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            }
            return out;
        }
        throw new InvalidParameterFile(displayName + " is not a CloudFormation parameter file; expected "
                + "[{\"ParameterKey\": ..., \"ParameterValue\": ...}] or {\"Parameters\": {\"Key\": \"Value\"}}");
    }
}
