package dev.sagelint.parse.cfn;

import dev.sagelint.model.InputProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conditions that refer to themselves, directly or through others ({@code A: !Condition B},
 * {@code B: !Not [!Condition A]}): CloudFormation rejects the template ("Circular dependency between
 * conditions"), so each cycle is one problem at the reference that closes it.
 */
final class ConditionCycles {

    /** A reference from one condition's definition to another condition, where it is written. */
    private record Ref(String name, CfnNode at) {
    }

    private enum State { VISITING, DONE }

    private final Map<String, List<Ref>> references = new LinkedHashMap<>();
    private final Map<String, State> state = new HashMap<>();
    private final List<String> path = new ArrayList<>();
    private final List<InputProblem> problems;

    private ConditionCycles(List<InputProblem> problems) {
        this.problems = problems;
    }

    static void check(CfnNode.Obj conditions, List<InputProblem> problems) {
        ConditionCycles c = new ConditionCycles(problems);
        for (CfnNode.Entry e : conditions.entries().values()) {
            List<Ref> refs = new ArrayList<>();
            collect(e.value(), refs, 0);
            c.references.put(e.key(), refs);
        }
        for (String name : c.references.keySet()) {
            c.visit(name);
        }
    }

    /** Depth-first from one condition, with an explicit stack: a chain of thousands of conditions is not deep Java. */
    private void visit(String root) {
        if (state.containsKey(root)) {
            return;
        }
        java.util.ArrayDeque<int[]> next = new java.util.ArrayDeque<>(); // per path entry: the next reference index
        state.put(root, State.VISITING);
        path.add(root);
        next.push(new int[] {0});
        while (!path.isEmpty()) {
            String name = path.get(path.size() - 1);
            List<Ref> refs = references.get(name);
            int[] i = next.peek();
            if (i[0] == refs.size()) {
                state.put(name, State.DONE);
                path.remove(path.size() - 1);
                next.pop();
                continue;
            }
            Ref r = refs.get(i[0]++);
            if (!references.containsKey(r.name())) {
                continue; // an undefined condition is not a cycle
            }
            if (state.get(r.name()) == State.VISITING) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(r.name()), path.size()));
                cycle.add(r.name());
                problems.add(InputProblem.at(r.at().location(), "condition " + name + " refers to condition "
                        + r.name() + (r.name().equals(name) ? ", itself" : ", which depends on " + name + " ("
                        + String.join(" -> ", cycle) + ")") + "; CloudFormation rejects circular condition"
                        + " references: define one of them without the other"));
            } else if (!state.containsKey(r.name())) {
                state.put(r.name(), State.VISITING);
                path.add(r.name());
                next.push(new int[] {0});
            }
        }
    }

    /** Every {@code Condition} reference in a condition's definition, short ({@code !Condition X}) or long form. */
    private static void collect(CfnNode node, List<Ref> out, int depth) {
        if (depth > 64) {
            return;
        }
        if (node instanceof CfnNode.Fn fn) {
            if (fn.name().equals("Condition") && fn.argument() instanceof CfnNode.Scalar s) {
                out.add(new Ref(s.text(), fn));
                return;
            }
            collect(fn.argument(), out, depth + 1);
        } else if (node instanceof CfnNode.Seq seq) {
            seq.items().forEach(i -> collect(i, out, depth + 1));
        } else if (node instanceof CfnNode.Obj obj) {
            if (obj.entries().size() == 1 && obj.get("Condition") instanceof CfnNode.Scalar s) {
                out.add(new Ref(s.text(), obj));
                return;
            }
            obj.entries().values().forEach(e -> collect(e.value(), out, depth + 1));
        }
    }
}
