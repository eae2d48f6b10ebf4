package dev.sagelint.engine;

import dev.sagelint.config.LintConfig;
import dev.sagelint.engine.internal.LoadedPack;
import dev.sagelint.engine.internal.PackLoader;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Fact;
import dev.sagelint.model.Finding;
import dev.sagelint.model.InputProblem;
import dev.sagelint.parse.Formats;
import dev.sagelint.parse.InputFormat;
import dev.sagelint.parse.Linker;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.spi.RulePack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The facade: source files in, sorted findings out. Immutable and thread-safe once built; build it
 * once per run (loading rule packs is the expensive part) and lint any number of inputs with it.
 */
public final class Linter {

    private final List<LoadedPack> packs;
    private final List<InputFormat> formats;
    private final LintConfig config;
    private final RuleCatalog catalog;
    private final Map<String, String> parameters;

    private Linter(List<LoadedPack> packs, List<InputFormat> formats, LintConfig config,
                   Map<String, String> parameters) {
        this.packs = List.copyOf(packs);
        this.formats = List.copyOf(formats);
        this.config = config;
        this.parameters = Map.copyOf(parameters);
        this.catalog = new RuleCatalog(packs.stream().flatMap(p -> p.rules().values().stream()).toList());
    }

    public static Builder builder() {
        return new Builder();
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public LintConfig config() {
        return config;
    }

    /** The format that reads this file, if any. */
    public java.util.Optional<InputFormat> formatOf(SourceFile file) {
        return formats.stream().filter(f -> f.accepts(file)).findFirst();
    }

    /** Lints on the calling thread. */
    public LintResult lint(List<SourceFile> files) {
        return lint(files, 1);
    }

    /** Lints with up to {@code jobs} threads; the result does not depend on their number. */
    public LintResult lint(List<SourceFile> files, int jobs) {
        List<Deployment> deployments = parse(files);
        List<Finding> raw = jobs <= 1 || deployments.size() <= 1
                ? runAll(deployments)
                : runParallel(deployments, jobs);
        List<Finding> findings = raw.stream()
                .filter(f -> config.enabled(f.ruleId()))
                .map(f -> f.withSeverity(config.severityOf(f.ruleId(), f.severity())))
                .distinct()
                .sorted()
                .toList();
        List<String> scanned = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (SourceFile file : files) {
            if (formatOf(file).isPresent()) {
                scanned.add(file.path());
            }
        }
        for (Deployment d : deployments) {
            for (Fact fact : d.facts()) {
                if (fact instanceof InputProblem p && p.fatal() && !unreadable.contains(p.source().file())) {
                    unreadable.add(p.source().file());
                }
            }
        }
        return new LintResult(findings, scanned, unreadable, 0);
    }

    private List<Deployment> parse(List<SourceFile> files) {
        ParseContext context = new ParseContext(config.limits(), config.traffic(), config.production(), parameters);
        Map<InputFormat, List<SourceFile>> byFormat = new LinkedHashMap<>();
        List<Deployment> deployments = new ArrayList<>();
        for (SourceFile file : files) {
            var format = formatOf(file);
            if (format.isEmpty()) {
                continue;
            }
            if (file.text().length() > config.limits().maxFileBytes()) {
                deployments.add(tooLarge(file));
            } else {
                byFormat.computeIfAbsent(format.get(), k -> new ArrayList<>()).add(file);
            }
        }
        byFormat.forEach((format, group) -> {
            for (Deployment d : format.parse(group, context)) {
                deployments.add(Linker.link(d, context));
            }
        });
        return deployments;
    }

    private Deployment tooLarge(SourceFile file) {
        return new Deployment(file.path(), null, List.of(InputProblem.fatalAt(
                new dev.sagelint.model.Location(file.path(), 1, 1),
                "the file has " + file.text().length() + " characters, more than the limit of "
                        + config.limits().maxFileBytes() + "; sagelint did not read it (raise maxFileBytes in"
                        + " .sagelint.yaml if the file is trusted)")));
    }

    private List<Finding> runAll(List<Deployment> deployments) {
        List<Finding> out = new ArrayList<>();
        for (Deployment d : deployments) {
            out.addAll(run(d));
        }
        return out;
    }

    private List<Finding> run(Deployment deployment) {
        List<Finding> out = new ArrayList<>();
        for (LoadedPack pack : packs) {
            out.addAll(pack.run(deployment));
        }
        return out;
    }

    private List<Finding> runParallel(List<Deployment> deployments, int jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, deployments.size()), r -> {
            Thread t = new Thread(r, "sagelint-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (Deployment d : deployments) {
                futures.add(pool.submit(() -> run(d)));
            }
            List<Finding> out = new ArrayList<>();
            for (Future<List<Finding>> f : futures) {
                out.addAll(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Collects rule packs, formats and configuration; {@link #build()} loads the packs. */
    public static final class Builder {
        private final List<RulePack> packs = new ArrayList<>();
        private List<InputFormat> formats = Formats.all();
        private LintConfig config = LintConfig.defaults();
        private Map<String, String> parameters = Map.of();

        /** Adds every pack {@link ServiceLoader} finds through the given class loader. */
        public Builder discoverRulePacks(ClassLoader loader) {
            for (RulePack pack : ServiceLoader.load(RulePack.class, loader)) {
                if (packs.stream().noneMatch(p -> p.id().equals(pack.id()))) {
                    packs.add(pack);
                }
            }
            return this;
        }

        public Builder rulePack(RulePack pack) {
            packs.add(Objects.requireNonNull(pack));
            return this;
        }

        public Builder formats(List<InputFormat> inputFormats) {
            this.formats = List.copyOf(inputFormats);
            return this;
        }

        public Builder config(LintConfig lintConfig) {
            this.config = Objects.requireNonNull(lintConfig);
            return this;
        }

        /**
         * Template parameter values (CloudFormation {@code --parameters FILE}, read with
         * {@link dev.sagelint.parse.cfn.ParameterFiles}); they override the templates' defaults.
         */
        public Builder parameters(Map<String, String> values) {
            this.parameters = Map.copyOf(values);
            return this;
        }

        /** Loads every pack; throws {@link RulePackException} with a clear message when one is broken. */
        public Linter build() {
            if (packs.isEmpty()) {
                throw new RulePackException("no rule packs found: is sagelint-rules on the class path?");
            }
            List<LoadedPack> loaded = packs.stream().map(PackLoader::load).toList();
            return new Linter(loaded, formats, config, parameters);
        }
    }
}
