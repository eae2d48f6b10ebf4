package dev.sagelint.config;

import dev.sagelint.parse.Limits;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.parse.TextFiles;
import dev.sagelint.parse.cfn.ParameterFiles;
import dev.sagelint.parse.terraform.VarFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where a front end's {@link Overrides} meet the configuration file: finds the file (as
 * {@link ConfigLocator} does, or the one named), reads it once, and merges the overrides over it by the rule
 * {@link Overrides} states. The CLI and the Maven plugin both resolve their settings here, so they cannot disagree.
 */
public final class ConfigResolver {

    private ConfigResolver() {
    }

    /**
     * @param workingDir where the search for {@code .sagelint.yaml} starts and what messages name files relative to
     *                   (the CLI's working folder, the module's folder)
     * @throws ConfigException for a named file that is missing or not a file, a bad file, or a bad override value,
     *                         each naming the setting as the front end spells it
     */
    public static ResolvedConfig resolve(Overrides o, Path workingDir) {
        Optional<Path> file = locate(o, workingDir);
        ConfigFile read = file.map(f -> ConfigLoader.read(f, display(workingDir, f))).orElse(ConfigFile.none());
        LintConfig merged = merge(read.config(), o);
        return new ResolvedConfig(file, read, merged, o, parameters(o, workingDir), varFiles(o, workingDir));
    }

    /** The parameter files' values merged in order, each file named in messages as {@link #shown} names it. */
    private static Map<String, String> parameters(Overrides o, Path workingDir) {
        try {
            return ParameterFiles.read(o.parameterFiles().stream().map(p -> workingDir.resolve(p).normalize())
                    .toList(), f -> shown(workingDir, f));
        } catch (ParameterFiles.InvalidParameterFile e) {
            throw new ConfigException(o.names().of("parameterFiles") + ": " + e.getMessage());
        }
    }

    /** The variable files, named as the folder walk names the same files, so a named one is recognised as named. */
    private static List<SourceFile> varFiles(Overrides o, Path workingDir) {
        List<SourceFile> out = new ArrayList<>();
        for (Path p : o.varFiles()) {
            Path file = workingDir.resolve(p).normalize();
            try {
                out.add(VarFiles.read(display(workingDir, file), file));
            } catch (VarFiles.InvalidVarFile e) {
                throw new ConfigException(o.names().of("varFiles") + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** The file in use: the named one, else the nearest {@code .sagelint.yaml}, none with {@code noConfig}. */
    static Optional<Path> locate(Overrides o, Path workingDir) {
        if (o.configFile().isPresent()) {
            Path file = workingDir.resolve(o.configFile().get()).normalize();
            String name = o.names().of("configFile");
            String shown = shown(workingDir, file);
            if (!Files.exists(file)) {
                throw new ConfigException(name + " " + shown + ": no such file; point it at a "
                        + ConfigLocator.FILE_NAME + " or leave it out to use the nearest one");
            }
            String kind = TextFiles.nonRegularKind(file);
            if (kind != null) {
                throw new ConfigException(name + ": " + TextFiles.notRegular(shown, kind));
            }
            return Optional.of(file);
        }
        return o.noConfig() ? Optional.empty() : ConfigLocator.find(workingDir);
    }

    /** The overrides over the file's settings, all but the rule switches (which need the loaded rules). */
    static LintConfig merge(LintConfig file, Overrides o) {
        LintConfig cfg = file;
        if (o.failOnSeverity().isPresent()) {
            try {
                cfg = cfg.withFailOnSeverity(ConfigLoader.parseThreshold(o.failOnSeverity().get()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(o.names().of("failOnSeverity") + ": " + e.getMessage());
            }
        }
        cfg = cfg.withIncludes(o.includes().orElse(cfg.includes()));
        List<String> excludes = new ArrayList<>(o.excludes().orElse(cfg.excludes()));
        excludes.addAll(o.moreExcludes());
        cfg = cfg.withExcludes(excludes);
        cfg = cfg.withRespectGitignore(o.respectGitignore().orElse(cfg.respectGitignore()));
        cfg = cfg.withForceExclude(o.forceExclude().orElse(cfg.forceExclude()));
        if (o.baseline().isPresent()) {
            cfg = cfg.withBaseline(o.baseline().get().toString());
        }
        if (o.noBaseline()) {
            cfg = cfg.withBaseline(null);
        }
        return cfg.withLimits(bounds(cfg.limits(), o));
    }

    /** The rule pack bounds the overrides set over the file's {@code limits:}. */
    private static Limits bounds(Limits file, Overrides o) {
        long timeout = positive(o, "ruleTimeoutMillis", o.ruleTimeoutMillis(), file.ruleTimeoutMillis());
        long firings = positive(o, "maxRuleFirings", o.maxRuleFirings(), file.maxRuleFirings());
        long packLoad = positive(o, "packLoadTimeoutMillis", o.packLoadTimeoutMillis(), file.packLoadTimeoutMillis());
        if (firings > Integer.MAX_VALUE) {
            throw new ConfigException(o.names().of("maxRuleFirings") + " must be at most " + Integer.MAX_VALUE
                    + ", not " + firings);
        }
        return new Limits(file.maxFileBytes(), file.maxNestingDepth(), file.maxAliases(), file.parseTimeoutMillis(),
                timeout, (int) firings, packLoad);
    }

    private static long positive(Overrides o, String setting, Optional<Long> value, long file) {
        if (value.isEmpty()) {
            return file;
        }
        if (value.get() <= 0) {
            throw new ConfigException(o.names().of(setting) + " must be a positive whole number, not " + value.get());
        }
        return value.get();
    }

    /** A named file in a message: as typed when under the working folder, else the whole path (not ../../dev/zero). */
    private static String shown(Path workingDir, Path file) {
        return file.startsWith(workingDir.toAbsolutePath().normalize()) ? display(workingDir, file) : file.toString();
    }

    /** A file as reports name it: relative to the working folder (../ above it), with '/' separators. */
    static String display(Path workingDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel;
        try {
            rel = workingDir.toAbsolutePath().normalize().relativize(abs);
        } catch (IllegalArgumentException e) {
            rel = abs;
        }
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? abs.getFileName().toString() : s;
    }
}
