package dev.sagelint.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a front end (CLI options, Maven parameters) may set over the configuration file; every field is optional.
 * {@link ConfigResolver} merges it with the file by one rule, documented in docs/cli.md ("Precedence"):
 * <ul>
 *   <li>a set value replaces the file's, an unset one keeps it, and the file's value replaces the default;</li>
 *   <li>a list replaces the file's list whole, an explicitly empty list included ({@code Optional.of(List.of())});</li>
 *   <li>{@code moreExcludes} are added after whichever excludes won (the Maven plugin's child-module folders);</li>
 *   <li>the rule switches apply over the file's {@code rules:} in this order: {@code disable} switches off,
 *       {@code enable} switches back on, {@code select} keeps only what it names, {@code ignore} switches off
 *       (and so wins);</li>
 *   <li>{@code noBaseline} (writing a baseline) wins over any baseline; {@code noConfig} reads no file, and
 *       {@code configFile} replaces the search for {@code .sagelint.yaml}.</li>
 * </ul>
 *
 * @param configFile        the configuration file to read instead of the one {@link ConfigLocator} finds
 * @param noConfig          read no configuration file
 * @param failOnSeverity    error, warning, info or none, as written
 * @param includes          replaces the file's {@code include}
 * @param excludes          replaces the file's {@code exclude}
 * @param moreExcludes      added to the excludes in force
 * @param respectGitignore  replaces the file's {@code respectGitignore}
 * @param forceExclude      replaces the file's {@code forceExclude}
 * @param baseline          replaces the file's {@code baseline} (absolute, or relative to the working folder)
 * @param noBaseline        no baseline, whatever the file or {@code baseline} say
 * @param disable           rule ids to switch off (any case)
 * @param enable            rule ids to switch on again (any case)
 * @param select            run only the rules these select (ids, prefixes, tags, severities)
 * @param ignore            never run the rules these select
 * @param ruleTimeoutMillis replaces {@code limits.ruleTimeoutMillis}
 * @param maxRuleFirings    replaces {@code limits.maxRuleFirings}
 * @param packLoadTimeoutMillis replaces {@code limits.packLoadTimeoutMillis}
 * @param parameterFiles    CloudFormation parameter files, later ones winning (relative to the working folder)
 * @param varFiles          Terraform variable files, later ones winning (relative to the working folder)
 * @param names             how the front end spells each setting in messages
 */
public record Overrides(Optional<Path> configFile, boolean noConfig, Optional<String> failOnSeverity,
                        Optional<List<String>> includes, Optional<List<String>> excludes, List<String> moreExcludes,
                        Optional<Boolean> respectGitignore, Optional<Boolean> forceExclude, Optional<Path> baseline,
                        boolean noBaseline, List<String> disable, List<String> enable, List<String> select,
                        List<String> ignore, Optional<Long> ruleTimeoutMillis, Optional<Long> maxRuleFirings,
                        Optional<Long> packLoadTimeoutMillis, List<Path> parameterFiles, List<Path> varFiles,
                        Names names) {

    /**
     * A setting's name as the user wrote it, for messages: {@code "--fail-on-severity"} on the command line,
     * {@code "failOnSeverity"} in a pom. The keys are the record's component names.
     */
    @FunctionalInterface
    public interface Names {
        String of(String setting);

        /** The Maven plugin's parameters are named as the record's components. */
        Names AS_IS = setting -> setting;
    }

    public Overrides {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(failOnSeverity, "failOnSeverity");
        includes = includes.map(List::copyOf);
        excludes = excludes.map(List::copyOf);
        moreExcludes = List.copyOf(moreExcludes);
        Objects.requireNonNull(respectGitignore, "respectGitignore");
        Objects.requireNonNull(forceExclude, "forceExclude");
        Objects.requireNonNull(baseline, "baseline");
        disable = List.copyOf(disable);
        enable = List.copyOf(enable);
        select = List.copyOf(select);
        ignore = List.copyOf(ignore);
        Objects.requireNonNull(ruleTimeoutMillis, "ruleTimeoutMillis");
        Objects.requireNonNull(maxRuleFirings, "maxRuleFirings");
        Objects.requireNonNull(packLoadTimeoutMillis, "packLoadTimeoutMillis");
        parameterFiles = List.copyOf(parameterFiles);
        varFiles = List.copyOf(varFiles);
        Objects.requireNonNull(names, "names");
    }

    /** Nothing overridden: the configuration file (found by {@link ConfigLocator}) as it is. */
    public static Overrides none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when a rule switch is set, so the loaded rules are needed to apply them. */
    public boolean switchesRules() {
        return !disable.isEmpty() || !enable.isEmpty() || !select.isEmpty() || !ignore.isEmpty();
    }

    /** Fills an {@link Overrides}; a null argument leaves the setting unset. */
    public static final class Builder {
        private Path configFile;
        private boolean noConfig;
        private String failOnSeverity;
        private List<String> includes;
        private List<String> excludes;
        private final List<String> moreExcludes = new ArrayList<>();
        private Boolean respectGitignore;
        private Boolean forceExclude;
        private Path baseline;
        private boolean noBaseline;
        private final List<String> disable = new ArrayList<>();
        private final List<String> enable = new ArrayList<>();
        private final List<String> select = new ArrayList<>();
        private final List<String> ignore = new ArrayList<>();
        private Long ruleTimeoutMillis;
        private Long maxRuleFirings;
        private Long packLoadTimeoutMillis;
        private final List<Path> parameterFiles = new ArrayList<>();
        private final List<Path> varFiles = new ArrayList<>();
        private Names names = Names.AS_IS;

        private Builder() {
        }

        public Builder configFile(Path file) {
            configFile = file;
            return this;
        }

        public Builder noConfig(boolean none) {
            noConfig = none;
            return this;
        }

        public Builder failOnSeverity(String threshold) {
            failOnSeverity = threshold;
            return this;
        }

        public Builder includes(List<String> globs) {
            includes = globs;
            return this;
        }

        public Builder excludes(List<String> globs) {
            excludes = globs;
            return this;
        }

        public Builder moreExcludes(List<String> globs) {
            moreExcludes.addAll(globs);
            return this;
        }

        public Builder respectGitignore(Boolean respect) {
            respectGitignore = respect;
            return this;
        }

        public Builder forceExclude(Boolean force) {
            forceExclude = force;
            return this;
        }

        public Builder baseline(Path file) {
            baseline = file;
            return this;
        }

        public Builder noBaseline(boolean none) {
            noBaseline = none;
            return this;
        }

        public Builder disable(List<String> ids) {
            disable.addAll(ids);
            return this;
        }

        public Builder enable(List<String> ids) {
            enable.addAll(ids);
            return this;
        }

        public Builder select(List<String> selectors) {
            select.addAll(selectors);
            return this;
        }

        public Builder ignore(List<String> selectors) {
            ignore.addAll(selectors);
            return this;
        }

        public Builder ruleTimeoutMillis(Long millis) {
            ruleTimeoutMillis = millis;
            return this;
        }

        public Builder maxRuleFirings(Long firings) {
            maxRuleFirings = firings;
            return this;
        }

        public Builder packLoadTimeoutMillis(Long millis) {
            packLoadTimeoutMillis = millis;
            return this;
        }

        public Builder parameterFiles(List<Path> files) {
            parameterFiles.addAll(files);
            return this;
        }

        public Builder varFiles(List<Path> files) {
            varFiles.addAll(files);
            return this;
        }

        public Builder names(Names spelling) {
            names = spelling;
            return this;
        }

        public Overrides build() {
            return new Overrides(Optional.ofNullable(configFile), noConfig, Optional.ofNullable(failOnSeverity),
                    Optional.ofNullable(includes), Optional.ofNullable(excludes), moreExcludes,
                    Optional.ofNullable(respectGitignore), Optional.ofNullable(forceExclude),
                    Optional.ofNullable(baseline), noBaseline, disable, enable, select, ignore,
                    Optional.ofNullable(ruleTimeoutMillis), Optional.ofNullable(maxRuleFirings),
                    Optional.ofNullable(packLoadTimeoutMillis), parameterFiles, varFiles, names);
        }
    }
}
