package dev.sagelint.engine;

import dev.sagelint.config.LintConfig;
import dev.sagelint.model.Deployment;
import dev.sagelint.model.Fact;
import dev.sagelint.model.FieldNames;
import dev.sagelint.model.Finding;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Severity;
import dev.sagelint.model.Suppression;
import dev.sagelint.parse.DeploymentReader;
import dev.sagelint.parse.FileTypes;
import dev.sagelint.parse.Formats;
import dev.sagelint.parse.InputFormat;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.parse.WorkClock;
import dev.sagelint.spi.RulePack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The facade: source files in, sorted findings out. Immutable and thread-safe once built; build it
 * once per run (loading rule packs is the expensive part) and lint any number of inputs with it.
 */
public final class Linter {

    /** The loaded packs and their catalog; loading may still be running (see {@link Builder#start()}). */
    private final CompletableFuture<Loaded> loaded;
    private final List<InputFormat> formats;
    private final LintConfig config;
    private final Map<String, String> parameters;
    private final DeploymentHook hook;
    private final List<SourceFile> varFiles;
    private final RuleLimits ruleLimits;
    /**
     * Bounds the reads and the rule runs, which both happen on the thread that checks the deployment unit (a worker
     * of {@link Parallel#mapReplaceable}); shared by the copies of this linter.
     */
    private final Watchdog watchdog;

    private record Loaded(List<LoadedPack> packs, RuleCatalog catalog) {
        static Loaded of(List<RulePack> packs, AtomicReference<String> loading) {
            List<LoadedPack> loaded = new ArrayList<>();
            for (RulePack pack : packs) {
                loading.set(pack.id());
                loaded.add(PackLoader.load(pack));
            }
            List<RuleDescriptor> all = new ArrayList<>(ToolRules.descriptors());
            loaded.forEach(p -> all.addAll(p.rules().values()));
            return new Loaded(List.copyOf(loaded), new RuleCatalog(all));
        }
    }

    /**
     * Room for the recursion a rule may do (deeper is a StackOverflowError contained to its deployment) and for the
     * parsers' ({@link DeploymentReader#STACK_BYTES}): the units are read on the same threads.
     */
    private static final long WORKER_STACK_BYTES = Math.max(4L * 1024 * 1024, DeploymentReader.STACK_BYTES);

    private Linter(CompletableFuture<Loaded> loaded, List<InputFormat> formats, LintConfig config,
                   Map<String, String> parameters, List<SourceFile> varFiles, RuleLimits ruleLimits) {
        this(loaded, formats, config, parameters, varFiles, DeploymentHook.NONE, ruleLimits, new Watchdog());
    }

    private Linter(CompletableFuture<Loaded> loaded, List<InputFormat> formats, LintConfig config,
                   Map<String, String> parameters, List<SourceFile> varFiles, DeploymentHook hook,
                   RuleLimits ruleLimits, Watchdog watchdog) {
        this.loaded = loaded;
        this.watchdog = watchdog;
        this.ruleLimits = Objects.requireNonNull(ruleLimits, "ruleLimits");
        this.formats = List.copyOf(formats);
        this.config = config;
        this.parameters = Map.copyOf(parameters);
        this.hook = Objects.requireNonNull(hook, "hook");
        this.varFiles = List.copyOf(varFiles);
    }

    private Linter(Linter loaded, LintConfig config) {
        this(loaded.loaded, loaded.formats, Objects.requireNonNull(config, "config"), loaded.parameters,
                loaded.varFiles, loaded.hook, loaded.ruleLimits, loaded.watchdog);
    }

    /** Waits for the packs if they are still loading; a broken pack's {@link RulePackException} surfaces here. */
    private Loaded loaded() {
        try {
            return loaded.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private List<LoadedPack> packs() {
        return loaded().packs();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts building the rule networks of the precompiled packs {@code loader} provides, on a daemon thread, for a
     * linter built later that discovers the same packs: a front end calls this first thing, so that the network is
     * built while it reads its arguments and configuration (most of a one-template run waits on it otherwise). Once
     * per class loader; each network built is taken by one linter. Failures here are ignored (the linter's own loading
     * reports them), and the linter's pack-loading bound covers its wait for this.
     */
    public static void preloadRulePacks(ClassLoader loader) {
        PackLoader.preload(loader);
    }

    /** The rules of every pack; waits for the packs when they are still loading. */
    public RuleCatalog catalog() {
        return loaded().catalog();
    }

    public LintConfig config() {
        return config;
    }

    /** The bounds on rule evaluation and pack loading. */
    public RuleLimits ruleLimits() {
        return ruleLimits;
    }

    /**
     * The same loaded rule packs with another configuration; cheap. Lets a front end load the packs
     * first, validate the configuration file against {@link #catalog()}, then apply it.
     */
    public Linter withConfig(LintConfig newConfig) {
        return new Linter(this, newConfig);
    }

    /**
     * The same linter with a step between linking and the rules (change-aware linting adds its transition facts
     * there); cheap.
     */
    public Linter withHook(DeploymentHook newHook) {
        return new Linter(loaded, formats, config, parameters, varFiles, newHook, ruleLimits, watchdog);
    }

    /**
     * The good and bad examples of a rule, from the pack that provides it (empty when it has none),
     * sorted by name: bad examples first.
     */
    public List<dev.sagelint.spi.RuleSource> examples(String ruleId) {
        return catalog().find(ruleId)
                .flatMap(d -> packs().stream().filter(p -> p.pack().id().equals(d.packId())).findFirst())
                .map(p -> p.pack().examples(ruleId).stream()
                        .sorted(java.util.Comparator.comparing(dev.sagelint.spi.RuleSource::name)).toList())
                .orElse(List.of());
    }

    /** The format that reads this file, if any. */
    public java.util.Optional<InputFormat> formatOf(SourceFile file) {
        return DeploymentReader.formatOf(formats, file, parseContext());
    }

    /** The input formats, in the order they are asked whether they accept a file. */
    public List<InputFormat> formats() {
        return formats;
    }

    /** Lints on the calling thread. */
    public LintResult lint(List<SourceFile> files) {
        return lint(files, 1);
    }

    /** Lints with up to {@code jobs} threads; the result does not depend on their number. */
    public LintResult lint(List<SourceFile> files, int jobs) {
        return lint(files, List.of(), jobs);
    }

    /**
     * Lints read files plus inputs that could not be read at all (each a fatal {@link InputProblem},
     * reported as SL001 and listed in {@link LintResult#unreadable()}). Parsing and rules run on up to
     * {@code jobs} threads; the result does not depend on their number or on completion order.
     * Suppressions (comments in the files and {@link Suppression} facts from the parsers) are applied
     * before the configuration's rule switches and severity overrides.
     */
    public LintResult lint(List<SourceFile> files, List<InputProblem> unreadableInputs, int jobs) {
        DeploymentReader reader = new DeploymentReader(formats, parseContext());
        List<InputProblem> problems = new ArrayList<>(unreadableInputs);
        List<Input> inputs = new ArrayList<>();
        for (SourceFile file : files) {
            DeploymentReader.sniff(formats, file).ifPresent(format -> {
                if (reader.tooLarge(file)) {
                    problems.add(reader.oversizedProblem(file));
                } else {
                    inputs.add(new Input(file.path(), format, () -> new SourceReader.Read(file, null)));
                }
            });
        }
        return lintInputs(inputs, problems, jobs);
    }

    /**
     * One input of a run before it is read: its display path, the format its head was recognised by, and how to
     * read it. A run reads an input only when its deployment unit is linted.
     */
    record Input(String path, InputFormat format, Supplier<SourceReader.Read> reader) {
    }

    /**
     * The streaming pipeline: group the inputs into deployment units (a file, a folder, a Terraform configuration:
     * {@link FileTypes.Grouping}), then read, parse, link, check and report each unit on its own, on up to
     * {@code jobs} threads, keeping only its findings. Memory grows with the largest unit and the number of jobs, not
     * with the number of files. The findings are sorted at the end, so the result does not depend on the order the
     * units finish in.
     */
    LintResult lintInputs(List<Input> inputs, List<InputProblem> unreadableInputs, int jobs) {
        Map<String, List<Input>> units = new LinkedHashMap<>();
        for (Input input : inputs) {
            units.computeIfAbsent(unitKey(input), k -> new ArrayList<>()).add(input);
        }
        DeploymentReader reader = new DeploymentReader(formats, parseContext());
        List<Step> steps = new ArrayList<>();
        units.values().forEach(unit -> steps.add(new Step(unit, null)));
        unreadableInputs.forEach(p -> steps.add(new Step(List.of(), p)));
        int threads = Math.max(1, jobs);
        // a few batches a thread at least, so that the threads share the work to the end
        int size = Math.max(1, Math.min(BATCH_UNITS, steps.size() / (4 * threads)));
        List<Batch> batches = new ArrayList<>();
        for (int i = 0; i < steps.size(); i += size) {
            batches.add(new Batch(reader, steps.subList(i, Math.min(steps.size(), i + size))));
        }
        List<Finding> findings = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Map<Finding, String> fingerprints = new HashMap<>();
        List<SuppressedFinding> suppressedFindings = new ArrayList<>();
        int hidden = 0;
        // units are read and rules fire on these threads (a read or a rule that never returns costs one of them, which
        // is replaced: Parallel)
        for (UnitResult r : Parallel.mapReplaceable(batches, threads, WORKER_STACK_BYTES, Batch::run).stream()
                .flatMap(List::stream).toList()) {
            suppressedFindings.addAll(r.suppressedFindings());
            findings.addAll(r.findings());
            scanned.addAll(r.scanned());
            unreadable.addAll(r.unreadable());
            fingerprints.putAll(r.fingerprints());
            hidden += r.hidden();
        }
        scanned.removeAll(unreadable);
        return new LintResult(findings, scanned, unreadable, hidden, fingerprints, suppressedFindings);
    }

    /** What one deployment unit leaves behind once its texts and facts are dropped. */
    private record UnitResult(List<Finding> findings, List<String> scanned, List<String> unreadable, int hidden,
                              Map<Finding, String> fingerprints, List<SuppressedFinding> suppressedFindings) {
    }

    private static String unitKey(Input input) {
        String name = input.format().name() + '\u0000';
        return switch (input.format().files().grouping()) {
            case FILE -> name + input.path();
            case FOLDER -> name + new SourceFile(input.path(), "").folder();
            case CONFIGURATION -> name;
        };
    }

    /** Units a batch holds at most ({@link Batch}). */
    static final int BATCH_UNITS = 32;

    /**
     * Characters of text a batch reads before it checks what it has read: a worker holds at most this much text (and
     * one unit more) with its facts, whatever the size of the batch's files.
     */
    static final long BATCH_CHARS = 1L << 20;

    /** One unit of a run (its inputs), or an input that could not be read at all (its fatal problem). */
    private record Step(List<Input> unit, InputProblem unreadable) {
    }

    /** A unit read and parsed, not yet checked. */
    private record ReadUnit(String format, DeploymentReader.Parsed parsed, List<Deployment> unread) {
        long chars() {
            long n = 0;
            for (SourceFile f : parsed.files()) {
                n += f.text().length();
            }
            return n;
        }
    }

    /**
     * Consecutive units linted on one worker in two passes: each unit is read and parsed, then each is checked, in
     * windows of at most {@link #BATCH_CHARS} characters of text. Reading and checking one unit after the other
     * evicted each other's code and data from the processor's caches: in process, on the bench templates, a batch
     * of 32 cost 14 % less time a template than one unit at a time. A worker lost on a step (a read past its bound
     * that does not stop, a rule that never returns) hands the batch on: the new worker takes that step's outcome
     * instead and goes on with the steps after it. The results are in the units' order.
     */
    private final class Batch {
        private final DeploymentReader reader;
        private final List<Step> steps;
        /** Per step: null (to read), a {@link ReadUnit} (to check), or its {@link UnitResult}. */
        private final java.util.concurrent.atomic.AtomicReferenceArray<Object> state;

        Batch(DeploymentReader reader, List<Step> steps) {
            this.reader = reader;
            this.steps = steps;
            this.state = new java.util.concurrent.atomic.AtomicReferenceArray<>(steps.size());
        }

        /** Does the steps not done yet, on the calling thread, and returns every step's result. */
        List<UnitResult> run() {
            int n = steps.size();
            int i = 0;
            while (i < n) {
                int start = i;
                long chars = 0;
                while (i < n && (i == start || chars < BATCH_CHARS)) {
                    if (state.get(i) == null) {
                        state.set(i, read(i));
                    }
                    chars += state.get(i) instanceof ReadUnit r ? r.chars() : 0;
                    i++;
                }
                for (int j = start; j < i; j++) {
                    if (state.get(j) instanceof ReadUnit r) {
                        int at = j;
                        state.set(j, checkRead(r.format(), r.parsed(), r.unread(), unitResult -> handOn(at, unitResult)));
                    }
                }
            }
            List<UnitResult> out = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                out.add((UnitResult) state.get(k));
            }
            return out;
        }

        /** What the batch's result is once a lost worker's step {@code at} has the outcome {@code instead}. */
        private Supplier<List<UnitResult>> handOn(int at, Supplier<?> instead) {
            return () -> {
                state.set(at, instead.get());
                return run();
            };
        }

        private Object read(int at) {
            Step step = steps.get(at);
            if (step.unreadable() != null) {
                InputProblem p = step.unreadable();
                return new ReadUnit(null, new DeploymentReader.Parsed(List.of(), List.of()),
                        List.of(new Deployment(p.source().file(), null, List.of(p))));
            }
            return readUnit(reader, step.unit(), instead -> handOn(at, instead));
        }
    }

    /**
     * Reads one unit's files, parses and links them under the watchdog, on the calling worker: a read past its time is
     * interrupted; one that does not stop then costs the worker, and a new one goes on with what the unit reads as
     * without it (the read's failure), as {@code handOn} makes of it.
     */
    private ReadUnit readUnit(DeploymentReader reader, List<Input> unit,
                              java.util.function.Function<Supplier<ReadUnit>, Supplier<?>> handOn) {
        List<SourceFile> files = new ArrayList<>();
        List<Deployment> unread = new ArrayList<>();
        for (Input input : unit) {
            SourceReader.Read read = input.reader().get();
            if (read.file() != null) {
                files.add(read.file());
            } else {
                unread.add(new Deployment(input.path(), null, List.of(read.problem())));
            }
        }
        String format = unit.get(0).format().name();
        if (files.isEmpty()) {
            return new ReadUnit(format, new DeploymentReader.Parsed(List.of(), List.of()), unread);
        }
        DeploymentReader.Group group = new DeploymentReader.Group(unit.get(0).format(), files);
        if (Parallel.currentWorker() == null) {
            return new ReadUnit(format, reader.readGuarded(group), unread);
        }
        DeploymentReader.Bound bound = (budget, instead) -> {
            Parallel.Worker<?> worker = Parallel.currentWorker();
            Watchdog.Interrupting watch = watchdog.interrupting(budget,
                    () -> Parallel.carryOn(worker, handOn.apply(() -> new ReadUnit(format, instead.get(), unread))));
            return watch::end;
        };
        return new ReadUnit(format, reader.readHere(group, bound), unread);
    }

    /**
     * Checks what a unit read as, after the deployments of its files that could not be read.
     *
     * @param handOn what a lost worker's replacement computes, given what this unit's result is instead
     */
    private UnitResult checkRead(String format, DeploymentReader.Parsed parsed, List<Deployment> unread,
                                 java.util.function.Function<Supplier<UnitResult>, Supplier<?>> handOn) {
        List<Deployment> deployments = new ArrayList<>(unread);
        parsed.deployments().forEach(d -> deployments.add(hook.apply(format, d)));
        return check(format, parsed.files(), deployments, Map.of(), handOn);
    }

    /**
     * Runs the packs on a unit's deployments, applies its suppressions and the configuration, and fingerprints the
     * findings while the unit's texts are at hand. The rules' messages name fields the AWS way; they are shown in
     * the unit's format's own spelling ({@link FieldNames#inMessage}).
     *
     * @param format    the {@code InputFormat} name of the unit, null for inputs that could not be read
     * @param abandoned the failures of runs whose rule never returned, by {@link #runKey}: when one is, the unit is
     *                  checked again on a new thread with it, from the same facts
     * @param handOn    what the new thread computes, given what this unit's result is instead (its batch goes on)
     */
    private UnitResult check(String format, List<SourceFile> files, List<Deployment> deployments,
                             Map<String, String> abandoned,
                             java.util.function.Function<Supplier<UnitResult>, Supplier<?>> handOn) {
        List<LoadedPack> packs = packs(); // a broken pack ends the run here, it is not a finding of this unit
        List<Finding> raw = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < deployments.size(); i++) {
            int index = i;
            Deployment d = deployments.get(i);
            boolean failed = run(packs, d, raw, pack -> abandoned.get(runKey(index, pack)), (pack, failure) -> {
                Map<String, String> more = new HashMap<>(abandoned);
                more.put(runKey(index, pack), failure);
                return handOn.apply(() -> check(format, files, deployments, Map.copyOf(more), handOn));
            });
            if (failed) {
                unreadable.add(d.id());
            }
        }
        raw.replaceAll(f -> f.withMessage(FieldNames.inMessage(format, f.message())));
        List<Suppression> suppressions = new ArrayList<>();
        for (SourceFile file : files) {
            suppressions.addAll(CommentSuppressions.scan(file));
        }
        for (Deployment d : deployments) {
            for (Fact fact : d.facts()) {
                if (fact instanceof Suppression s) {
                    suppressions.add(s);
                }
                if (fact instanceof InputProblem p && p.fatal()) {
                    unreadable.add(p.source().file());
                }
            }
        }
        var applied = Suppressions.apply(sortedOnce(raw), suppressions.stream().distinct().toList(), catalog());
        List<Finding> reported = new ArrayList<>(applied.kept());
        reported.addAll(applied.problems());
        List<Finding> findings = asConfigured(reported);
        Map<String, String> texts = new HashMap<>();
        files.forEach(f -> texts.put(f.path(), f.text()));
        List<String> scanned = files.stream().map(SourceFile::path).toList();
        // the hidden findings, as they would have been reported, for SARIF's suppressions
        List<Finding> hiddenFindings = asConfigured(applied.hiddenBy().keySet());
        Map<Finding, String> hiddenPrints = Fingerprints.of(hiddenFindings, texts::get);
        List<SuppressedFinding> suppressedFindings = new ArrayList<>();
        for (var e : applied.hiddenBy().entrySet()) {
            if (config.enabled(e.getKey().ruleId())) {
                Finding f = e.getKey().withSeverity(config.severityOf(e.getKey().ruleId(), e.getKey().severity()));
                suppressedFindings.add(new SuppressedFinding(f, true, e.getValue().reason(), hiddenPrints.get(f)));
            }
        }
        return new UnitResult(findings, scanned, unreadable, applied.hidden(), Fingerprints.of(findings, texts::get),
                suppressedFindings.stream().distinct().toList());
    }

    /** The findings as the configuration reports them: enabled rules only, at their configured severity. */
    private List<Finding> asConfigured(java.util.Collection<Finding> found) {
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            if (config.enabled(f.ruleId())) {
                out.add(f.withSeverity(config.severityOf(f.ruleId(), f.severity())));
            }
        }
        return sortedOnce(out);
    }

    /**
     * Each finding once, sorted: what {@code stream().distinct().sorted().toList()} gives, without a stream pipeline
     * (each unit went through three of them, a cost in C1-compiled code out of proportion to two or three findings).
     */
    private static List<Finding> sortedOnce(java.util.Collection<Finding> findings) {
        List<Finding> out = new ArrayList<>(new java.util.LinkedHashSet<>(findings));
        out.sort(null);
        return java.util.Collections.unmodifiableList(out);
    }

    private ParseContext parseContext() {
        return new ParseContext(config.limits(), config.traffic(), config.production(), parameters, varFiles,
                config.quotas());
    }

    /**
     * Runs every pack on one deployment, adding the findings to {@code out}. A pack that fails on it (a rule bug
     * meeting odd facts, a rule past {@link RuleLimits}) does not end the run, nor cost the other packs' findings:
     * the pack's findings on the deployment are replaced by SL001 at its first location, which names the pack, the
     * rule and the bound, and the other deployments are linted.
     *
     * @return true when a pack failed on the deployment, which then counts as not checked (exit 3)
     */
    private boolean run(List<LoadedPack> packs, Deployment deployment, List<Finding> out,
                        java.util.function.Function<String, String> knownAbandoned,
                        java.util.function.BiFunction<String, String, Supplier<?>> recheck) {
        Parallel.Worker<?> worker = Parallel.currentWorker();
        boolean failed = false;
        for (LoadedPack pack : packs) {
            String lost = knownAbandoned.apply(pack.pack().id());
            LoadedPack.Result result = lost != null ? new LoadedPack.Result(List.of(), lost)
                    : pack.run(deployment, ruleLimits, watchdog,
                            failure -> Parallel.carryOn(worker, recheck.apply(pack.pack().id(), failure)));
            if (result.failure() == null) {
                out.addAll(result.findings());
            } else {
                failed = true;
                out.add(new Finding(INPUT_CANNOT_BE_READ, Severity.ERROR,
                        new dev.sagelint.model.Location(deployment.id(), 1, 1), result.failure()));
            }
        }
        return failed;
    }

    /** A run of one pack on one deployment of a unit: the deployment's index and the pack's id. */
    private static String runKey(int deployment, String packId) {
        return deployment + "\u0000" + packId;
    }

    /** The rule a deployment that could not be checked is reported by (the built-in pack declares it). */
    private static final String INPUT_CANNOT_BE_READ = "SL001";

    /** Collects rule packs, formats and configuration; {@link #build()} loads the packs. */
    public static final class Builder {
        private final List<RulePack> packs = new ArrayList<>();
        private List<InputFormat> formats = Formats.all();
        private LintConfig config = LintConfig.defaults();
        private Map<String, String> parameters = Map.of();
        private List<SourceFile> varFiles = List.of();
        private RuleLimits ruleLimits = RuleLimits.DEFAULT;

        /** Bounds on rule evaluation and pack loading; set them before {@link #discoverRulePacks}. */
        public Builder ruleLimits(RuleLimits limits) {
            this.ruleLimits = Objects.requireNonNull(limits);
            return this;
        }

        /**
         * Adds every pack {@link ServiceLoader} finds through the given class loader. The packs are instantiated on a
         * watched thread: a pack class whose static initialiser never returns is a {@link RulePackException} after
         * {@link RuleLimits#packLoadTimeoutMillis()}, not a hang.
         */
        public Builder discoverRulePacks(ClassLoader loader) {
            AtomicReference<String> current = new AtomicReference<>();
            CompletableFuture<List<RulePack>> found = new CompletableFuture<>();
            WorkClock clock = new WorkClock();
            Thread thread = new Thread(() -> {
                clock.enter();
                try {
                    List<RulePack> out = new ArrayList<>();
                    ServiceLoader.load(RulePack.class, loader).stream().forEach(provider -> {
                        current.set(provider.type().getName());
                        out.add(provider.get());
                    });
                    found.complete(out);
                } catch (Throwable t) { // handed to the caller
                    found.completeExceptionally(t);
                }
            }, "sagelint-rule-pack-discovery");
            thread.setDaemon(true);
            thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
            thread.start();
            List<RulePack> discovered;
            try {
                discovered = clock.await(found, ruleLimits.packLoadTimeoutMillis());
            } catch (TimeoutException e) {
                thread.interrupt();
                throw new RulePackException("rule pack class " + current.get() + " did not load within "
                        + RuleLimits.seconds(ruleLimits.packLoadTimeoutMillis()) + " (its static initialiser or"
                        + " constructor does not return); fix the pack, or raise the limit"
                        + " (--pack-load-timeout-millis, limits.packLoadTimeoutMillis in .sagelint.yaml,"
                        + " Maven packLoadTimeoutMillis) if it is only slow");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RulePackException("interrupted while loading the rule packs");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new RulePackException("cannot load the rule packs: " + e.getCause(), e.getCause());
            }
            for (RulePack pack : discovered) {
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

        /**
         * Terraform variable files named by the user (CLI {@code --var-file}, read with
         * {@link dev.sagelint.parse.terraform.VarFiles}); applied in order after terraform.tfvars and *.auto.tfvars.
         */
        public Builder varFiles(List<SourceFile> files) {
            this.varFiles = List.copyOf(files);
            return this;
        }

        /** Loads every pack; throws {@link RulePackException} with a clear message when one is broken. */
        public Linter build() {
            Linter linter = start();
            linter.loaded();
            return linter;
        }

        /**
         * Starts loading the packs on a background thread and returns at once, so that a front end can find, read
         * and parse its inputs while the packs load (loading the built-in pack is most of a short run's start-up).
         * The first call that needs the rules ({@link #catalog()}, checking a deployment) waits for them; a broken
         * pack's {@link RulePackException} is thrown there.
         */
        public Linter start() {
            List<RulePack> toLoad = packs();
            CompletableFuture<Loaded> loading = new CompletableFuture<>();
            AtomicReference<String> current = new AtomicReference<>(toLoad.get(0).id());
            long timeout = ruleLimits.packLoadTimeoutMillis();
            // orTimeout cancels its timer once loading completes: the timer must not keep the packs reachable
            CompletableFuture<Loaded> bounded = loading.orTimeout(timeout, TimeUnit.MILLISECONDS).handle((l, t) -> {
                if (t instanceof TimeoutException) {
                    throw new RulePackException("rule pack " + current.get() + " did not load within "
                            + RuleLimits.seconds(timeout) + " (its classes' static initialisers or its rules'"
                            + " compilation do not finish); fix the pack, or raise the limit"
                            + " (--pack-load-timeout-millis, limits.packLoadTimeoutMillis in .sagelint.yaml,"
                            + " Maven packLoadTimeoutMillis) if it is only slow");
                }
                if (t instanceof RuntimeException re) {
                    throw re;
                }
                if (t instanceof Error error) {
                    throw error;
                }
                if (t != null) {
                    throw new CompletionException(t);
                }
                return l;
            });
            Thread loader = new Thread(() -> {
                try {
                    loading.complete(Loaded.of(toLoad, current));
                } catch (Throwable t) { // handed to the thread that needs the packs
                    loading.completeExceptionally(t);
                }
            }, "sagelint-rule-packs");
            loader.setDaemon(true);
            loader.setContextClassLoader(Thread.currentThread().getContextClassLoader());
            loader.start();
            return new Linter(bounded, formats, config, parameters, varFiles, ruleLimits);
        }

        private List<RulePack> packs() {
            if (packs.isEmpty()) {
                throw new RulePackException("no rule packs found: is sagelint-rules on the class path?");
            }
            return List.copyOf(packs);
        }
    }
}
