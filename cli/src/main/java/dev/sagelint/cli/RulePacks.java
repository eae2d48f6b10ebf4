package dev.sagelint.cli;

import dev.sagelint.config.ConfigException;
import dev.sagelint.config.ConfigLoader;
import dev.sagelint.config.MavenCoordinates;
import dev.sagelint.config.ResolvedConfig;
import dev.sagelint.engine.Linter;
import dev.sagelint.engine.RuleJars;
import dev.sagelint.engine.RuleLimits;
import dev.sagelint.engine.RulePackException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --rules-jar}: third-party rule packs, loaded with the built-in ones. */
final class RulePacks {

    @Option(names = "--rules-jar", paramLabel = "JAR",
            description = "Adds the rule packs in this jar (a dev.sagelint.spi.RulePack service). Repeatable.")
    List<Path> jars = new ArrayList<>();

    @Option(names = "--maven-repo-local", paramLabel = "DIR",
            description = "The local Maven repository that rulePacks coordinates"
                    + " (groupId:artifactId[:jar:classifier]:version) in .sagelint.yaml are found in"
                    + " (default: <localRepository> of ~/.m2/settings.xml, else ~/.m2/repository),"
                    + " as Maven's -Dmaven.repo.local."
                    + " The command line never downloads: a pack not there is a usage error.")
    Path mavenRepoLocal;

    /**
     * Loads the built-in packs, those of every --rules-jar and those the configuration file names ({@code rulePacks}),
     * within the configuration's bounds (a pack class that never loads is a usage error after their time). Every jar
     * is checked before any is put on the class path.
     */
    Linter.Builder builder(Env env, ResolvedConfig config) {
        ClassLoader own = RulePacks.class.getClassLoader();
        Linter.Builder builder = Linter.builder().ruleLimits(RuleLimits.of(config.limits())).discoverRulePacks(own);
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
        for (ConfigLoader.RulePackJar jar : config.rulePackJars(c -> local(env, c))) {
            try {
                RuleJars.check(jar.jar());
            } catch (RulePackException e) {
                throw new ConfigException(jar.at(), "rulePacks: " + jar.name() + ": " + e.getMessage());
            }
            if (!checked.contains(jar.jar())) {
                checked.add(jar.jar());
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

    /**
     * A coordinate's jar in the local repository, laid out as Maven lays it out. The command line has no resolver
     * and no network, so a jar that is not there is refused with the two ways to fix it.
     */
    private Path local(Env env, MavenCoordinates c) {
        LocalRepository repo = LocalRepository.find(env, mavenRepoLocal);
        Path jar = c.in(repo.path());
        if (!java.nio.file.Files.isRegularFile(jar)) {
            throw new MavenCoordinates.Unresolved("not in the local Maven repository " + repo.path() + " ("
                    + repo.origin() + "; the command line does not download): fetch it with 'mvn dependency:get"
                    + " -Dartifact=" + c.forDependencyGet() + "', point --maven-repo-local at the repository that has it, or name the"
                    + " jar's path instead");
        }
        return jar;
    }
}
