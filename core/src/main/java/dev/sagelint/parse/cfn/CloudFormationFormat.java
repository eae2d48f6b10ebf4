package dev.sagelint.parse.cfn;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.FileTypes;
import dev.sagelint.parse.PerFileFormat;
import dev.sagelint.parse.Sniff;
import dev.sagelint.parse.nativespec.NativeSpecFormat;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;

import java.util.ArrayList;
import java.util.List;

/**
 * CloudFormation templates in YAML or JSON, hand-written, SAM or synthesised by the CDK. Recognised
 * by content ({@code AWSTemplateFormatVersion}, or {@code Resources} with {@code Type: AWS::...}),
 * one deployment per template. Templates without SageMaker or Application Auto Scaling resources
 * are not even parsed.
 */
public final class CloudFormationFormat implements PerFileFormat {

    private static final FileTypes FILES = new FileTypes(List.of(".yaml", ".yml", ".json", ".template", ".cfn"),
            FileTypes.Grouping.FILE, "CloudFormation templates (YAML or JSON, SAM, CDK output): a file with"
            + " AWSTemplateFormatVersion, or with Resources of Type AWS::..., near its top");

    @Override
    public String name() {
        return "cloudformation";
    }

    @Override
    public FileTypes files() {
        return FILES;
    }

    @Override
    public boolean accepts(SourceFile file) {
        if (!FILES.matches(file.fileName())) {
            return false;
        }
        String text = file.text();
        if (Sniff.topLevelValue(text, "apiVersion", NativeSpecFormat.API_GROUP)) {
            return false;
        }
        return Sniff.key(text, "AWSTemplateFormatVersion")
                || Sniff.key(text, "Resources") && Sniff.keyValue(text, "Type", "AWS::");
    }

    @Override
    public Deployment parse(SourceFile file, ParseContext context) {
        String text = file.text();
        if (!text.contains("AWS::SageMaker::") && !text.contains("AWS::ApplicationAutoScaling::")) {
            return new Deployment(file.path(), null, List.of());
        }
        return read(file, context);
    }

    /** Reads the whole template, whatever resources it holds (tests use it on non-SageMaker templates too). */
    Deployment read(SourceFile file, ParseContext context) {
        String text = file.text();
        List<InputProblem> problems = new ArrayList<>();
        if (text.length() > context.limits().maxFileBytes()) {
            return new Deployment(file.path(), null, List.of(InputProblem.fatalAt(Location.ofFile(file.path()),
                    "the template is larger than the limit of " + context.limits().maxFileBytes()
                            + " bytes; raise maxFileBytes only for a file you trust")));
        }
        CfnNode root = looksLikeJson(file) ? JsonTree.read(file.path(), text, context.limits(), problems)
                : YamlTree.read(file.path(), file.text(), context.limits(), problems);
        List<Fact> facts = new ArrayList<>();
        String environment = null;
        if (isServerless(root)) {
            // serverless.yml: resources.Resources (with its Conditions and Outputs) is a CloudFormation fragment
            CfnNode.Obj obj = (CfnNode.Obj) root;
            if (!(obj.get("resources") instanceof CfnNode.Obj resources) || resources.get("Resources") == null) {
                facts.addAll(problems);
                return new Deployment(file.path(), null, facts); // its resources are elsewhere: not a template
            }
            root = resources;
        }
        if (root instanceof CfnNode.Obj obj) {
            TemplateReader reader = new TemplateReader(file.path(), obj, context.parameters(), problems);
            facts.addAll(reader.read());
            environment = reader.environment();
        } else if (root != null) {
            problems.add(InputProblem.fatalAt(root.location(), "a CloudFormation template is a mapping with "
                    + "Resources at the top, not " + (root instanceof CfnNode.Seq ? "a list" : "a single value")));
        }
        facts.addAll(problems);
        return new Deployment(file.path(), environment, facts);
    }

    /**
     * A Serverless Framework service file: top-level {@code service} and {@code resources}, and neither
     * {@code Resources} nor {@code AWSTemplateFormatVersion} at the top.
     */
    private static boolean isServerless(CfnNode root) {
        return root instanceof CfnNode.Obj o && o.get("service") != null && o.get("resources") != null
                && o.get("Resources") == null && o.get("AWSTemplateFormatVersion") == null;
    }

    /** JSON gets Jackson (exact JSON errors); a YAML file written in flow style stays YAML. */
    private static boolean looksLikeJson(SourceFile file) {
        return !file.hasExtension(".yaml", ".yml") && file.text().stripLeading().startsWith("{");
    }
}
