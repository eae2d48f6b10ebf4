package dev.sagelint.engine.change;

import dev.sagelint.model.FieldNames;
import dev.sagelint.model.Location;
import dev.sagelint.model.Source;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a fact says, without where it says it: its record components minus locations, keys and the links the linker
 * fills in. Two versions of a resource have the same content when they would create the same resource.
 */
final class Content {

    /** Components that identify or link a fact rather than describe the resource. */
    private static final Set<String> NOT_CONTENT = Set.of("key", "configKey", "modelKey", "endpointKey", "targetKey",
            "variantKey", "componentKey", "production", "async", "explicitName", "index");

    /** Record components whose AWS name is not the capitalised component name, by record type. */
    private static final Map<String, String> AWS_NAMES = Map.of(
            "Variant.name", "VariantName", "Variant.instancePoolTypes", "InstancePools", "Model.name", "ModelName",
            "Container.image", "Image", "EndpointConfig.name", "EndpointConfigName");

    private Content() {
    }

    /** The described components of a record, in declaration order, each rendered as text. */
    static Map<String, String> of(Record record) {
        Map<String, String> out = new LinkedHashMap<>();
        if (record == null) {
            return out;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (NOT_CONTENT.contains(c.getName())) {
                continue;
            }
            Object value = value(record, c);
            if (value instanceof Source || value instanceof Location) {
                continue;
            }
            out.put(c.getName(), render(value));
        }
        return out;
    }

    /**
     * The fields that differ, as {@code Prefix.Field: before -> after}, in the given format's spelling; a field one
     * side does not write shows as {@code (not set)}.
     */
    static List<String> changes(String format, String prefix, Record base, Record head) {
        Map<String, String> b = of(base);
        Map<String, String> h = of(head);
        String type = (head != null ? head : base).getClass().getSimpleName();
        List<String> out = new ArrayList<>();
        Set<String> names = new java.util.LinkedHashSet<>(b.keySet());
        names.addAll(h.keySet());
        for (String name : names) {
            String before = b.getOrDefault(name, "null");
            String after = h.getOrDefault(name, "null");
            if (!Objects.equals(before, after)) {
                String aws = AWS_NAMES.getOrDefault(type + "." + name, name);
                out.add(prefix + FieldNames.of(format, aws) + ": " + shown(before) + " -> " + shown(after));
            }
        }
        return out;
    }

    private static String shown(String rendered) {
        return rendered.equals("null") || rendered.equals("[]") || rendered.equals("{}") ? "(not set)" : rendered;
    }

    private static Object value(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
        }
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Record r) {
            StringBuilder sb = new StringBuilder("{");
            of(r).forEach((k, v) -> {
                if (!v.equals("null")) {
                    sb.append(sb.length() > 1 ? ", " : "").append(k).append('=').append(v);
                }
            });
            return sb.append('}').toString();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(i -> items.add(render(i)));
            return items.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), render(v)));
            return sorted.toString();
        }
        if (value instanceof Set<?> set) {
            List<String> items = new ArrayList<>();
            set.forEach(i -> items.add(render(i)));
            items.sort(null);
            return items.toString();
        }
        return value.toString();
    }
}
