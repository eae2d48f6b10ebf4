package dev.sagelint.parse;

import dev.sagelint.model.Fact;
import dev.sagelint.model.Source;

import java.util.Set;

/**
 * CloudFormation only, for the Linker: the resources (logical ids) a scalable target is bound to be
 * created after, through references and DependsOn, directly or transitively. Once the target is linked to
 * its endpoint, the Linker turns this into a {@link dev.sagelint.model.StackOrder} in its place; it drops it
 * for a target it cannot link.
 *
 * @param source where the target names its endpoint (its ResourceId)
 */
public record Ordering(String targetKey, Set<String> after, Source source) implements Fact {

    public Ordering {
        after = Set.copyOf(after);
    }

    @Override
    public String key() {
        return targetKey + ".ordering";
    }
}
