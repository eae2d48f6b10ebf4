package dev.sagelint.cli;

import dev.sagelint.config.ConfigResolver;
import dev.sagelint.config.Overrides;
import dev.sagelint.config.ResolvedConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code --config} and {@code --no-config}: which configuration file applies, for every command that reads one
 * ({@code lint}, {@code rules}, {@code explain}). The file is read and merged with the options by core's
 * {@link ConfigResolver}, exactly as the Maven plugin reads it.
 */
final class ConfigFileOptions {

    /** The settings as the command line spells them: {@code failOnSeverity} is {@code --fail-on-severity}. */
    static final Overrides.Names NAMES = setting -> switch (setting) {
        case "configFile" -> "--config";
        case "includes" -> "--include";
        case "excludes" -> "--exclude";
        case "parameterFiles" -> "--parameters";
        case "varFiles" -> "--var-file";
        default -> "--" + setting.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    };

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: .sagelint.yaml in the working folder or above).")
    Path config;

    @Option(names = "--no-config", description = "Ignore .sagelint.yaml files.")
    boolean noConfig;

    /** The overrides these options set, in the command line's words. */
    Overrides.Builder overrides() {
        return Overrides.builder().configFile(config).noConfig(noConfig).names(NAMES);
    }

    /** The configuration file (if any) with nothing but these two options over it. */
    ResolvedConfig resolve(Env env) {
        return ConfigResolver.resolve(overrides().build(), env.workingDir());
    }
}
