package dev.sagelint.parse.cfn;

import dev.sagelint.parse.doc.Doc;
import dev.sagelint.parse.doc.DocReader;

import java.util.Map;

/**
 * The template's resources as read so far (type and evaluated properties by logical id) and how a
 * value refers to one of them.
 */
record ResourceIndex(Map<String, String> types, Map<String, DocReader> props) {

    /** The logical id of a resource of this type (and not dropped by its Condition) that the value references. */
    String refOfType(Doc v, String type) {
        for (String ref : Doc.refs(v)) {
            if (type.equals(types.get(ref)) && props.containsKey(ref)) {
                return ref;
            }
        }
        return null;
    }
}
