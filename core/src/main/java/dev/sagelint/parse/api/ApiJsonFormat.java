package dev.sagelint.parse.api;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InputProblem;
import dev.sagelint.parse.FileTypes;
import dev.sagelint.parse.InputFormat;
import dev.sagelint.parse.Sniff;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.json.LocatedJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * AWS API request bodies (CreateEndpointConfig, RegisterScalableTarget, PutScalingPolicy, ...) and AWS
 * CLI describe outputs, recognised by their shape. A file may hold one body, or a JSON array of bodies.
 * All such files of one folder are one deployment, so {@code aws ... > live/*.json} is checked as a
 * whole, cross-resource rules included.
 */
public final class ApiJsonFormat implements InputFormat {

    private static final FileTypes FILES = new FileTypes(List.of(".json"), FileTypes.Grouping.FOLDER,
            "AWS API request bodies and AWS CLI describe outputs (JSON), recognised by their member names");
    /** Member names API bodies and describe outputs have and other JSON rarely does. */
    private static final String[] MARKERS = {"ProductionVariants", "EndpointConfigName", "ScalableDimension",
        "ScalableTargets", "ScalingPolicies", "ScheduledActions", "VpcEndpoints", "VpcEndpointId", "TrainingJobName",
        "TransformJobName", "InferenceComponentName", "ModelName", "MetricAlarms", "ServiceName", "Vpcs", "Subnets",
        "NatGateways", "RouteTables"};

    @Override
    public String name() {
        return "aws-api";
    }

    @Override
    public FileTypes files() {
        return FILES;
    }

    /** The head names API members, and is neither a CloudFormation template nor a Terraform plan. */
    @Override
    public boolean accepts(SourceFile file) {
        String text = file.text();
        return FILES.matches(file.fileName()) && Sniff.anyJsonMember(text, MARKERS)
                && !Sniff.jsonMember(text, "AWSTemplateFormatVersion") && !Sniff.keyValue(text, "\"Type\"", "AWS::")
                && !Sniff.jsonMember(text, "format_version");
    }

    /**
     * A file that names API members but does not parse is ours to report; one that parses must hold an API shape
     * (a body, or an array of them). This parses the file, so it runs with the deployment unit, inside its bound.
     */
    @Override
    public boolean confirms(SourceFile file, ParseContext context) {
        var result = LocatedJson.parse(file.path(), file.text(), context.limits());
        return result instanceof LocatedJson.Failed || !bodies(((LocatedJson.Parsed) result).doc()).isEmpty();
    }

    /** The API bodies of a file: the object itself, or the items of a top-level array. */
    static List<Doc.Obj> bodies(Doc root) {
        List<Doc.Obj> out = new ArrayList<>();
        if (root instanceof Doc.Obj o && Shape.of(o) != null) {
            out.add(o);
        } else if (root instanceof Doc.Arr arr) {
            for (Doc item : arr.items()) {
                if (item instanceof Doc.Obj o && Shape.of(o) != null) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    @Override
    public List<Deployment> parse(List<SourceFile> files, ParseContext context) {
        Map<String, List<SourceFile>> byFolder = new TreeMap<>();
        files.forEach(f -> byFolder.computeIfAbsent(f.folder(), k -> new ArrayList<>()).add(f));
        List<Deployment> out = new ArrayList<>();
        byFolder.forEach((folder, group) -> {
            List<Fact> facts = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            ApiReader reader = new ApiReader(problems);
            for (SourceFile f : group.stream().sorted(java.util.Comparator.comparing(SourceFile::path)).toList()) {
                var result = LocatedJson.parse(f.path(), f.text(), context.limits());
                if (result instanceof LocatedJson.Failed failed) {
                    problems.add(InputProblem.fatalAt(failed.location(), failed.message()));
                    continue;
                }
                LocatedJson.Parsed parsed = (LocatedJson.Parsed) result;
                problems.addAll(parsed.problems());
                Doc root = parsed.doc();
                if (root instanceof Doc.Arr arr) {
                    for (Doc item : arr.items()) {
                        if (!(item instanceof Doc.Obj o) || Shape.of(o) == null) {
                            problems.add(InputProblem.at(item.at(), "this item is not an AWS API body sagelint"
                                    + " knows (CreateEndpointConfig, RegisterScalableTarget, PutScalingPolicy, ...);"
                                    + " remove it or check its member names"));
                        }
                    }
                }
                bodies(root).forEach(reader::read);
            }
            facts.addAll(reader.facts());
            facts.addAll(problems);
            out.add(new Deployment(folder.isEmpty() ? "." : folder, null, facts));
        });
        return out;
    }
}
