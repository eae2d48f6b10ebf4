package dev.sagelint.parse.terraform;

import dev.sagelint.parse.terraform.Hcl.Attribute;
import dev.sagelint.parse.terraform.Hcl.Block;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One instance of a Terraform module: the root folder, or a local module called from it, with its
 * variables bound from the caller. Holds the declarations of all its files by address.
 */
final class Module {

    /** A block together with the file it was written in. */
    record Decl(String path, Block block) {
        String type() {
            return block.label(0);
        }

        String name() {
            return block.label(1);
        }
    }

    /** A local, with its file. */
    record Local(String path, Attribute attribute) {
    }

    final String prefix;
    final String folder;
    final Map<String, Decl> variables = new LinkedHashMap<>();
    final Map<String, Local> locals = new LinkedHashMap<>();
    final Map<String, Decl> outputs = new LinkedHashMap<>();
    final List<Decl> resources = new ArrayList<>();
    final Map<String, Decl> resourcesByAddress = new LinkedHashMap<>();
    final Map<String, Decl> modules = new LinkedHashMap<>();
    /** Values from tfvars files (root module only). */
    final Map<String, Object> tfvars = new LinkedHashMap<>();
    /** Arguments of the calling module block, evaluated on demand in the caller. */
    final Map<String, Supplier<Object>> inputs = new LinkedHashMap<>();
    /** Child module instances by call name, filled when a local source is followed. */
    final Map<String, Module> children = new LinkedHashMap<>();
    final Map<String, Object> localValues = new LinkedHashMap<>();
    final Map<String, Object> variableValues = new LinkedHashMap<>();
    final Map<String, java.util.Set<String>> localTouched = new LinkedHashMap<>();
    final Map<String, java.util.Set<String>> variableTouched = new LinkedHashMap<>();
    final Map<String, Map<String, Evaluator.Cause>> localCauses = new LinkedHashMap<>();
    final Map<String, Map<String, Evaluator.Cause>> variableCauses = new LinkedHashMap<>();

    Module(String prefix, String folder) {
        this.prefix = prefix;
        this.folder = folder;
    }

    void add(String path, Hcl.Body body) {
        for (Block b : body.blocks()) {
            switch (b.type()) {
                case "variable" -> {
                    if (b.label(0) != null) {
                        variables.putIfAbsent(b.label(0), new Decl(path, b));
                    }
                }
                case "locals" -> b.body().attributes().forEach(a -> locals.putIfAbsent(a.name(), new Local(path, a)));
                case "output" -> {
                    if (b.label(0) != null) {
                        outputs.putIfAbsent(b.label(0), new Decl(path, b));
                    }
                }
                case "resource" -> {
                    if (b.label(0) != null && b.label(1) != null) {
                        Decl d = new Decl(path, b);
                        resources.add(d);
                        resourcesByAddress.putIfAbsent(b.label(0) + "." + b.label(1), d);
                    }
                }
                case "module" -> {
                    if (b.label(0) != null) {
                        modules.putIfAbsent(b.label(0), new Decl(path, b));
                    }
                }
                default -> {
                    // terraform, provider, data, moved, import, check: nothing to lint
                }
            }
        }
    }

    boolean hasResourceType(String type) {
        return resources.stream().anyMatch(d -> d.type().equals(type));
    }
}
