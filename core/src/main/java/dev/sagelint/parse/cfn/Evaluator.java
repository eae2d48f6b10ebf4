package dev.sagelint.parse.cfn;

import dev.sagelint.model.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates intrinsic functions as far as the template (and the parameter values given) decide
 * them. Anything else stays symbolic: pseudo parameters and generated names become {@code ${...}}
 * segments, undecidable {@code Fn::If}s whose branches differ become {@link Val.Unknown}.
 */
final class Evaluator {

    /** Resource types whose Ref / GetAtt give the name the template may set explicitly. */
    static final Map<String, String> NAME_PROPERTY = Map.of(
            "AWS::SageMaker::Endpoint", "EndpointName",
            "AWS::SageMaker::EndpointConfig", "EndpointConfigName",
            "AWS::SageMaker::Model", "ModelName",
            "AWS::SageMaker::InferenceComponent", "InferenceComponentName");

    /** The resource kind in the ARN that {@code Ref} returns, per SageMaker type. */
    static final Map<String, String> ARN_KIND = Map.of(
            "AWS::SageMaker::Endpoint", "endpoint",
            "AWS::SageMaker::EndpointConfig", "endpoint-config",
            "AWS::SageMaker::Model", "model",
            "AWS::SageMaker::InferenceComponent", "inference-component");

    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}]*)}");
    private static final int MAX_DEPTH = 64;
    /**
     * The longest string Fn::Sub and Fn::Join build (characters): a chain that doubles a string at every step, or
     * an anchored scalar joined by thousands of aliases, stops here instead of filling the heap.
     */
    static final int MAX_STRING = 100_000;

    private final CfnNode.Obj parameters;
    private final Map<String, String> parameterValues;
    private final CfnNode.Obj mappings;
    private final CfnNode.Obj conditions;
    private final Map<String, CfnNode.Obj> resources;
    private final Map<String, Boolean> conditionCache = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    private int depth;
    /** Where a problem found while evaluating goes (SL001 at its place), each place once. */
    private final List<dev.sagelint.model.InputProblem> problems;
    private final Set<Location> reported = new HashSet<>();
    /**
     * The names resources set themselves, evaluated once each: a chain of Subs that each name the previous
     * resource twice costs one evaluation per step, not two to the power of the chain's length. Only values
     * computed without meeting a reference cycle are kept (a cycle's value depends on where it was entered).
     */
    private final Map<String, Val> names = new HashMap<>();
    private int cyclesMet;
    /** The resource whose properties are being evaluated: a reference to it from inside is unknowable. */
    private String current;

    Evaluator(CfnNode.Obj parameters, Map<String, String> parameterValues, CfnNode.Obj mappings,
              CfnNode.Obj conditions, Map<String, CfnNode.Obj> resources) {
        this(parameters, parameterValues, mappings, conditions, resources, new ArrayList<>());
    }

    Evaluator(CfnNode.Obj parameters, Map<String, String> parameterValues, CfnNode.Obj mappings,
              CfnNode.Obj conditions, Map<String, CfnNode.Obj> resources,
              List<dev.sagelint.model.InputProblem> problems) {
        this.problems = problems;
        this.parameters = parameters;
        this.parameterValues = parameterValues;
        this.mappings = mappings;
        this.conditions = conditions;
        this.resources = resources;
    }

    /** Evaluates a node inside resource {@code logicalId} (its Properties): references to itself are unknown. */
    Val evalIn(String logicalId, CfnNode node) {
        String outer = current;
        current = logicalId;
        try {
            return eval(node);
        } finally {
            current = outer;
        }
    }

    Val eval(CfnNode node) {
        dev.sagelint.parse.Cancellation.check();
        if (++depth > MAX_DEPTH) {
            depth--;
            return new Val.Unknown("nested too deeply", Set.of(), node.location());
        }
        try {
            if (node instanceof CfnNode.Scalar s) {
                return s.nul() ? new Val.NoValue(s.location()) : Val.Str.of(s.text(), s.location());
            }
            if (node instanceof CfnNode.Seq seq) {
                return list(seq);
            }
            if (node instanceof CfnNode.Obj obj) {
                return object(obj);
            }
            return function((CfnNode.Fn) node);
        } finally {
            depth--;
        }
    }

    private Val list(CfnNode.Seq seq) {
        List<Val> items = new ArrayList<>();
        for (CfnNode item : seq.items()) {
            Val v = eval(item);
            if (!(v instanceof Val.NoValue)) {
                items.add(v);
            }
        }
        return new Val.Lst(items, seq.location());
    }

    private Val object(CfnNode.Obj obj) {
        Map<String, Val> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new HashMap<>();
        for (CfnNode.Entry e : obj.entries().values()) {
            Val v = eval(e.value());
            if (!(v instanceof Val.NoValue)) {
                entries.put(e.key(), v);
                keys.put(e.key(), e.keyLocation());
            }
        }
        return new Val.Obj(entries, keys, obj.location(), obj.endLine());
    }

    private Val function(CfnNode.Fn fn) {
        Location at = fn.location();
        return switch (fn.name()) {
            case "Ref" -> ref(fn.argument(), at);
            case "Fn::GetAtt" -> getAtt(fn.argument(), at);
            case "Fn::Sub" -> sub(fn.argument(), at);
            case "Fn::Join" -> join(fn.argument(), at);
            case "Fn::Select" -> select(fn.argument(), at);
            case "Fn::Split" -> split(fn.argument(), at);
            case "Fn::FindInMap" -> findInMap(fn.argument(), at);
            case "Fn::If" -> ifFn(fn.argument(), at);
            case CfnNode.SERVERLESS_VARIABLE -> new Val.Str(((CfnNode.Scalar) fn.argument()).text(), false, Set.of(), at);
            default -> new Val.Unknown(fn.name() + " is evaluated by CloudFormation at deploy time",
                    eval(fn.argument()).refs(), at);
        };
    }

    private Val ref(CfnNode arg, Location at) {
        Val name = eval(arg);
        if (!(name instanceof Val.Str s) || !s.known()) {
            return new Val.Unknown("Ref to a computed name", name.refs(), at);
        }
        return named(s.text(), null, at);
    }

    /** The value of {@code ${name}} in a Sub, a Ref (attribute null) or a GetAtt. */
    private Val named(String name, String attribute, Location at) {
        if (attribute == null && name.equals("AWS::NoValue")) {
            return new Val.NoValue(at);
        }
        if (attribute == null && name.startsWith("AWS::")) {
            return new Val.Str("${" + name + "}", false, Set.of(), at);
        }
        if (attribute == null && parameters != null && parameters.entries().containsKey(name)) {
            return parameter(name, at);
        }
        CfnNode.Obj resource = resources.get(name);
        if (resource != null && name.equals(current)) {
            return new Val.Unknown(name + " refers to itself, which CloudFormation rejects as a circular dependency",
                    Set.of(), at);
        }
        if (resource == null) {
            String display = attribute == null ? name : name + "." + attribute;
            return new Val.Str("${" + display + "}", false, Set.of(), at);
        }
        if (attribute == null && ARN_KIND.containsKey(typeOf(resource))) {
            return arnOf(name, resource, at);
        }
        Val explicit = explicitName(name, resource, attribute);
        if (explicit instanceof Val.Str s && s.known()) {
            return new Val.Str(s.text(), true, Set.of(name), at);
        }
        if (explicit instanceof Val.Str s) {
            // a name built from parameters (EndpointConfigName: !Ref Name) is written like every other use of
            // them, so a ResourceId through the config's name matches an endpoint named !Ref Name too
            Set<String> refs = new LinkedHashSet<>(List.of(name));
            refs.addAll(s.refs());
            return new Val.Str(s.text(), false, refs, at);
        }
        String display = attribute == null ? name : name + "." + attribute;
        return new Val.Str("${" + display + "}", false, Set.of(name), at);
    }

    /**
     * What {@code Ref} returns for a SageMaker resource: its ARN, not its name (CloudFormation Template Reference,
     * "Return values" of each type). The name part is the resource's own name when the template sets it.
     */
    private Val arnOf(String logicalId, CfnNode.Obj resource, Location at) {
        String type = typeOf(resource);
        Val name = explicitName(logicalId, resource, NAME_PROPERTY.get(type));
        String namePart = name instanceof Val.Str s && s.known() ? s.text()
                : "${" + logicalId + "." + NAME_PROPERTY.get(type) + "}";
        return new Val.Str(ARN_PREFIX + ARN_KIND.get(type) + "/" + namePart, false, Set.of(logicalId), at);
    }

    /** The text {@code Ref} of a SageMaker resource starts with (the partition, region and account stay symbolic). */
    static final String ARN_PREFIX = "arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:";

    /** The name a SageMaker resource sets itself, when this attribute returns it. */
    private Val explicitName(String logicalId, CfnNode.Obj resource, String attribute) {
        String type = typeOf(resource);
        String property = NAME_PROPERTY.get(type);
        if (property == null || attribute != null && !attribute.equals(property)) {
            return null;
        }
        if (!(resource.get("Properties") instanceof CfnNode.Obj props) || props.get(property) == null) {
            return null;
        }
        if (names.containsKey(logicalId)) {
            return names.get(logicalId);
        }
        if (!evaluating.add(logicalId)) {
            cyclesMet++;
            return null;
        }
        int cycles = cyclesMet;
        try {
            Val v = evalIn(logicalId, props.get(property));
            if (cycles == cyclesMet) {
                names.put(logicalId, v);
            }
            return v;
        } finally {
            evaluating.remove(logicalId);
        }
    }

    static String typeOf(CfnNode.Obj resource) {
        return resource.get("Type") instanceof CfnNode.Scalar s ? s.text() : null;
    }

    /** Where a parameter's value was put in the template, and the parameter's name (first use per place). */
    private final Map<Location, String> parameterUses = new java.util.HashMap<>();

    /** The parameter whose value sits at this location (a {@code Ref} to it), null when none. */
    String parameterAt(Location at) {
        return parameterUses.get(at);
    }

    private Val parameter(String name, Location at) {
        parameterUses.putIfAbsent(at, name);
        CfnNode.Obj decl = parameters.get(name) instanceof CfnNode.Obj o ? o : null;
        String type = decl != null && decl.get("Type") instanceof CfnNode.Scalar t ? t.text() : "String";
        String value = parameterValues.get(name);
        if (value == null && decl != null && decl.get("Default") instanceof CfnNode.Scalar d && !d.nul()) {
            value = d.text();
        }
        if (value == null) {
            return new Val.Str("${" + name + "}", false, Set.of(), at);
        }
        if (type.startsWith("List<") || type.equals("CommaDelimitedList")) {
            List<Val> items = new ArrayList<>();
            for (String part : value.split(",", -1)) {
                items.add(Val.Str.of(part.trim(), at));
            }
            return new Val.Lst(items, at);
        }
        if (type.startsWith("AWS::SSM::Parameter::")) {
            return new Val.Str("${" + name + "}", false, Set.of(), at);
        }
        return Val.Str.of(value, at);
    }

    private Val getAtt(CfnNode arg, Location at) {
        Val v = eval(arg);
        String resource = null;
        String attribute = null;
        if (v instanceof Val.Lst l && l.items().size() == 2 && l.items().get(0) instanceof Val.Str r && r.known()
                && l.items().get(1) instanceof Val.Str a && a.known()) {
            resource = r.text();
            attribute = a.text();
        } else if (v instanceof Val.Str s && s.known() && s.text().contains(".")) {
            resource = s.text().substring(0, s.text().indexOf('.'));
            attribute = s.text().substring(s.text().indexOf('.') + 1);
        }
        if (resource == null) {
            return new Val.Unknown("GetAtt with a computed name", v.refs(), at);
        }
        return named(resource, attribute, at);
    }

    private Val sub(CfnNode arg, Location at) {
        Val v = eval(arg);
        String template;
        Map<String, Val> variables = Map.of();
        if (v instanceof Val.Str s && s.known()) {
            template = s.text();
        } else if (v instanceof Val.Lst l && l.items().size() == 2 && l.items().get(0) instanceof Val.Str s
                && s.known() && l.items().get(1) instanceof Val.Obj vars) {
            template = s.text();
            variables = vars.entries();
        } else {
            return new Val.Unknown("Fn::Sub with a computed template", v.refs(), at);
        }
        StringBuilder out = new StringBuilder();
        boolean known = true;
        Set<String> refs = new LinkedHashSet<>();
        String unknowable = null;
        Matcher m = SUB_VAR.matcher(template);
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            last = m.end();
            if (out.length() > MAX_STRING) {
                return tooLong("Fn::Sub", refs, at);
            }
            String name = m.group(1).trim();
            if (name.startsWith("!")) {
                out.append("${").append(name.substring(1)).append('}');
                continue;
            }
            Val value = variables.containsKey(name) ? variables.get(name)
                    : name.contains(".") && !name.startsWith("AWS::") ? attribute(name, at)
                    : named(name, null, at);
            refs.addAll(value.refs());
            if (value instanceof Val.Str s) {
                out.append(s.text());
                known &= s.known();
            } else if (unknowable == null) {
                unknowable = value instanceof Val.Unknown u ? u.why() : "${" + name + "} is not a string";
            }
        }
        if (unknowable != null) {
            // a part only CloudFormation knows makes the whole string unknown: no '${...}' of it reaches a message
            return new Val.Unknown("Fn::Sub: " + unknowable, refs, at);
        }
        out.append(template.substring(last));
        if (out.length() > MAX_STRING) {
            return tooLong("Fn::Sub", refs, at);
        }
        return new Val.Str(out.toString(), known, refs, at);
    }

    /**
     * {@code ${Resource.Attribute}} in a Sub: the name a SageMaker resource sets (or a link to it when
     * generated); any other attribute (an ARN, an endpoint address, ...) only CloudFormation knows.
     */
    private Val attribute(String name, Location at) {
        String resource = name.substring(0, name.indexOf('.'));
        String attribute = name.substring(name.indexOf('.') + 1);
        CfnNode.Obj r = resources.get(resource);
        if (r != null && !resource.equals(current) && !attribute.equals(NAME_PROPERTY.get(typeOf(r)))) {
            return new Val.Unknown(resource + "." + attribute + " is known only to CloudFormation at deploy time",
                    Set.of(resource), at);
        }
        return named(resource, attribute, at);
    }

    private Val join(CfnNode arg, Location at) {
        Val v = eval(arg);
        if (v instanceof Val.Lst l && l.items().size() == 2 && l.items().get(0) instanceof Val.Str d && d.known()) {
            if (!(l.items().get(1) instanceof Val.Lst parts)) {
                return new Val.Unknown("Fn::Join over a computed list", v.refs(), at);
            }
            StringBuilder out = new StringBuilder();
            boolean known = true;
            for (int i = 0; i < parts.items().size(); i++) {
                if (i > 0) {
                    out.append(d.text());
                }
                if (parts.items().get(i) instanceof Val.Str s) {
                    out.append(s.text());
                    known &= s.known();
                    if (out.length() > MAX_STRING) {
                        return tooLong("Fn::Join", v.refs(), at);
                    }
                } else {
                    return new Val.Unknown("Fn::Join: " + (parts.items().get(i) instanceof Val.Unknown u ? u.why()
                            : "an item that is not a string"), v.refs(), at);
                }
            }
            return new Val.Str(out.toString(), known, v.refs(), at);
        }
        return new Val.Unknown("Fn::Join with a computed delimiter", v.refs(), at);
    }

    /** A string over {@link #MAX_STRING}: SL001 at the function, once per place, and an unknown value. */
    private Val tooLong(String function, Set<String> refs, Location at) {
        String why = function + " builds a string longer than " + MAX_STRING + " characters";
        if (reported.add(at)) {
            problems.add(dev.sagelint.model.InputProblem.at(at, why + " (a chain that doubles a string, or a"
                    + " value joined from many aliases?); sagelint reads it as unknown, so rules on it stay silent;"
                    + " build long values outside the template"));
        }
        return new Val.Unknown(why, refs, at);
    }

    private Val select(CfnNode arg, Location at) {
        Val v = eval(arg);
        if (v instanceof Val.Lst l && l.items().size() == 2 && l.items().get(0) instanceof Val.Str i && i.known()
                && l.items().get(1) instanceof Val.Lst items) {
            try {
                int index = Integer.parseInt(i.text().trim());
                if (index >= 0 && index < items.items().size()) {
                    return items.items().get(index);
                }
            } catch (NumberFormatException e) {
                // not decidable: fall through
            }
        }
        return new Val.Unknown("Fn::Select over a computed list", v.refs(), at);
    }

    private Val split(CfnNode arg, Location at) {
        Val v = eval(arg);
        if (v instanceof Val.Lst l && l.items().size() == 2 && l.items().get(0) instanceof Val.Str d && d.known()
                && l.items().get(1) instanceof Val.Str s && s.known() && !d.text().isEmpty()) {
            List<Val> items = new ArrayList<>();
            for (String part : s.text().split(Pattern.quote(d.text()), -1)) {
                items.add(Val.Str.of(part, at));
            }
            return new Val.Lst(items, at);
        }
        return new Val.Unknown("Fn::Split of a computed string", v.refs(), at);
    }

    private Val findInMap(CfnNode arg, Location at) {
        Val v = eval(arg);
        if (mappings != null && v instanceof Val.Lst l && l.items().size() >= 3
                && l.items().get(0) instanceof Val.Str a && a.known()
                && l.items().get(1) instanceof Val.Str b && b.known()
                && l.items().get(2) instanceof Val.Str c && c.known()
                && mappings.get(a.text()) instanceof CfnNode.Obj top
                && top.get(b.text()) instanceof CfnNode.Obj second
                && second.get(c.text()) != null) {
            return eval(second.get(c.text()));
        }
        return new Val.Unknown("Fn::FindInMap with a key known only at deploy time", v.refs(), at);
    }

    private Val ifFn(CfnNode arg, Location at) {
        if (!(arg instanceof CfnNode.Seq seq) || seq.items().size() != 3
                || !(seq.items().get(0) instanceof CfnNode.Scalar c)) {
            return new Val.Unknown("malformed Fn::If", Set.of(), at);
        }
        Boolean decided = condition(c.text());
        if (decided != null) {
            return eval(seq.items().get(decided ? 1 : 2));
        }
        return merge(eval(seq.items().get(1)), eval(seq.items().get(2)), c.text(), at);
    }

    /**
     * What both branches of an undecidable Fn::If agree on: equal values stay, mappings and lists of
     * the same shape merge part by part, and every part that differs becomes unknown. So a rule sees
     * a value only when it holds under every branch.
     */
    static Val merge(Val yes, Val no, String condition, Location at) {
        if (Val.same(yes, no)) {
            return yes;
        }
        if (yes instanceof Val.Obj a && no instanceof Val.Obj b) {
            Map<String, Val> entries = new LinkedHashMap<>();
            Map<String, Location> keys = new HashMap<>();
            Set<String> all = new LinkedHashSet<>(a.entries().keySet());
            all.addAll(b.entries().keySet());
            for (String k : all) {
                Val x = a.get(k);
                Val y = b.get(k);
                Location where = x != null ? x.at() : y.at();
                entries.put(k, x == null || y == null
                        ? new Val.Unknown("present only when condition " + condition + " is "
                        + (x != null), (x != null ? x : y).refs(), where)
                        : merge(x, y, condition, where));
                keys.put(k, a.keys().containsKey(k) ? a.keys().get(k) : b.keys().get(k));
            }
            return new Val.Obj(entries, keys, a.at(), Math.max(a.endLine(), b.endLine()));
        }
        if (yes instanceof Val.Lst a && no instanceof Val.Lst b && a.items().size() == b.items().size()) {
            List<Val> items = new ArrayList<>();
            for (int i = 0; i < a.items().size(); i++) {
                items.add(merge(a.items().get(i), b.items().get(i), condition, a.items().get(i).at()));
            }
            return new Val.Lst(items, a.at());
        }
        Set<String> refs = new LinkedHashSet<>(yes.refs());
        refs.addAll(no.refs());
        return new Val.Unknown("depends on condition " + condition, refs, at);
    }

    /** True or false when the parameters decide the named condition, null when they do not. */
    Boolean condition(String name) {
        if (conditionCache.containsKey(name)) {
            return conditionCache.get(name);
        }
        conditionCache.put(name, null); // cycle guard
        Boolean value = conditions == null || conditions.get(name) == null ? null : test(conditions.get(name));
        conditionCache.put(name, value);
        return value;
    }

    private Boolean test(CfnNode node) {
        if (node instanceof CfnNode.Obj obj && obj.entries().size() == 1 && obj.get("Condition") != null
                && obj.get("Condition") instanceof CfnNode.Scalar s) {
            return condition(s.text());
        }
        if (!(node instanceof CfnNode.Fn fn)) {
            return node instanceof CfnNode.Scalar s ? bool(s.text()) : null;
        }
        List<CfnNode> args = fn.argument() instanceof CfnNode.Seq seq ? seq.items() : List.of(fn.argument());
        switch (fn.name()) {
            case "Condition":
                return fn.argument() instanceof CfnNode.Scalar s ? condition(s.text()) : null;
            case "Fn::Equals": {
                if (args.size() != 2) {
                    return null;
                }
                Val a = eval(args.get(0));
                Val b = eval(args.get(1));
                if (a instanceof Val.Str x && x.known() && b instanceof Val.Str y && y.known()) {
                    return x.text().equals(y.text());
                }
                return null;
            }
            case "Fn::Not":
                Boolean inner = args.size() == 1 ? test(args.get(0)) : null;
                return inner == null ? null : !inner;
            case "Fn::And": {
                boolean unknown = false;
                for (CfnNode a : args) {
                    Boolean b = test(a);
                    if (Boolean.FALSE.equals(b)) {
                        return false;
                    }
                    unknown |= b == null;
                }
                return unknown ? null : true;
            }
            case "Fn::Or": {
                boolean unknown = false;
                for (CfnNode a : args) {
                    Boolean b = test(a);
                    if (Boolean.TRUE.equals(b)) {
                        return true;
                    }
                    unknown |= b == null;
                }
                return unknown ? null : false;
            }
            default:
                return null;
        }
    }

    private static Boolean bool(String text) {
        return text.equalsIgnoreCase("true") ? Boolean.TRUE : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }
}
