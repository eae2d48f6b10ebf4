package dev.sagelint.parse;

import dev.sagelint.model.Deployment;

import java.util.List;

/**
 * One kind of input (the native spec, CloudFormation, Terraform, API JSON). A format declares the files it reads
 * and how they group ({@link #files()}), recognises its files by a cheap look at their head ({@link #accepts}), and
 * maps a group of them to the model ({@link #parse}). It never throws on bad input: problems become
 * {@link dev.sagelint.model.InputProblem} facts.
 */
public interface InputFormat {

    /** Short name used in messages and reports: {@code native}, {@code cloudformation}, ... */
    String name();

    /**
     * The file names this format reads and how they group: the one declaration folder discovery, the CLI help
     * and the docs derive from. A format that declares no extension is read only from files named explicitly.
     */
    default FileTypes files() {
        return new FileTypes(List.of(), FileTypes.Grouping.FILE, name());
    }

    /**
     * True when the file is this format, judged by its name and a bounded look at its head: at most the first
     * {@link Sniff#PREFIX_CHARS} characters, with {@link Sniff}'s {@code indexOf} checks, never a regular expression
     * over the whole file and never a parse. Detection is thus cheap and bounded whatever the file holds.
     */
    boolean accepts(SourceFile file);

    /**
     * The full check for a file {@link #accepts} took by its head, for formats whose head cannot tell (a JSON file
     * that names API members but holds no API body). It may parse the file, so it runs with the file's deployment
     * unit, inside the unit's time bound; a file it declines is not an input and is not reported.
     */
    default boolean confirms(SourceFile file, ParseContext context) {
        return true;
    }

    /**
     * True when one configuration can span folders (Terraform local modules: {@code source = "../modules/x"}),
     * so the linter hands this format all its files in one {@link #parse} call instead of one call per folder.
     */
    default boolean spansFolders() {
        return files().grouping() == FileTypes.Grouping.CONFIGURATION;
    }

    /** Parses the accepted files into deployments; one file may be one deployment, or a folder may. */
    List<Deployment> parse(List<SourceFile> files, ParseContext context);
}
