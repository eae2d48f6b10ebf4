package dev.sagelint.parse.terraform;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.Fact;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.Sniff;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.Types;
import dev.sagelint.parse.json.LocatedJson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Terraform plan as {@code terraform show -json plan.out} prints it. Each resource's planned values
 * become a synthetic HCL body whose attributes point into the JSON, so the same mapping as for .tf files
 * applies and values are exact. Values known only after apply are unknown; where the plan's
 * configuration says which resource they reference, that reference is kept so links still resolve.
 */
final class PlanReader {

    private static final Set<String> LIST_ATTRIBUTES = Set.of("alarm_actions", "ok_actions", "subnets",
            "security_group_ids", "subnet_ids", "route_table_ids");

    private PlanReader() {
    }

    static boolean isPlan(SourceFile file) {
        if (!file.hasExtension(".json")) {
            return false;
        }
        String text = file.text();
        return Sniff.jsonMember(text, "format_version")
                && Sniff.anyJsonMember(text, "planned_values", "resource_changes");
    }

    static Deployment read(SourceFile file, ParseContext context) {
        var result = LocatedJson.parse(file.path(), file.text(), context.limits());
        if (result instanceof LocatedJson.Failed failed) {
            return new Deployment(file.path(), null, List.of(InputProblem.fatalAt(failed.location(),
                    failed.message())));
        }
        LocatedJson.Parsed parsed = (LocatedJson.Parsed) result;
        Doc root = parsed.doc();
        if (!(root instanceof Doc.Obj plan)) {
            return new Deployment(file.path(), null, List.of(InputProblem.fatalAt(root.at(),
                    "a Terraform plan is a JSON object; this is not")));
        }
        Map<String, Map<String, List<String>>> references = references(plan);
        Map<String, Module> modules = new LinkedHashMap<>();
        if (plan.get("resource_changes") instanceof Doc.Arr changes) {
            for (Doc c : changes.items()) {
                if (c instanceof Doc.Obj rc && rc.get("change") instanceof Doc.Obj change
                        && change.get("after") instanceof Doc.Obj after && "managed".equals(text(rc, "mode"))) {
                    Doc unknown = change.get("after_unknown");
                    add(file.path(), rc, after, unknown instanceof Doc.Obj u ? u : null, references, modules);
                }
            }
        } else if (plan.get("planned_values") instanceof Doc.Obj pv && pv.get("root_module") instanceof
                Doc.Obj rm) {
            planned(file.path(), rm, references, modules);
        }
        Evaluator ev = new Evaluator();
        List<InputProblem> problems = new ArrayList<>();
        List<Fact> facts = new ArrayList<>(new ResourceMapper(ev, List.copyOf(modules.values()), problems).map());
        facts.addAll(problems);
        facts.addAll(parsed.problems());
        return new Deployment(file.path(), null, facts);
    }

    private static void planned(String path, Doc.Obj module, Map<String, Map<String, List<String>>> refs,
                                Map<String, Module> modules) {
        if (module.get("resources") instanceof Doc.Arr resources) {
            for (Doc r : resources.items()) {
                if (r instanceof Doc.Obj res && res.get("values") instanceof Doc.Obj values
                        && "managed".equals(text(res, "mode"))) {
                    add(path, res, values, null, refs, modules);
                }
            }
        }
        if (module.get("child_modules") instanceof Doc.Arr children) {
            for (Doc c : children.items()) {
                if (c instanceof Doc.Obj child) {
                    planned(path, child, refs, modules);
                }
            }
        }
    }

    private static void add(String path, Doc.Obj resource, Doc.Obj values, Doc.Obj unknown,
                            Map<String, Map<String, List<String>>> refs, Map<String, Module> modules) {
        String type = text(resource, "type");
        String name = text(resource, "name");
        if (type == null || name == null) {
            return;
        }
        String moduleAddress = text(resource, "module_address");
        String address = text(resource, "address");
        if (moduleAddress == null && address != null && address.startsWith("module.")) {
            int cut = address.lastIndexOf("." + type + ".");
            moduleAddress = cut < 0 ? null : address.substring(0, cut);
        }
        String prefix = moduleAddress == null ? "" : moduleAddress + ".";
        Module m = modules.computeIfAbsent(prefix, p -> new Module(p, ""));
        Doc index = resource.get("index");
        BigDecimal number = Types.decimal(index, Types.Coercion.AS_WRITTEN);
        String key = Types.text(index, Types.Coercion.AS_WRITTEN);
        String label = name + (number != null ? "[" + Values.number(number) + "]"
                : key != null ? "[\"" + key + "\"]" : "");
        Map<String, List<String>> ownRefs = moduleAddress == null ? refs.getOrDefault(type + "." + name, Map.of())
                : Map.of();
        Hcl.Body body = body(values, unknown, ownRefs);
        Location at = resource.at();
        Hcl.Block block = new Hcl.Block("resource", List.of(type, label), body, pos(at));
        m.add(path, new Hcl.Body(List.of(), List.of(block)));
    }

    /** The plan's values as an HCL body: arrays of objects are nested blocks, everything else attributes. */
    private static Hcl.Body body(Doc.Obj values, Doc.Obj unknown, Map<String, List<String>> refs) {
        List<Hcl.Attribute> attributes = new ArrayList<>();
        List<Hcl.Block> blocks = new ArrayList<>();
        values.members().forEach((key, value) -> {
            Hcl.Pos at = pos(values.keyAt(key));
            if (value instanceof Doc.Arr arr && !arr.items().isEmpty()
                    && arr.items().stream().allMatch(Doc.Obj.class::isInstance)) {
                Doc nestedUnknown = unknown == null ? null : unknown.get(key);
                for (int i = 0; i < arr.items().size(); i++) {
                    Doc.Obj obj = (Doc.Obj) arr.items().get(i);
                    // after_unknown mirrors the value: a list of objects flagging the unknown attributes
                    Doc.Obj itemUnknown = nestedUnknown instanceof Doc.Arr ua && i < ua.items().size()
                            && ua.items().get(i) instanceof Doc.Obj uo ? uo : null;
                    blocks.add(new Hcl.Block(key, List.of(), body(obj, itemUnknown, Map.of()), pos(obj.at())));
                }
            } else if (!(value instanceof Doc.Scalar s && s.isNull())) {
                attributes.add(new Hcl.Attribute(key, expr(value), at));
            }
        });
        if (unknown != null) {
            unknown.members().forEach((key, flag) -> {
                if (flag instanceof Doc.Scalar b && b.kind() == Doc.Kind.BOOL && b.text().equals("true")
                        && !values.members().containsKey(key)) {
                    attributes.add(new Hcl.Attribute(key, afterApply(key, refs.get(key), unknown.keyAt(key)),
                            pos(unknown.keyAt(key))));
                }
            });
        }
        return new Hcl.Body(attributes, blocks);
    }

    /** An unknown value; a reference when the configuration names the resource it comes from. */
    private static Hcl.Expr afterApply(String key, List<String> references, Location at) {
        Hcl.Pos p = pos(at);
        if (references != null && !references.isEmpty()) {
            List<Hcl.Expr> parsed = new ArrayList<>();
            for (String ref : references) {
                try {
                    Hcl.Attribute a = HclParser.parse("x = " + ref, 10).attributes().get(0);
                    parsed.add(a.value());
                } catch (HclParser.SyntaxError | IndexOutOfBoundsException e) {
                    // not a traversal; ignore
                }
            }
            if (!parsed.isEmpty()) {
                return LIST_ATTRIBUTES.contains(key) ? new Hcl.Tuple(parsed, p, key) : parsed.get(0);
            }
        }
        return new Hcl.Variable("(known after apply)", p, "(known after apply)");
    }

    private static Hcl.Expr expr(Doc v) {
        Hcl.Pos p = pos(v.at());
        if (v instanceof Doc.Scalar s && s.kind() == Doc.Kind.STRING) {
            return new Hcl.Literal(s.text(), p, s.text());
        }
        if (v instanceof Doc.Scalar s && s.kind() == Doc.Kind.NUMBER) {
            BigDecimal n = Types.decimal(s, Types.Coercion.AS_WRITTEN);
            return new Hcl.Literal(n, p, Values.number(n));
        }
        if (v instanceof Doc.Scalar s && s.kind() == Doc.Kind.BOOL) {
            return new Hcl.Literal(Boolean.valueOf(s.text()), p, s.text());
        }
        if (v instanceof Doc.Arr a) {
            return new Hcl.Tuple(a.items().stream().map(PlanReader::expr).toList(), p, "[...]");
        }
        if (v instanceof Doc.Obj o) {
            List<Hcl.Item> items = new ArrayList<>();
            o.members().forEach((k, x) -> items.add(new Hcl.Item(new Hcl.Literal(k, p, k), expr(x))));
            return new Hcl.ObjectCons(items, p, "{...}");
        }
        return new Hcl.Literal(null, p, "null");
    }

    /** configuration.root_module.resources[].expressions.<attr>.references, by resource address. */
    private static Map<String, Map<String, List<String>>> references(Doc.Obj plan) {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        if (plan.get("configuration") instanceof Doc.Obj config
                && config.get("root_module") instanceof Doc.Obj rm
                && rm.get("resources") instanceof Doc.Arr resources) {
            for (Doc r : resources.items()) {
                if (!(r instanceof Doc.Obj res) || !(res.get("expressions") instanceof Doc.Obj exprs)) {
                    continue;
                }
                Map<String, List<String>> perAttr = new LinkedHashMap<>();
                exprs.members().forEach((attr, e) -> {
                    if (e instanceof Doc.Obj eo && eo.get("references") instanceof Doc.Arr refs) {
                        perAttr.put(attr, refs.items().stream().map(x -> Types.text(x, Types.Coercion.AS_WRITTEN))
                                .filter(Objects::nonNull).toList());
                    }
                });
                String address = text(res, "address");
                if (address != null) {
                    out.put(address, perAttr);
                }
            }
        }
        return out;
    }

    private static String text(Doc.Obj o, String key) {
        return Types.text(o.get(key), Types.Coercion.AS_WRITTEN);
    }

    private static Hcl.Pos pos(Location l) {
        return new Hcl.Pos(l.line(), l.column());
    }
}
