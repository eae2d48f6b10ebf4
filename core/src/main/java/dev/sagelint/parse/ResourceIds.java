package dev.sagelint.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits Application Auto Scaling resource ids for SageMaker into their names. */
public final class ResourceIds {

    private static final Pattern VARIANT = Pattern.compile("^endpoint/([^/]+)/variant/([^/]+)$");
    private static final Pattern COMPONENT = Pattern.compile("^inference-component/([^/]+)$");

    private ResourceIds() {
    }

    /** The names in a resource id; each null when the id does not have it or it is an unknown segment. */
    public record Parts(String endpoint, String variant, String component) {
        static final Parts NONE = new Parts(null, null, null);
    }

    public static Parts parse(String resourceId) {
        if (resourceId == null) {
            return Parts.NONE;
        }
        Matcher m = VARIANT.matcher(resourceId);
        if (m.matches()) {
            return new Parts(known(m.group(1)), known(m.group(2)), null);
        }
        m = COMPONENT.matcher(resourceId);
        if (m.matches()) {
            return new Parts(null, null, known(m.group(1)));
        }
        return Parts.NONE;
    }

    /** Null for a segment that holds an unresolved {@code ${...}}. */
    private static String known(String segment) {
        return segment.contains("${") ? null : segment;
    }
}
