package dev.sagelint.parse;

import dev.sagelint.model.Deployment;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
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

    /** Files of one format in one folder: what a format may join into one deployment (a Terraform module). */
    public record Group(InputFormat format, List<SourceFile> files) {
    }

    /**
     * The accepted files within the size limit, grouped by format and folder in first-seen order (a format
     * whose configurations span folders, Terraform with its local modules, gets one group);
     * a format may join the files of one folder into one deployment, and only such a format those of several.
     */
    public List<Group> groups(List<SourceFile> files) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (SourceFile file : files) {
            formatOf(file).filter(f -> !tooLarge(file)).ifPresent(f -> groups
                    .computeIfAbsent(f.spansFolders() ? f.name() : f.name() + '\u0000' + file.folder(),
                            k -> new Group(f, new ArrayList<>()))
                    .files().add(file));
        }
        return List.copyOf(groups.values());
    }

    /** Parses and links one group. */
    public List<Deployment> parse(Group group) {
        return group.format().parse(group.files(), context).stream().map(d -> Linker.link(d, context)).toList();
    }

    /** One unread deployment, with an SL001 problem, for each accepted file over the size limit. */
    public List<Deployment> oversized(List<SourceFile> files) {
        return files.stream().filter(f -> formatOf(f).isPresent() && tooLarge(f))
                .map(f -> new Deployment(f.path(), null, List.of(InputProblem.fatalAt(new Location(f.path(), 1, 1),
                        "the file has " + f.text().length() + " characters, more than the limit of "
                                + context.limits().maxFileBytes() + "; sagelint did not read it (raise maxFileBytes"
                                + " in .sagelint.yaml if the file is trusted)"))))
                .toList();
    }

    /** Every deployment of the files, on the calling thread: oversized files first, then each group. */
    public List<Deployment> read(List<SourceFile> files) {
        List<Deployment> out = new ArrayList<>(oversized(files));
        for (Group group : groups(files)) {
            out.addAll(parse(group));
        }
        return out;
    }

    private boolean tooLarge(SourceFile file) {
        return file.text().length() > context.limits().maxFileBytes();
    }
}
