package dev.sagelint.parse.terraform;

import dev.sagelint.parse.Limits;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.parse.TextFiles;

import java.nio.file.Path;

/**
 * Variable files named on the command line ({@code sagelint lint --var-file prod.tfvars}, the Maven
 * {@code varFiles} setting), as {@code terraform plan -var-file} reads them: HCL, or JSON when the name ends in
 * {@code .json}. They are applied after the files Terraform loads by itself ({@code terraform.tfvars},
 * {@code terraform.tfvars.json}, {@code *.auto.tfvars}, {@code *.auto.tfvars.json}), in the order given.
 */
public final class VarFiles {

    private VarFiles() {
    }

    /** Thrown with a one-line message that names the file and the place of the problem. */
    public static final class InvalidVarFile extends IllegalArgumentException {
        public InvalidVarFile(String message) {
            super(message);
        }
    }

    /**
     * Reads a variable file and checks its syntax.
     *
     * @param displayName the name used in reports, as the folder walk names the same file (relative, with '/')
     */
    public static SourceFile read(String displayName, Path file) {
        String text;
        try {
            text = TextFiles.read(file, displayName, TextFiles.MAX_BYTES);
        } catch (TextFiles.Unreadable e) {
            throw new InvalidVarFile(e.getMessage());
        }
        SourceFile source = new SourceFile(displayName, text);
        java.util.List<dev.sagelint.model.InputProblem> problems = new java.util.ArrayList<>();
        TerraformFormat.read(source, Limits.DEFAULT, problems);
        problems.stream().filter(dev.sagelint.model.InputProblem::fatal).findFirst().ifPresent(p -> {
            throw new InvalidVarFile(p.location() + ": " + p.message());
        });
        return source;
    }
}
