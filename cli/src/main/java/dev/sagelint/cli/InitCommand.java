package dev.sagelint.cli;

import dev.sagelint.config.ConfigLocator;
import dev.sagelint.config.ConfigTemplate;
import dev.sagelint.report.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes a commented .sagelint.yaml with every setting at its default.")
final class InitCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: ./.sagelint.yaml).")
    Path output = Path.of(ConfigLocator.FILE_NAME);

    InitCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Path target = env.resolve(output);
        if (Files.exists(target) && !force) {
            throw new UsageException(output + " already exists; use --force to overwrite it");
        }
        AtomicFiles.write(target, ConfigTemplate.TEXT);
        spec.commandLine().getOut().println("Wrote " + output + " (every setting at its default; edit it to taste).");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
