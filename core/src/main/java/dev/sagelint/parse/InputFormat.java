package dev.sagelint.parse;

import dev.sagelint.model.Deployment;

import java.util.List;

/**
 * One kind of input (the native spec, CloudFormation, Terraform, API JSON). A format recognises its
 * files by content, groups them into deployments (a template, a Terraform folder) and maps them to
 * the model. It never throws on bad input: problems become {@link dev.sagelint.model.InputProblem} facts.
 */
public interface InputFormat {

    /** Short name used in messages and reports: {@code native}, {@code cloudformation}, ... */
    String name();

    /** True when the file is this format, judged by content (and extension where content cannot tell). */
    boolean accepts(SourceFile file);

    /**
     * True when one configuration can span folders (Terraform local modules: {@code source = "../modules/x"}),
     * so the linter hands this format all its files in one {@link #parse} call instead of one call per folder.
     */
    default boolean spansFolders() {
        return false;
    }

    /** Parses the accepted files into deployments; one file may be one deployment, or a folder may. */
    List<Deployment> parse(List<SourceFile> files, ParseContext context);
}
