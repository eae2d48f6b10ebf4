package dev.sagelint.parse.doc;

import dev.sagelint.model.Location;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one located tree every input syntax is adapted to (issue 12 item 1): objects with the location of each key,
 * arrays, scalars that keep their text as written and their kind, and values that cannot be known statically with
 * the references they mention. {@link DocReader} reads facts' fields from it with one set of type rules and one
 * wording, whatever the syntax. Trees may share subtrees (YAML aliases), never cycles.
 */
public sealed interface Doc permits Doc.Obj, Doc.Arr, Doc.Scalar, Doc.Unknown {

    /** Where the value starts. */
    Location at();

    /** The resources a value mentions, in the order written, through every member and item. */
    static Set<String> refs(Doc d) {
        if (d instanceof Scalar s) {
            return s.refs();
        }
        if (d instanceof Unknown u) {
            return u.refs();
        }
        Set<String> all = new LinkedHashSet<>();
        if (d instanceof Obj o) {
            o.members().values().forEach(m -> all.addAll(refs(m)));
        } else if (d instanceof Arr a) {
            a.items().forEach(i -> all.addAll(refs(i)));
        }
        return all;
    }

    /** The text of a string as far as it is known: a scalar's, or a partly known string's with {@code ${...}}. */
    static String text(Doc d) {
        return d instanceof Scalar s ? s.text() : d instanceof Unknown u ? u.text() : null;
    }

    /** An object; {@code keys} holds where each key is written, {@code endLine} the line where the object ends. */
    record Obj(Map<String, Doc> members, Map<String, Location> keys, Location at, int endLine) implements Doc {
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
            keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
            endLine = Math.max(endLine, at.line());
        }

        public Doc get(String key) {
            return members.get(key);
        }

        /** Where the key is written, or the object itself when it is absent. */
        public Location keyAt(String key) {
            return keys.getOrDefault(key, at);
        }
    }

    /**
     * An array; {@code open} when how many items it has is known only at deploy time, so those written may be more
     * or fewer than there will be (a Terraform {@code dynamic} block over a collection known only at apply time,
     * read as one block): its fields are unknown, and it may be absent.
     */
    record Arr(List<Doc> items, Location at, int endLine, boolean open) implements Doc {
        public Arr {
            items = List.copyOf(items);
            endLine = Math.max(endLine, at.line());
        }

        public Arr(List<Doc> items, Location at, int endLine) {
            this(items, at, endLine, false);
        }
    }

    /** What a scalar is in its own syntax: a JSON string, a YAML plain {@code 2} (a number), {@code true}, null. */
    enum Kind { STRING, NUMBER, BOOL, NULL }

    /**
     * A scalar; {@code text} is as written for numbers ({@code 2.0}, {@code 1e3}) and the value for strings;
     * {@code refs} the resources a value known through them mentions (a CloudFormation {@code !Ref} of a resource
     * with an explicit name), empty for a literal.
     */
    record Scalar(String text, Kind kind, Location at, Set<String> refs) implements Doc {
        public Scalar {
            java.util.Objects.requireNonNull(text, "text");
            java.util.Objects.requireNonNull(kind, "kind");
            refs = refs.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(refs));
        }

        /** A literal. */
        public Scalar(String text, Kind kind, Location at) {
            this(text, kind, at, Set.of());
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }
    }

    /**
     * A value written but not knowable from the files (a parameter without a default, an unknown variable, a YAML tag
     * sagelint does not read); {@code why} says what it depends on, {@code refs} the resources it mentions. A string
     * of which only some parts are known at deploy time ({@code arn:aws:s3:::${Bucket}/model}) also keeps {@code text},
     * the string with each unknown part written {@code ${...}}; {@code text} is null when the whole value is unknown.
     */
    record Unknown(String why, Set<String> refs, Location at, String text) implements Doc {
        public Unknown {
            refs = Collections.unmodifiableSet(new LinkedHashSet<>(refs));
        }

        /** A value unknown as a whole. */
        public Unknown(String why, Set<String> refs, Location at) {
            this(why, refs, at, null);
        }

        /** A string with unknown parts, written {@code ${...}} in {@code text}. */
        public static Unknown partial(String text, Set<String> refs, Location at) {
            return new Unknown(text, refs, at, text);
        }
    }
}
