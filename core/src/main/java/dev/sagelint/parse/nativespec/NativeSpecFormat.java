package dev.sagelint.parse.nativespec;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.FileTypes;
import dev.sagelint.parse.PerFileFormat;
import dev.sagelint.parse.Sniff;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.parse.yaml.YamlDocuments;

import java.util.ArrayList;
import java.util.List;

/**
 * sagelint's own YAML spec ({@code apiVersion: sagelint/v1}), for teams that keep endpoint settings
 * outside infrastructure code. Its JSON Schema ships as {@code dev/sagelint/spec/sagelint-v1.schema.json}.
 */
public final class NativeSpecFormat implements PerFileFormat {

    public static final String API_VERSION = "sagelint/v1";
    /** What every spec's {@code apiVersion} starts with. */
    public static final String API_GROUP = "sagelint/";
    private static final FileTypes FILES = new FileTypes(List.of(".yaml", ".yml"), FileTypes.Grouping.FILE,
            "sagelint specs: YAML whose top-level apiVersion is " + API_VERSION);

    @Override
    public String name() {
        return "native";
    }

    @Override
    public FileTypes files() {
        return FILES;
    }

    @Override
    public boolean accepts(SourceFile file) {
        return FILES.matches(file.fileName()) && Sniff.topLevelValue(file.text(), "apiVersion", API_GROUP);
    }

    @Override
    public Deployment parse(SourceFile file, ParseContext context) {
        var result = YamlDocuments.compose(file.path(), file.text(), context.limits());
        if (result instanceof YamlDocuments.Failed failed) {
            return new Deployment(file.path(), null, List.of(InputProblem.fatalAt(failed.location(),
                    failed.message())));
        }
        var parsed = (YamlDocuments.Parsed) result;
        int documents = parsed.documents().size();
        if (documents == 0) {
            return new Deployment(file.path(), null, List.of(InputProblem.fatalAt(new Location(file.path(), 1, 1),
                    "the file is empty; a sagelint spec starts with 'apiVersion: " + API_VERSION + "'")));
        }
        List<Fact> facts = new ArrayList<>();
        if (documents > 1) {
            facts.add(InputProblem.at(parsed.start(file.path(), 1),
                    "a sagelint spec holds one YAML document; this second one is ignored (split it into its own file)"));
        }
        List<InputProblem> adapting = new ArrayList<>();
        var root = dev.sagelint.parse.yaml.YamlDoc.document(file.path(), parsed, 0, adapting,
                tag -> "YAML tag '" + tag + "' is not allowed in a sagelint spec; write the plain value");
        SpecReader reader = new SpecReader(root, adapting);
        facts.addAll(reader.read());
        return new Deployment(file.path(), reader.environment(), facts);
    }
}
