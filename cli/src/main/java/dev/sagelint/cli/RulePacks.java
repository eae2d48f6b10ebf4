package dev.sagelint.cli;

import dev.sagelint.engine.Linter;
import dev.sagelint.engine.RuleJars;
import dev.sagelint.engine.RulePackException;
import picocli.CommandLine.Option;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --rules-jar}: third-party rule packs, loaded with the built-in ones. */
final class RulePacks {

    @Option(names = "--rules-jar", paramLabel = "JAR",
            description = "Adds the rule packs in this jar (a dev.sagelint.spi.RulePack service). Repeatable.")
    List<Path> jars = new ArrayList<>();

    /** Loads the built-in packs and those of every --rules-jar. */
    Linter.Builder builder(Env env) {
        ClassLoader own = RulePacks.class.getClassLoader();
        Linter.Builder builder = Linter.builder().discoverRulePacks(own);
        if (!jars.isEmpty()) {
            List<URL> urls = new ArrayList<>();
            for (Path jar : jars) {
                Path abs = env.resolve(jar);
                try {
                    RuleJars.check(abs);
                    urls.add(abs.toUri().toURL());
                } catch (RulePackException | MalformedURLException e) {
                    throw new UsageException("--rules-jar " + jar + ": " + e.getMessage());
                }
            }
            // not closed: the packs' classes and resources are used until the process ends
            URLClassLoader plugins = new URLClassLoader("sagelint-plugins", urls.toArray(URL[]::new), own);
            try {
                builder.discoverRulePacks(plugins);
            } catch (java.util.ServiceConfigurationError e) {
                throw new UsageException("--rules-jar " + jars + ": cannot load a rule pack: " + e.getMessage());
            }
        }
        return builder;
    }
}
