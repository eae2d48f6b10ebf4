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

    public List<Deployment> read(List<SourceFile> files) {
        Map<InputFormat, List<SourceFile>> byFormat = new LinkedHashMap<>();
        for (SourceFile file : files) {
            formatOf(file).ifPresent(f -> {
                if (file.text().length() <= context.limits().maxFileBytes()) {
                    byFormat.computeIfAbsent(f, k -> new ArrayList<>()).add(file);
                }
            });
        }
        List<Deployment> out = new ArrayList<>();
        byFormat.forEach((format, group) -> {
            for (Deployment d : format.parse(group, context)) {
                out.add(Linker.link(d, context));
            }
        });
        return out;
    }
}
