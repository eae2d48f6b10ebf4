package dev.sagelint.parse.cfn;

import java.util.Map;

/**
 * The template's resources as read so far (type and evaluated properties by logical id) and how a
 * value refers to one of them.
 */
record ResourceIndex(Map<String, String> types, Map<String, Props> props) {

    /** The logical id of a resource of this type (and not dropped by its Condition) that the value references. */
    String refOfType(Val v, String type) {
        for (String ref : v.refs()) {
            if (type.equals(types.get(ref)) && props.containsKey(ref)) {
                return ref;
            }
        }
        return null;
    }

    /** How other facts name a resource: its literal id, or the logical id it references. */
    static String id(Val.Str s) {
        if (!s.known() && s.refs().size() == 1) {
            return s.refs().iterator().next();
        }
        return s.text();
    }
}
