package dev.sagelint.cli;

import dev.sagelint.config.ConfigException;
import dev.sagelint.config.ConfigLoader;
import dev.sagelint.engine.Linter;
import dev.sagelint.engine.ProjectLinter;
import dev.sagelint.engine.RuleJars;
import dev.sagelint.engine.RuleLimits;
import dev.sagelint.engine.RulePackException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code --rules-jar}: third-party rule packs, loaded with the built-in ones. */
final class RulePacks {

    @Option(names = "--rules-jar", paramLabel = "JAR",
            description = "Adds the rule packs in this jar (a dev.sagelint.spi.RulePack service). Repeatable.")
    List<Path> jars = new ArrayList<>();

    /** Loads the built-in packs and those of every --rules-jar. */
    Linter.Builder builder(Env env) {
        return builder(env, RuleLimits.DEFAULT, Optional.empty());
    }

    /**
     * Loads the built-in packs, those of every --rules-jar and those the configuration file names ({@code rulePacks}),
     * within the given bounds (a pack class that never loads is a usage error after their time). Every jar is checked
     * before any is put on the class path.
     */
    Linter.Builder builder(Env env, RuleLimits limits, Optional<Path> configFile) {
        ClassLoader own = RulePacks.class.getClassLoader();
        Linter.Builder builder = Linter.builder().ruleLimits(limits).discoverRulePacks(own);
        List<Path> checked = new ArrayList<>();
        for (Path jar : jars) {
            Path abs = env.resolve(jar);
            try {
                RuleJars.check(abs);
            } catch (RulePackException e) {
                throw new UsageException("--rules-jar " + jar + ": " + e.getMessage());
            }
            checked.add(abs);
        }
        if (configFile.isPresent()) {
            Path file = configFile.get();
            for (ConfigLoader.RulePackJar jar
                    : ConfigLoader.rulePacks(file, ProjectLinter.display(env.workingDir(), file))) {
                try {
                    RuleJars.check(jar.jar());
                } catch (RulePackException e) {
                    throw new ConfigException(jar.at(), "rulePacks: " + jar.name() + ": " + e.getMessage());
                }
                if (!checked.contains(jar.jar())) {
                    checked.add(jar.jar());
                }
            }
        }
        if (!checked.isEmpty()) {
            try {
                builder.discoverRulePacks(RuleJars.classLoader(checked, own));
            } catch (java.util.ServiceConfigurationError | LinkageError e) {
                throw new UsageException((jars.isEmpty() ? "rulePacks " + checked : "--rules-jar " + jars)
                        + ": cannot load a rule pack: " + e.getMessage()
                        + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            }
        }
        return builder;
    }
}
