package dev.sagelint.parse.terraform;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InputNote;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.FileTypes;
import dev.sagelint.parse.InputFormat;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Terraform: the {@code .tf} and {@code .tfvars} files of a folder are one configuration (one
 * deployment). Local modules among the inputs are followed with their variables bound from the module
 * block; remote ones are noted and skipped. Plan JSON ({@code terraform show -json}) is read by
 * {@link PlanReader}. Nothing is fetched: data sources stay unknown.
 */
public final class TerraformFormat implements InputFormat {

    private static final int MAX_MODULE_DEPTH = 8;
    /** Module calls expanded to at most this many instances; more are followed as one (documented bound). */
    static final int MAX_MODULE_INSTANCES = 100;
    private static final Set<String> META_ARGS = Set.of("source", "version", "count", "for_each", "providers",
            "depends_on");
    private static final List<String> STAGE_VARIABLES = List.of("environment", "stage", "env");

    @Override
    public String name() {
        return "terraform";
    }

    /** Local modules live in other folders; the files of all folders are needed to follow them. */
    private static final FileTypes FILES = new FileTypes(List.of(".tf", ".tfvars", ".json"),
            FileTypes.Grouping.CONFIGURATION, "Terraform: .tf, .tf.json and .tfvars files (a folder is one"
            + " configuration; terraform.tfvars and *.auto.tfvars give values, other .tfvars only with --var-file),"
            + " and plan JSON (terraform show -json) recognised by format_version and planned_values or resource_changes");

    @Override
    public FileTypes files() {
        return FILES;
    }

    @Override
    public boolean accepts(SourceFile file) {
        return file.hasExtension(".tf", ".tfvars", ".tf.json", ".tfvars.json") || PlanReader.isPlan(file);
    }

    @Override
    public List<Deployment> parse(List<SourceFile> files, ParseContext context) {
        List<Deployment> out = new ArrayList<>();
        Map<String, List<SourceFile>> byFolder = new TreeMap<>();
        for (SourceFile f : files) {
            if (PlanReader.isPlan(f)) {
                out.add(PlanReader.read(f, context));
            } else {
                byFolder.computeIfAbsent(f.folder(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, Parsed> parsed = new LinkedHashMap<>();
        byFolder.forEach((folder, group) -> parsed.put(folder, parseFolder(group, context)));
        for (String folder : roots(parsed)) {
            out.add(configuration(folder, parsed.get(folder), parsed, context.varFiles(), context.limits()));
        }
        return out;
    }

    /**
     * The folders linted as root configurations: those no other folder among the inputs calls as a local
     * module, and, so that a group of modules that only call each other (a cycle) is not silently skipped,
     * the first folder of each group no root reaches.
     */
    private static List<String> roots(Map<String, Parsed> parsed) {
        Map<String, Set<String>> calls = new TreeMap<>();
        Set<String> calledAsModule = new HashSet<>();
        parsed.forEach((folder, p) -> p.bodies.forEach((path, body) -> body.blocks("module").forEach(b -> {
            String source = literalSource(b);
            if (source != null && isLocal(source)) {
                String child = resolve(folder, source);
                if (!child.equals(folder) && parsed.containsKey(child)) {
                    calledAsModule.add(child);
                    calls.computeIfAbsent(folder, k -> new java.util.TreeSet<>()).add(child);
                }
            }
        })));
        List<String> roots = new ArrayList<>();
        Set<String> reached = new HashSet<>();
        for (boolean cyclesOnly : new boolean[] {false, true}) {
            for (String folder : parsed.keySet()) {
                if (!reached.contains(folder) && (cyclesOnly || !calledAsModule.contains(folder))) {
                    roots.add(folder);
                    reach(folder, calls, reached);
                }
            }
        }
        roots.sort(null);
        return roots;
    }

    private static void reach(String folder, Map<String, Set<String>> calls, Set<String> reached) {
        java.util.Deque<String> pending = new java.util.ArrayDeque<>(List.of(folder));
        while (!pending.isEmpty()) {
            String f = pending.pop();
            if (reached.add(f)) {
                pending.addAll(calls.getOrDefault(f, Set.of()));
            }
        }
    }

    /** The files of one folder: bodies of .tf files, tfvars values, and the problems met. */
    private static final class Parsed {
        final Map<String, Hcl.Body> bodies = new LinkedHashMap<>();
        /** The variable files Terraform loads by itself, in its order (later ones win). */
        final Map<String, Hcl.Body> tfvars = new LinkedHashMap<>();
        /** Other .tfvars files: Terraform applies them only when named with -var-file. */
        final List<String> namedOnly = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();
    }

    /**
     * True for the variable files {@code terraform plan} loads from the root folder by itself:
     * {@code terraform.tfvars}, {@code terraform.tfvars.json}, {@code *.auto.tfvars}, {@code *.auto.tfvars.json}.
     */
    static boolean loadedByTerraform(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        return n.equals("terraform.tfvars") || n.equals("terraform.tfvars.json") || n.endsWith(".auto.tfvars")
                || n.endsWith(".auto.tfvars.json");
    }

    private static boolean isVarFile(SourceFile f) {
        return f.hasExtension(".tfvars", ".tfvars.json");
    }

    /**
     * Terraform's order (https://developer.hashicorp.com/terraform/language/values/variables): terraform.tfvars,
     * then terraform.tfvars.json, then the *.auto.tfvars(.json) files in the lexical order of their names.
     */
    private static int loadRank(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        return n.equals("terraform.tfvars") ? 0 : n.equals("terraform.tfvars.json") ? 1 : 2;
    }

    private static Parsed parseFolder(List<SourceFile> group, ParseContext context) {
        Parsed p = new Parsed();
        List<SourceFile> sorted = group.stream().sorted(java.util.Comparator.comparing(SourceFile::path)).toList();
        Map<String, Hcl.Body> varBodies = new LinkedHashMap<>();
        for (SourceFile f : sorted) {
            if (isVarFile(f) && !loadedByTerraform(f.fileName())) {
                p.namedOnly.add(f.path());
                continue;
            }
            Hcl.Body body = read(f, context.limits(), p.problems);
            if (body != null) {
                (isVarFile(f) ? varBodies : p.bodies).put(f.path(), body);
            }
        }
        sorted.stream().filter(f -> varBodies.containsKey(f.path()))
                .sorted(java.util.Comparator.comparingInt((SourceFile f) -> loadRank(f.fileName()))
                        .thenComparing(SourceFile::fileName))
                .forEach(f -> p.tfvars.put(f.path(), varBodies.get(f.path())));
        return p;
    }

    /**
     * One file's tree: HCL native syntax, or the JSON syntax for {@code .tf.json} and {@code .tfvars.json}; null when
     * it cannot be read, with the problem (SL001 at its line and column) added.
     */
    static Hcl.Body read(SourceFile f, dev.sagelint.parse.Limits limits, List<? super InputProblem> problems) {
        if (f.text().length() > limits.maxFileBytes()) {
            problems.add(InputProblem.fatalAt(Location.ofFile(f.path()), "the file is larger than "
                    + limits.maxFileBytes() + " bytes; it was not read (split it, or raise the limit)"));
            return null;
        }
        boolean json = f.hasExtension(".json");
        try {
            if (!json) {
                return HclParser.parse(f.text(), limits.maxNestingDepth());
            }
            var result = dev.sagelint.parse.json.LocatedJson.parse(f.path(), f.text(), limits);
            if (result instanceof dev.sagelint.parse.json.LocatedJson.Failed failed) {
                problems.add(InputProblem.fatalAt(failed.location(), failed.message()));
                return null;
            }
            var parsed = (dev.sagelint.parse.json.LocatedJson.Parsed) result;
            problems.addAll(parsed.problems());
            return isVarFile(f) ? JsonHcl.values(parsed.doc())
                    : JsonHcl.file(parsed.doc(), limits.maxNestingDepth());
        } catch (HclParser.SyntaxError e) {
            problems.add(InputProblem.fatalAt(new Location(f.path(), e.pos.line(), e.pos.column()),
                    (json ? "Terraform JSON: " : "HCL syntax error: ") + e.getMessage()));
            return null;
        }
    }

    private Deployment configuration(String folder, Parsed root, Map<String, Parsed> parsed,
                                     List<SourceFile> varFiles, dev.sagelint.parse.Limits limits) {
        List<Fact> facts = new ArrayList<>(root.problems);
        Evaluator ev = new Evaluator();
        Module rootModule = new Module("", folder);
        root.bodies.forEach(rootModule::add);
        Module scratch = new Module("", folder);
        Map<String, Hcl.Body> values = new LinkedHashMap<>(root.tfvars);
        Set<String> named = new HashSet<>();
        for (SourceFile varFile : varFiles) {
            Hcl.Body body = read(varFile, limits, facts);
            named.add(varFile.path());
            if (body != null) {
                values.remove(varFile.path());
                values.put(varFile.path(), body);
            }
        }
        values.forEach((path, body) -> body.attributes().forEach(a ->
                rootModule.tfvars.put(a.name(), ev.eval(a.value(), Scope.of(scratch)))));
        for (String path : root.namedOnly) {
            if (!named.contains(path)) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                facts.add(InputNote.at(new Location(path, 1, 1), name + " was not applied: terraform plan loads only"
                        + " terraform.tfvars, terraform.tfvars.json and *.auto.tfvars(.json) by itself, and other"
                        + " variable files when they are named (-var-file=" + name + "); lint with --var-file " + path
                        + " to check the configuration with its values"));
            }
        }

        List<Module> modules = new ArrayList<>();
        modules.add(rootModule);
        follow(rootModule, parsed, ev, modules, facts, 0, new java.util.LinkedHashSet<>(List.of(folder)));
        List<InputProblem> problems = new ArrayList<>();
        try {
            facts.addAll(new ResourceMapper(ev, modules, problems).map());
        } catch (RuntimeException | StackOverflowError e) {
            // a reader must never crash on input; say where, and what to send us
            problems.add(InputProblem.fatalAt(Location.ofFile(root.bodies.keySet().stream().findFirst()
                    .orElse(folder)), "this configuration could not be evaluated (" + e.getClass().getSimpleName()
                    + "); please report it with the file"));
        }
        facts.addAll(problems);
        return new Deployment(folder.isEmpty() ? "." : folder, environment(rootModule, ev), facts);
    }

    /** Instantiates the local modules a module calls, binding their variables from the module block. */
    private void follow(Module parent, Map<String, Parsed> parsed, Evaluator ev, List<Module> modules,
                        List<Fact> facts, int depth, Set<String> stack) {
        for (Module.Decl call : parent.modules.values()) {
            Hcl.Block b = call.block();
            Location at = new Location(call.path(), b.pos().line(), b.pos().column());
            String source = literalSource(b);
            if (source == null) {
                facts.add(InputNote.at(at, "module '" + b.label(0) + "' has no literal source; its resources are"
                        + " not checked"));
                continue;
            }
            if (!isLocal(source)) {
                facts.add(InputNote.at(at, "module '" + b.label(0) + "' comes from '" + source + "', which sagelint"
                        + " does not download; its resources are not checked (lint the module's own folder, or a"
                        + " plan: terraform show -json)"));
                continue;
            }
            String folder = resolve(parent.folder, source);
            Parsed child = parsed.get(folder);
            if (child == null) {
                facts.add(InputNote.at(at, "module '" + b.label(0) + "' reads '" + source + "' (" + folder
                        + "), whose files are not among the inputs; its resources are not checked (lint the parent"
                        + " folder recursively)"));
                continue;
            }
            if (stack.contains(folder)) {
                InputProblem problem = InputProblem.at(at, cycle(b.label(0), source, folder, stack));
                if (!facts.contains(problem)) {
                    facts.add(problem); // once, however many instances of the calling module there are
                }
                continue;
            }
            if (depth >= MAX_MODULE_DEPTH) {
                facts.add(InputNote.at(at, "module '" + b.label(0) + "' nests deeper than " + MAX_MODULE_DEPTH
                        + " levels of local modules; it is not followed and its resources are not checked"));
                continue;
            }
            Set<String> inner = new java.util.LinkedHashSet<>(stack);
            inner.add(folder);
            Map<String, Scope> instances = moduleInstances(call, parent, ev, facts);
            for (var instance : instances.entrySet()) {
                Module m = new Module(parent.prefix + "module." + b.label(0) + instance.getKey() + ".", folder);
                child.bodies.forEach(m::add);
                Scope callerScope = instance.getValue();
                for (Hcl.Attribute a : b.body().attributes()) {
                    if (!META_ARGS.contains(a.name())) {
                        m.inputs.put(a.name(), () -> ev.eval(a.value(), callerScope));
                    }
                }
                if (instances.size() == 1 && instance.getKey().isEmpty()) {
                    parent.children.put(b.label(0), m);
                }
                modules.add(m);
                follow(m, parsed, ev, modules, facts, depth + 1, inner);
            }
            facts.addAll(child.problems);
        }
    }

    /** SL001 for a module call that sources its own folder or one already being expanded (Terraform rejects both). */
    private static String cycle(String name, String source, String folder, Set<String> stack) {
        List<String> chain = new ArrayList<>(stack);
        List<String> loop = new ArrayList<>(chain.subList(chain.indexOf(folder), chain.size()));
        loop.add(folder);
        String shown = String.join(" -> ", loop.stream().map(f -> f.isEmpty() ? "." : f).toList());
        String what = loop.size() == 2 ? "its own folder (" + shown.substring(0, shown.indexOf(" ->")) + ")"
                : "a module that calls back into this one (" + shown + ")";
        return "module '" + name + "' has source '" + source + "', " + what + "; Terraform cannot expand a module"
                + " that calls itself, directly or through other modules; point source at a folder that does not"
                + " call back (the module was not followed; the rest of the configuration is checked)";
    }

    /**
     * The instances of a module call: one per element of a known count or for_each (address suffix
     * {@code [0]} or {@code ["k"]} and the caller scope with count / each bound), else one instance.
     */
    private static Map<String, Scope> moduleInstances(Module.Decl decl, Module parent, Evaluator ev,
                                                      List<Fact> facts) {
        Hcl.Block call = decl.block();
        Map<String, Scope> out = new LinkedHashMap<>();
        Scope scope = Scope.of(parent);
        Hcl.Attribute count = call.body().attribute("count");
        Hcl.Attribute forEach = call.body().attribute("for_each");
        Hcl.Attribute meta = count != null ? count : forEach;
        Evaluator.Recorded value = meta == null ? null : ev.trace(meta.value(), scope);
        Evaluator.Expansion x = meta == null ? null
                : Evaluator.expansion(count != null ? "count" : "for_each", meta, value, MAX_MODULE_INSTANCES);
        if (x != null) {
            facts.add(InputNote.at(new Location(decl.path(), meta.pos().line(), meta.pos().column()),
                    ExpansionNotes.message(parent.prefix + "module." + call.label(0), true, x)));
        }
        if (count != null) {
            Integer n = Values.smallInt(Functions.toNumber(value.value()));
            if (n != null && n >= 0 && n <= MAX_MODULE_INSTANCES) {
                for (int i = 0; i < n; i++) {
                    out.put("[" + i + "]", scope.with("count", Map.of("index", java.math.BigDecimal.valueOf(i))));
                }
                return out;
            }
            out.put("", scope.with("count", Map.of("index", new Values.Unknown("count.index"))));
            return out;
        }
        if (forEach != null) {
            Map<String, Object> entries = Evaluator.forEachEntries(value.value());
            if (entries != null && entries.size() <= MAX_MODULE_INSTANCES) {
                entries.forEach((k, v) -> {
                    Map<String, Object> each = new LinkedHashMap<>();
                    each.put("key", k);
                    each.put("value", v);
                    out.put("[\"" + k + "\"]", scope.with("each", each));
                });
                return out;
            }
            out.put("", scope.with("each", Map.of("key", new Values.Unknown("each.key"),
                    "value", new Values.Unknown("each.value"))));
            return out;
        }
        out.put("", scope);
        return out;
    }

    private static String environment(Module root, Evaluator ev) {
        for (String name : STAGE_VARIABLES) {
            if (root.variables.containsKey(name) && ev.variableValue(root, name) instanceof String s) {
                return s;
            }
        }
        return null;
    }

    private static String literalSource(Hcl.Block module) {
        Hcl.Attribute source = module.body().attribute("source");
        if (source != null && source.value() instanceof Hcl.Template t && !t.directive()
                && t.parts().stream().allMatch(String.class::isInstance)) {
            return String.join("", t.parts().stream().map(String.class::cast).toList());
        }
        return null;
    }

    private static boolean isLocal(String source) {
        return source.startsWith("./") || source.startsWith("../") || source.equals(".") || source.equals("..");
    }

    /** Joins a folder and a relative module source into a normalised display folder. */
    static String resolve(String folder, String source) {
        List<String> parts = new ArrayList<>();
        for (String p : (folder.isEmpty() ? source : folder + "/" + source).split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }
}
