package dev.sagelint.parse;

import dev.sagelint.model.Deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses and links files into deployments without running any rule: what the simulator and other
 * tools that read the model need. Files no format accepts are skipped; bad input becomes
 * {@link dev.sagelint.model.InputProblem} facts, as in a lint run.
 */
public final class DeploymentReader {

    private final List<InputFormat> formats;
    private final ParseContext context;

    public DeploymentReader(List<InputFormat> formats, ParseContext context) {
        this.formats = List.copyOf(formats);
        this.context = context;
    }

    /** Every registered format, default limits, no configured traffic. */
    public static DeploymentReader defaults() {
        return new DeploymentReader(Formats.all(), ParseContext.defaults());
    }

    public Optional<InputFormat> formatOf(SourceFile file) {
        return formats.stream().filter(f -> f.accepts(file)).findFirst();
    }

    /**
     * Groups files by format and folder, as the linter does (a format may join the files of one
     * folder, a Terraform module, into one deployment), and skips files over the size limit.
     */
    public List<Deployment> read(List<SourceFile> files) {
        Map<String, List<SourceFile>> groups = new LinkedHashMap<>();
        Map<String, InputFormat> formatOfGroup = new LinkedHashMap<>();
        for (SourceFile file : files) {
            formatOf(file).ifPresent(f -> {
                if (file.text().length() <= context.limits().maxFileBytes()) {
                    String group = f.name() + '\u0000' + file.folder();
                    groups.computeIfAbsent(group, k -> new ArrayList<>()).add(file);
                    formatOfGroup.put(group, f);
                }
            });
        }
        List<Deployment> out = new ArrayList<>();
        groups.forEach((group, members) -> {
            for (Deployment d : formatOfGroup.get(group).parse(members, context)) {
                out.add(Linker.link(d, context));
            }
        });
        return out;
    }
}
