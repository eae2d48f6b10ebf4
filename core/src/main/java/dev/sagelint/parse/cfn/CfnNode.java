package dev.sagelint.parse.cfn;

import dev.sagelint.model.Location;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template as written, independent of YAML or JSON: scalars keep the author's text, intrinsic
 * functions (short or long form) are {@link Fn} nodes, and every node knows where it starts (and
 * containers where they end, so a resource's line range is known).
 */
sealed interface CfnNode permits CfnNode.Scalar, CfnNode.Seq, CfnNode.Obj, CfnNode.Fn {

    Location location();

    /** A scalar as written; {@code nul} is true for YAML null / JSON null. */
    record Scalar(String text, boolean nul, Location location) implements CfnNode {
    }

    record Seq(List<CfnNode> items, Location location, int endLine) implements CfnNode {
        public Seq {
            items = List.copyOf(items);
        }
    }

    /** A mapping; keys keep their own locations. */
    record Obj(Map<String, Entry> entries, Location location, int endLine) implements CfnNode {
        public Obj {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        CfnNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    record Entry(String key, Location keyLocation, CfnNode value) {
    }

    /** An intrinsic function: {@code name} is the long form ({@code Ref}, {@code Fn::Sub}, {@code Condition}). */
    record Fn(String name, CfnNode argument, Location location) implements CfnNode {
    }

    /** A Serverless Framework variable in a string ({@code ${self:custom.stage}}): the framework resolves it. */
    String SERVERLESS_VARIABLE = "Serverless::Variable";

    /** Long-form names of every intrinsic sagelint knows, by short tag. */
    static String longName(String tag) {
        return switch (tag) {
            case "Ref" -> "Ref";
            case "Condition" -> "Condition";
            default -> "Fn::" + tag;
        };
    }

    /** True for the keys that make a one-entry mapping an intrinsic function in long form. */
    static boolean isFunctionKey(String key) {
        return key.equals("Ref") || key.startsWith("Fn::");
    }
}
