package dev.sagelint.parse.cfn;

import dev.sagelint.parse.Limits;
import dev.sagelint.parse.TextFiles;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.json.LocatedJson;

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
        return read(files, java.nio.file.Path::toString);
    }

    /**
     * Reads and merges parameter files in order, naming each in messages as {@code displayName} does (the path the
     * user typed rather than an absolute one).
     */
    public static Map<String, String> read(java.util.List<java.nio.file.Path> files,
            java.util.function.Function<java.nio.file.Path, String> displayName) {
        Map<String, String> all = new LinkedHashMap<>();
        for (java.nio.file.Path file : files) {
            String name = displayName.apply(file);
            try {
                all.putAll(parse(name, TextFiles.read(file, name, TextFiles.MAX_BYTES)));
            } catch (TextFiles.Unreadable e) {
                throw new InvalidParameterFile(e.getMessage());
            }
        }
        return all;
    }

    /** The parameter values in the text, in file order; {@code displayName} is used in messages. */
    public static Map<String, String> parse(String displayName, String text) {
        var result = LocatedJson.parse(displayName, text, Limits.DEFAULT);
        if (result instanceof LocatedJson.Failed failed) {
            String message = failed.message();
            throw new InvalidParameterFile(displayName + (message.startsWith("not valid JSON") ? " is " : ": ")
                    + message + " at line " + failed.location().line());
        }
        Doc root = ((LocatedJson.Parsed) result).doc();
        Map<String, String> out = new LinkedHashMap<>();
        if (root instanceof Doc.Arr items) {
            for (Doc item : items.items()) {
                Doc key = item instanceof Doc.Obj o ? o.get("ParameterKey") : null;
                Doc value = item instanceof Doc.Obj o ? o.get("ParameterValue") : null;
                if (scalar(key) == null) {
                    throw new InvalidParameterFile(displayName + ": every item needs \"ParameterKey\" and "
                            + "\"ParameterValue\", e.g. [{\"ParameterKey\": \"EnvType\","
                            + " \"ParameterValue\": \"prod\"}]");
                }
                if (scalar(value) != null) {
                    out.put(scalar(key), scalar(value));
                }
            }
            return out;
        }
        if (root instanceof Doc.Obj o && o.get("Parameters") instanceof Doc.Obj parameters) {
            parameters.members().forEach((key, value) -> {
                if (scalar(value) != null) {
                    out.put(key, scalar(value));
                }
            });
            return out;
        }
        throw new InvalidParameterFile(displayName + " is not a CloudFormation parameter file; expected "
                + "[{\"ParameterKey\": ..., \"ParameterValue\": ...}] or {\"Parameters\": {\"Key\": \"Value\"}}");
    }

    /** The text of a string, number or boolean as written; null for null, objects, arrays and absence. */
    private static String scalar(Doc node) {
        return node instanceof Doc.Scalar s && !s.isNull() ? s.text() : null;
    }
}
