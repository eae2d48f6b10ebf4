package dev.sagelint.parse;

import java.util.List;
import java.util.Locale;

/**
 * The files an {@link InputFormat} reads and how they group into deployments, declared once by the format.
 * Folder discovery, {@code sagelint lint --help} and {@code docs/inputs/README.md} are derived from it, so
 * there is no second list of extensions anywhere.
 *
 * @param extensions file name endings, lower case, with the dot ({@code .tf}, {@code .tfvars}, {@code .tf.json});
 *                   a folder walk reads every file that ends with one of them, and the format then decides by content
 * @param grouping   how the accepted files form deployments
 * @param summary    one line for the docs and the help: which files, recognised how
 */
public record FileTypes(List<String> extensions, Grouping grouping, String summary) {

    public FileTypes {
        extensions = List.copyOf(extensions);
        for (String e : extensions) {
            if (!e.startsWith(".") || !e.equals(e.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("an extension is lower case and starts with a dot: " + e);
            }
        }
    }

    /** How a format's files form deployment units, which are read, linked and checked independently. */
    public enum Grouping {
        /** Every file is a deployment of its own (a sagelint spec, a CloudFormation template). */
        FILE("each file is one deployment"),
        /** The files of one folder are one deployment (AWS API bodies exported side by side). */
        FOLDER("the files of one folder are one deployment"),
        /**
         * The files of a folder are one configuration, and a configuration may call local modules in other
         * folders (Terraform), so all of the format's files are read as one unit.
         */
        CONFIGURATION("the files of one folder are one configuration; local modules in other folders are followed");

        private final String description;

        Grouping(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** True when the file name ends with one of the extensions (case-insensitive). */
    public boolean matches(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith);
    }

    /** The extensions as globs, for help text: {@code *.tf, *.tfvars}. */
    public String globs() {
        return String.join(", ", extensions.stream().map(e -> "*" + e).toList());
    }
}
