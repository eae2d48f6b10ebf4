package dev.sagelint.parse.yaml;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.BiConsumer;

/** Tells the tags YAML resolves by itself from explicit ones such as {@code !Ref} or {@code !!java.Foo}. */
public final class StandardTags {

    private static final Set<Tag> STANDARD = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
            Tag.MAP, Tag.SEQ, Tag.MERGE);

    private StandardTags() {
    }

    public static boolean isStandard(Node n) {
        return n.getTag() == null || STANDARD.contains(n.getTag());
    }

    /** Visits every node with an explicit, non-standard tag, each node once (aliases share nodes). */
    public static void forEachTagged(Node root, BiConsumer<Node, String> visitor) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (!isStandard(n)) {
                visitor.accept(n, n.getTag().getValue());
            }
            if (n instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    stack.push(t.getValueNode());
                    stack.push(t.getKeyNode());
                }
            } else if (n instanceof SequenceNode s) {
                s.getValue().forEach(stack::push);
            }
        }
    }
}
