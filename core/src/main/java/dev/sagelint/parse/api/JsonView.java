package dev.sagelint.parse.api;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.Setting;
import dev.sagelint.model.Source;
import dev.sagelint.parse.json.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One JSON object of an API body, with typed accessors that record where each field is written and
 * report a value of the wrong type as an input problem. JSON {@code null} counts as absent (AWS CLI
 * output prints absent members as null).
 */
final class JsonView {

    private final JsonNode.Obj obj;
    private final List<InputProblem> problems;
    private final Map<String, Location> fields = new LinkedHashMap<>();
    private final Set<String> unknown = new LinkedHashSet<>();

    JsonView(JsonNode.Obj obj, List<InputProblem> problems) {
        this.obj = obj;
        this.problems = problems;
    }

    Location location() {
        return obj.location();
    }

    Location at(String key) {
        return obj.at(key);
    }

    boolean has(String key) {
        JsonNode n = obj.get(key);
        return n != null && !(n instanceof JsonNode.Null);
    }

    /** The member names, in the order written. */
    java.util.Set<String> names() {
        return obj.members().keySet();
    }

    /** Records a field location on this view's source (for values read through a nested view). */
    JsonView field(String field, Location location) {
        fields.put(field, location);
        return this;
    }

    Source source() {
        return new Source(obj.location(), fields, unknown);
    }

    /** The source with the fact placed at another location (a configuration member). */
    Source source(Location at) {
        return new Source(at, fields, unknown);
    }

    private JsonNode value(String key, String field) {
        JsonNode n = obj.get(key);
        if (n == null || n instanceof JsonNode.Null) {
            return null;
        }
        if (field != null) {
            fields.put(field, obj.at(key));
        }
        return n;
    }

    String str(String key, String field) {
        JsonNode n = value(key, field);
        if (n == null) {
            return null;
        }
        if (n instanceof JsonNode.Str s) {
            return s.value();
        }
        problem(key, key + " is " + describe(n) + "; expected a string");
        return null;
    }

    Integer integer(String key, String field) {
        BigDecimal n = decimal(key, field, "a whole number");
        if (n == null) {
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            problem(key, key + " is " + dev.sagelint.parse.terraform.Values.number(n) + "; expected a whole number");
            return null;
        }
    }

    Double number(String key, String field) {
        BigDecimal n = decimal(key, field, "a number");
        return n == null ? null : n.doubleValue();
    }

    private BigDecimal decimal(String key, String field, String what) {
        JsonNode n = value(key, field);
        if (n == null) {
            return null;
        }
        if (n instanceof JsonNode.Num num) {
            return num.value();
        }
        problem(key, key + " is " + describe(n) + "; expected " + what);
        return null;
    }

    Boolean bool(String key, String field) {
        JsonNode n = value(key, field);
        if (n == null) {
            return null;
        }
        if (n instanceof JsonNode.Bool b) {
            return b.value();
        }
        problem(key, key + " is " + describe(n) + "; expected true or false");
        return null;
    }

    JsonView obj(String key) {
        JsonNode n = obj.get(key);
        if (n == null || n instanceof JsonNode.Null) {
            return null;
        }
        if (n instanceof JsonNode.Obj o) {
            return new JsonView(o, problems);
        }
        problem(key, key + " is " + describe(n) + "; expected an object");
        return null;
    }

    List<JsonView> objects(String key) {
        List<JsonView> out = new ArrayList<>();
        JsonNode n = obj.get(key);
        if (n == null || n instanceof JsonNode.Null) {
            return out;
        }
        if (!(n instanceof JsonNode.Arr arr)) {
            problem(key, key + " is " + describe(n) + "; expected a list");
            return out;
        }
        for (JsonNode item : arr.items()) {
            if (item instanceof JsonNode.Obj o) {
                out.add(new JsonView(o, problems));
            } else {
                problems.add(InputProblem.at(item.location(), "an item of " + key + " is " + describe(item)
                        + "; expected an object"));
            }
        }
        return out;
    }

    List<String> strings(String key, String field) {
        List<String> out = new ArrayList<>();
        JsonNode n = value(key, field);
        if (n == null) {
            return out;
        }
        if (!(n instanceof JsonNode.Arr arr)) {
            problem(key, key + " is " + describe(n) + "; expected a list of strings");
            return out;
        }
        for (JsonNode item : arr.items()) {
            if (item instanceof JsonNode.Str s) {
                out.add(s.value());
            } else {
                problems.add(InputProblem.at(item.location(), "an item of " + key + " is " + describe(item)
                        + "; expected a string"));
            }
        }
        return out;
    }

    /** Tags as the API writes them: [{"Key": k, "Value": v}]. */
    Map<String, String> tags(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonView t : objects(key)) {
            String k = t.str("Key", null);
            String v = t.str("Value", null);
            if (k != null && v != null) {
                out.put(k, v);
            }
        }
        return out;
    }

    /** Every member whose name mentions spot (SageMaker hosting and batch transform have none). */
    List<Setting> spotSettings() {
        List<Setting> out = new ArrayList<>();
        obj.members().forEach((k, v) -> {
            if (k.toLowerCase(Locale.ROOT).contains("spot") && !(v instanceof JsonNode.Null)) {
                out.add(new Setting(k, text(v), obj.at(k)));
            }
        });
        return out;
    }

    private static String text(JsonNode v) {
        if (v instanceof JsonNode.Str s) {
            return s.value();
        }
        if (v instanceof JsonNode.Num n) {
            return dev.sagelint.parse.terraform.Values.number(n.value());
        }
        if (v instanceof JsonNode.Bool b) {
            return String.valueOf(b.value());
        }
        return v instanceof JsonNode.Arr ? "[...]" : "{...}";
    }

    static String describe(JsonNode n) {
        if (n instanceof JsonNode.Str s) {
            return "\"" + s.value() + "\"";
        }
        if (n instanceof JsonNode.Obj) {
            return "an object";
        }
        if (n instanceof JsonNode.Arr) {
            return "a list";
        }
        return text(n);
    }

    void problem(String key, String message) {
        problems.add(InputProblem.at(obj.at(key), message));
    }
}
