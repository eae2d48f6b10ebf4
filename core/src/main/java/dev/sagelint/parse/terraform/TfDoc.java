package dev.sagelint.parse.terraform;

import dev.sagelint.model.Location;
import dev.sagelint.parse.doc.Doc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adapts an evaluated Terraform value to {@link Doc}: strings, numbers (as Terraform prints them) and booleans are
 * scalars of their kind, lists and sets arrays, maps and objects objects, and a value known only at apply time
 * ({@link Values.Unknown}, a string with unknown parts) {@link Doc.Unknown} naming the expression. A computed value
 * has one location, the attribute's, so every part of it points there.
 */
final class TfDoc {

    private TfDoc() {
    }

    static Doc of(Object v, Location at) {
        if (v instanceof String s) {
            return new Doc.Scalar(s, Doc.Kind.STRING, at);
        }
        if (v instanceof BigDecimal n) {
            return new Doc.Scalar(Values.number(n), Doc.Kind.NUMBER, at);
        }
        if (v instanceof Boolean b) {
            return new Doc.Scalar(b.toString(), Doc.Kind.BOOL, at);
        }
        if (v instanceof List<?> list) {
            List<Doc> items = new ArrayList<>(list.size());
            list.forEach(i -> items.add(of(i, at)));
            return new Doc.Arr(items, at, at.line());
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Doc> members = new LinkedHashMap<>();
            Map<String, Location> keys = new LinkedHashMap<>();
            map.forEach((k, x) -> {
                members.put(String.valueOf(k), of(x, at));
                keys.put(String.valueOf(k), at);
            });
            return new Doc.Obj(members, keys, at, at.line());
        }
        if (v instanceof Values.Unknown u) {
            String address = address(u.text());
            // a resource's id names the resource, as a CloudFormation Ref does: known enough to link by
            return address == null ? new Doc.Unknown(u.text(), Set.of(), at)
                    : Doc.Unknown.partial("${" + u.text() + "}", Set.of(address), at);
        }
        if (v instanceof Values.Partial p) {
            return Doc.Unknown.partial(p.text(), Set.of(), at);
        }
        return new Doc.Scalar("null", Doc.Kind.NULL, at);
    }

    /**
     * The resource an unknown value names by its id ({@code aws_subnet.a.id}): its address, as other facts name it
     * (a subnet fact's id is its address); null for a variable, local, data source or other attribute.
     */
    static String address(String why) {
        Matcher m = ID_OF_ONE_RESOURCE.matcher(why);
        return m.matches() && !NOT_RESOURCES.contains(why.substring(0, why.indexOf('.'))) ? m.group(1) : null;
    }

    /** {@code [module.m[k].]type.name[k].id}: one instance's id, not a splat over many ({@code aws_subnet.a[*].id}). */
    private static final Pattern ID_OF_ONE_RESOURCE = Pattern.compile(
            "((?:module\\.[\\w-]+(?:\\[[^\\]*]*])?\\.)*[A-Za-z][\\w-]*\\.[\\w-]+(?:\\[[^\\]*]*])?)\\.id");

    /** Traversals that look like an address but name no resource. */
    private static final Set<String> NOT_RESOURCES = Set.of("var", "data", "local", "each", "count", "self", "path",
            "terraform");

    /** A value as a template renders it ({@code ${...}} for an unknown one); null for a collection or null. */
    static String render(Doc d) {
        if (d instanceof Doc.Scalar s) {
            return s.isNull() ? null : s.text();
        }
        if (d instanceof Doc.Unknown u) {
            return u.text() != null ? u.text() : "${" + u.why() + "}";
        }
        return null;
    }
}
