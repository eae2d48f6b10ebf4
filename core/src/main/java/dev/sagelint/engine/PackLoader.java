package dev.sagelint.engine;

import dev.sagelint.model.Severity;
import dev.sagelint.spi.RulePack;
import dev.sagelint.spi.RuleSource;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Turns a {@link RulePack} into a {@link LoadedPack}: the only class that builds KieBases. */
public final class PackLoader {

    private PackLoader() {
    }

    public static LoadedPack load(RulePack pack) {
        EvalHints.silence();
        ClassLoader loader = pack.classLoader();
        KieBase kieBase = ContextClassLoader.with(loader, () -> pack.precompiledModel()
                .map(index -> preloaded(loader, index).orElseGet(() -> fromModel(pack, index)))
                .orElseGet(() -> fromDrl(pack)));
        return new LoadedPack(pack, kieBase, describe(pack, kieBase));
    }

    /**
     * Rule networks built ahead by {@link #preload}, by class loader and then by model index; each is taken once. A
     * precompiled model's network depends only on the classes and the index, so any instance of the pack may take it.
     */
    private static final Map<ClassLoader, CompletableFuture<Map<String, KieBase>>> PRELOADED =
            new ConcurrentHashMap<>();

    /**
     * Starts building, on a daemon thread, the networks of the precompiled packs the class loader provides, for the
     * {@link #load} of a linter built later (a front end starts this first, before it reads its arguments: building
     * the built-in network is most of what a one-template run waits for). Once per class loader. Whatever goes wrong
     * here is ignored: {@link #load} then builds the network itself and reports the failure as usual, within the
     * linter's loading bound, which also bounds its wait for this.
     */
    public static void preload(ClassLoader loader) {
        CompletableFuture<Map<String, KieBase>> built = new CompletableFuture<>();
        if (PRELOADED.putIfAbsent(loader, built) != null) {
            return;
        }
        Thread thread = new Thread(() -> {
            Map<String, KieBase> bases = new ConcurrentHashMap<>();
            try {
                EvalHints.silence();
                ServiceLoader.load(RulePack.class, loader).forEach(pack -> pack.precompiledModel()
                        .filter(index -> pack.classLoader() == loader)
                        .ifPresent(index -> bases.putIfAbsent(index, fromModel(pack, index))));
            } catch (Throwable t) { // ServiceConfigurationError, a broken pack: its load reports it
                // the networks built so far are kept
            }
            built.complete(bases);
        }, "sagelint-rule-preload");
        thread.setDaemon(true);
        thread.setContextClassLoader(loader);
        thread.start();
    }

    private static Optional<KieBase> preloaded(ClassLoader loader, String index) {
        CompletableFuture<Map<String, KieBase>> built = PRELOADED.get(loader);
        if (built == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(built.get().remove(index));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            return Optional.empty();
        }
    }

    private static KieBase fromModel(RulePack pack, String index) {
        List<Model> models = new ArrayList<>();
        for (String className : modelClasses(pack, index)) {
            try {
                models.add((Model) Class.forName(className, true, pack.classLoader())
                        .getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new RulePackException("rule pack " + pack.id() + ": cannot load generated rule class "
                        + className + " listed in " + index + " (rebuild the pack)", e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static List<String> modelClasses(RulePack pack, String index) {
        try (InputStream in = pack.classLoader().getResourceAsStream(index)) {
            if (in == null) {
                throw new RulePackException("rule pack " + pack.id() + ": precompiled model index " + index
                        + " is missing from its jar (was it built with kie-maven-plugin generateModel=YES?)");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            return Arrays.stream(lines).skip(1).map(String::trim).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new RulePackException("rule pack " + pack.id() + ": cannot read " + index, e);
        }
    }

    private static KieBase fromDrl(RulePack pack) {
        List<RuleSource> sources = pack.sources();
        if (sources.isEmpty()) {
            throw new RulePackException("rule pack " + pack.id() + " has no DRL sources and no precompiled model");
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, pack.classLoader()));
        for (RuleSource source : sources) {
            builder.add(ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(source.name()), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            StringBuilder msg = new StringBuilder("rule pack " + pack.id() + " does not compile:");
            builder.getErrors().forEach(e -> msg.append("\n  ")
                    .append(e.getResource() == null ? "?" : e.getResource().getSourcePath())
                    .append(e.getLines().length > 0 && e.getLines()[0] > 0 ? ":" + e.getLines()[0] : "")
                    .append(": ").append(e.getMessage().strip()));
            throw new RulePackException(msg.toString());
        }
        // KnowledgeBuilder is the fastest runtime DRL path: no kmodule.xml, no XStream
        var kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, pack.classLoader()));
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    private static Map<String, RuleDescriptor> describe(RulePack pack, KieBase kieBase) {
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        for (var kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleDescriptor d = descriptor(pack, rule);
                if (rules.put(d.id(), d) != null) {
                    throw new RulePackException("rule pack " + pack.id() + " defines rule " + d.id() + " twice");
                }
            }
        }
        return rules;
    }

    private static RuleDescriptor descriptor(RulePack pack, Rule rule) {
        String id = rule.getName();
        if (!RuleDescriptor.ID.matcher(id).matches()) {
            throw new RulePackException("rule pack " + pack.id() + ": rule \"" + id
                    + "\" must be named by its id: 2-5 capital letters and 3 digits, e.g. SL901");
        }
        Map<String, Object> meta = rule.getMetaData();
        String severity = required(pack, id, meta, "severity");
        Severity parsed;
        try {
            parsed = Severity.parse(severity);
        } catch (IllegalArgumentException e) {
            throw new RulePackException("rule pack " + pack.id() + ": rule " + id + ": " + e.getMessage());
        }
        String tags = text(meta.get("tags"));
        return RuleDescriptor.withLazyTexts(id, parsed, required(pack, id, meta, "summary"),
                required(pack, id, meta, "since"),
                tags == null || tags.isBlank() ? List.of() : Arrays.stream(tags.split(",")).map(String::trim).toList(),
                pack.id(), () -> pack.explanation(id).orElse(""), () -> pack.examples(id), documentationUrl(pack, id));
    }

    /** The pack's page for the rule: an absolute http(s) URL, or none (a broken one is a broken pack). */
    private static String documentationUrl(RulePack pack, String id) {
        String url = pack.documentationUrl(id).map(String::strip).orElse(null);
        if (url == null || url.isEmpty()) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            if (uri.isAbsolute() && (uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new RulePackException("rule pack " + pack.id() + ": rule " + id + ": documentation URL '" + url
                + "' is not an absolute http(s) URL");
    }

    private static String required(RulePack pack, String id, Map<String, Object> meta, String key) {
        String value = text(meta.get(key));
        if (value == null || value.isBlank()) {
            throw new RulePackException("rule pack " + pack.id() + ": rule " + id + " lacks @" + key
                    + "(\"...\") metadata (quote the value)");
        }
        return value;
    }

    /** Metadata values arrive quoted from some Drools builds and unquoted from others. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
