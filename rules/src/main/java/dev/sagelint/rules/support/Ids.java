package dev.sagelint.rules.support;

import java.util.Collection;
import java.util.LinkedHashSet;

/** Small helpers over lists of resource ids, for rule constraints that cannot spell generic types. */
public final class Ids {

    private Ids() {
    }

    /** The number of distinct ids. */
    public static int distinct(Collection<?> ids) {
        return ids == null ? 0 : new LinkedHashSet<>(ids).size();
    }

    /** The distinct ids, in their first order, joined with ", ". */
    public static String join(Collection<?> ids) {
        return ids == null ? "" : String.join(", ", new LinkedHashSet<>(ids).stream().map(String::valueOf).toList());
    }
}
