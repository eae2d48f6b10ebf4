package dev.sagelint.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * docs/writing-rules-facts.md, the fact reference for rule authors, is generated from the model: every
 * record of dev.sagelint.model that implements {@link Fact}, and the value records and enums they
 * contain. Names, types and nullability come from reflection (a primitive is never null; a boxed or
 * reference value is null when unknown unless the record replaces null, which is checked by building
 * the record from nulls); descriptions are the Javadoc {@code @param} texts read from the record
 * sources, so nothing is typed twice. Fails when the page is stale and says how to regenerate it.
 */
class FactReferenceTest {

    static final String REGENERATE = "./mvnw -pl core test -Dtest=FactReferenceTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dsagelint.regenerate=true";
    private static final Path SOURCES = Path.of("src/main/java/dev/sagelint/model");
    private static final Path PAGE = Path.of("../docs/writing-rules-facts.md");
    private static final String PACKAGE = Fact.class.getPackageName();

    @Test
    void factReferenceIsCurrent() throws IOException {
        String expected = render();
        String current = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : null;
        if (expected.equals(current)) {
            return;
        }
        if (Boolean.getBoolean("sagelint.regenerate")) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        } else {
            fail(PAGE.normalize() + " is stale (the model changed); regenerate with: " + REGENERATE);
        }
    }

    @Test
    void everyFactIsDescribedInItsSource() throws IOException {
        // the reference lists facts by their Javadoc's first sentence: a fact without one is a blank entry
        List<String> undescribed = new ArrayList<>();
        for (Class<?> fact : facts()) {
            if (javadoc(fact).description().isEmpty()) {
                undescribed.add(fact.getSimpleName());
            }
        }
        assertThat(undescribed).as("facts without a Javadoc description on their record").isEmpty();
    }

    @Test
    void theReferenceShowsTheFactsRulesMatchOn() throws IOException {
        String page = render();
        assertThat(page).contains("## ScalableTarget", "| `minCapacity` | `Integer` | when unknown |",
                "| `declaresResourceId` | `boolean` | never |", "`Source.at(String)`",
                "`INSTANCE_COUNT` = `\"sagemaker:variant:DesiredInstanceCount\"`");
        assertThat(page.indexOf("## Alarm")).isLessThan(page.indexOf("## Variant"));
    }

    static List<Class<?>> facts() throws IOException {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".java")) {
                    continue;
                }
                Class<?> type = load(PACKAGE + "." + name.substring(0, name.length() - 5));
                if (type.isRecord() && Fact.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers())) {
                    out.add(type);
                }
            }
        }
        out.sort(Comparator.comparing(Class::getSimpleName));
        return out;
    }

    static String render() throws IOException {
        List<Class<?>> facts = facts();
        Set<Class<?>> values = new LinkedHashSet<>();
        for (Class<?> fact : facts) {
            collectValues(fact, values, facts);
        }
        List<Class<?>> valueTypes = values.stream().sorted(Comparator.comparing(FactReferenceTest::name)).toList();

        StringBuilder out = new StringBuilder();
        out.append("# Fact reference\n\n")
                .append("Generated from `dev.sagelint.model` by `").append(REGENERATE).append("`; do not edit.\n")
                .append("How to write rules with these facts: [writing-rules.md](writing-rules.md).\n\n")
                .append("Every fact is a Java record: DRL constraints use the component names (`Endpoint(name != null)`),\n")
                .append("Java code in consequences the accessors (`$e.name()`). **Null** says when a value can be\n")
                .append("absent: `never` for primitives and for values the record replaces with an empty one, `when unknown`\n")
                .append("for everything else. A value a reader could not know is null and its field name is in\n")
                .append("`source().unknown()`: constrain it with `!= null` so a rule never fires on an unknown. Keys\n")
                .append("(`key`, and the `...Key` links the linker fills in) are unique within a deployment: join facts on them.\n\n")
                .append("## Facts\n\n");
        for (Class<?> f : facts) {
            out.append("- [").append(name(f)).append("](#").append(name(f).toLowerCase().replace(".", ""))
                    .append("): ").append(firstSentence(javadoc(f).description())).append('\n');
        }
        out.append("\nValue types: ").append(valueTypes.stream()
                .map(v -> "[" + name(v) + "](#" + name(v).toLowerCase().replace(".", "") + ")")
                .collect(Collectors.joining(", "))).append(".\n");
        for (Class<?> f : facts) {
            section(out, f);
        }
        out.append("\n# Value types\n");
        for (Class<?> v : valueTypes) {
            section(out, v);
        }
        return out.toString();
    }

    private static void section(StringBuilder out, Class<?> type) throws IOException {
        Doc doc = javadoc(type);
        out.append("\n## ").append(name(type)).append("\n\n");
        if (!doc.description().isEmpty()) {
            out.append(doc.description()).append("\n\n");
        }
        if (type.isEnum()) {
            out.append("Constants: ").append(Arrays.stream(type.getEnumConstants())
                    .map(c -> "`" + ((Enum<?>) c).name() + "`").collect(Collectors.joining(", "))).append(".\n");
        } else {
            Object fromNulls = fromNulls(type);
            out.append("| Component | Type | Null | Description |\n|---|---|---|---|\n");
            for (RecordComponent c : type.getRecordComponents()) {
                out.append("| `").append(c.getName()).append("` | `").append(typeName(c.getGenericType()))
                        .append("` | ").append(nullability(c, fromNulls)).append(" | ")
                        .append(cell(doc.params().getOrDefault(c.getName(), defaultDescription(c.getName()))))
                        .append(" |\n");
            }
        }
        List<String> constants = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && !f.isEnumConstant()) {
                try {
                    Object v = f.get(null);
                    constants.add("`" + f.getName() + "` = `" + (v instanceof String ? "\"" + v + "\"" : v) + "`");
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (!constants.isEmpty()) {
            out.append("\nConstants (compare with them in DRL, e.g. `").append(type.getSimpleName()).append('.')
                    .append(constants.get(0), 1, constants.get(0).indexOf('`', 1)).append("`): ")
                    .append(String.join(", ", constants)).append(".\n");
        }
        Class<?> fields = Arrays.stream(type.getDeclaredClasses())
                .filter(c -> c.isEnum() && FactField.class.isAssignableFrom(c)).findFirst().orElse(null);
        if (fields != null) {
            out.append("\nFields a rule points at (`source().at(").append(type.getSimpleName())
                    .append(".Field.").append(((Enum<?>) fields.getEnumConstants()[0]).name())
                    .append(")`; CloudFormation spelling in brackets): ")
                    .append(Arrays.stream(fields.getEnumConstants()).map(c -> "`" + ((Enum<?>) c).name() + "` (`"
                            + ((FactField) c).awsName() + "`)").collect(Collectors.joining(", "))).append(".\n");
        }
        Set<String> components = type.isRecord() ? Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet()) : Set.of();
        List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> !(m.getParameterCount() == 0 && components.contains(m.getName())))
                .filter(m -> !Set.of("equals", "hashCode", "toString", "compareTo", "values", "valueOf")
                        .contains(m.getName()))
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .toList();
        if (!methods.isEmpty()) {
            out.append("\n| Method | Returns | Description |\n|---|---|---|\n");
            for (Method m : methods) {
                String params = Arrays.stream(m.getParameters())
                        .map(p -> typeName(p.getParameterizedType()))
                        .collect(Collectors.joining(", "));
                out.append("| `").append(Modifier.isStatic(m.getModifiers()) ? "static " : "")
                        .append(type.getSimpleName()).append('.').append(m.getName()).append('(').append(params)
                        .append(")` | `").append(typeName(m.getGenericReturnType())).append("` | ")
                        .append(cell(methodDoc(type, m))).append(" |\n");
            }
        }
    }

    private static String defaultDescription(String component) {
        return switch (component) {
            case "key" -> "unique id of the fact within its deployment; other facts refer to it";
            case "source" -> "where the fact and each written field are: `source.at(\"field\")` for a finding's location";
            default -> "";
        };
    }

    private static void collectValues(Class<?> type, Set<Class<?>> values, List<Class<?>> facts) {
        for (RecordComponent c : type.getRecordComponents()) {
            for (Class<?> t : mentioned(c.getGenericType())) {
                if (t.getPackageName().equals(PACKAGE) && (t.isRecord() || t.isEnum()) && !facts.contains(t)
                        && values.add(t) && t.isRecord()) {
                    collectValues(t, values, facts);
                }
            }
        }
    }

    private static List<Class<?>> mentioned(Type t) {
        List<Class<?>> out = new ArrayList<>();
        if (t instanceof Class<?> c) {
            out.add(c);
        } else if (t instanceof ParameterizedType p) {
            out.addAll(mentioned(p.getRawType()));
            for (Type a : p.getActualTypeArguments()) {
                out.addAll(mentioned(a));
            }
        }
        return out;
    }

    private static String name(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    private static String typeName(Type t) {
        if (t instanceof Class<?> c) {
            return c.isArray() ? typeName(c.getComponentType()) + "[]" : c.getSimpleName();
        }
        if (t instanceof ParameterizedType p) {
            return typeName(p.getRawType()) + "<" + Arrays.stream(p.getActualTypeArguments())
                    .map(FactReferenceTest::typeName).collect(Collectors.joining(", ")) + ">";
        }
        return t.getTypeName();
    }

    /** The record built from null (false, 0) components, or null when its constructor refuses. */
    private static Object fromNulls(Class<?> type) {
        RecordComponent[] cs = type.getRecordComponents();
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(
                    Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new));
            Object[] args = Arrays.stream(cs).map(c -> defaultOf(c.getType())).toArray();
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object defaultOf(Class<?> t) {
        if (!t.isPrimitive()) {
            return null;
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == char.class) {
            return '\0';
        }
        if (t == long.class) {
            return 0L;
        }
        if (t == double.class) {
            return 0d;
        }
        if (t == float.class) {
            return 0f;
        }
        if (t == short.class) {
            return (short) 0;
        }
        if (t == byte.class) {
            return (byte) 0;
        }
        return 0;
    }

    private static String nullability(RecordComponent c, Object fromNulls) {
        if (c.getType().isPrimitive() || Set.of("key", "source").contains(c.getName())) {
            return "never";
        }
        if (fromNulls != null) {
            try {
                Object v = c.getAccessor().invoke(fromNulls);
                if (v != null) {
                    return v instanceof Collection<?> || v instanceof Map<?, ?> ? "never (empty when absent)" : "never";
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return "when unknown";
    }

    record Doc(String description, Map<String, String> params) {
    }

    /** The Javadoc right before {@code record Name(} (or {@code enum Name}) in the type's source file. */
    static Doc javadoc(Class<?> type) throws IOException {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String src = Files.readString(SOURCES.resolve(top.getSimpleName() + ".java"), StandardCharsets.UTF_8);
        Matcher decl = Pattern.compile("\\b(record|enum|class|interface)\\s+" + type.getSimpleName() + "\\b").matcher(src);
        if (!decl.find()) {
            return new Doc("", Map.of());
        }
        String comment = commentBefore(src, decl.start());
        Map<String, String> params = new LinkedHashMap<>();
        StringBuilder description = new StringBuilder();
        String current = null;
        for (String line : comment.split("\n")) {
            Matcher m = Pattern.compile("^@param\\s+(\\w+)\\s*(.*)$").matcher(line);
            if (m.matches()) {
                current = m.group(1);
                params.put(current, m.group(2).trim());
            } else if (line.startsWith("@")) {
                current = "";
            } else if (current == null) {
                description.append(line).append(' ');
            } else if (!current.isEmpty()) {
                params.merge(current, line, (a, b) -> (a + " " + b).trim());
            }
        }
        params.replaceAll((k, v) -> inline(v));
        return new Doc(inline(description.toString()), params);
    }

    private static String methodDoc(Class<?> type, Method method) throws IOException {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String src = Files.readString(SOURCES.resolve(top.getSimpleName() + ".java"), StandardCharsets.UTF_8);
        String modifiers = Modifier.isStatic(method.getModifiers()) ? "public\\s+static\\s+" : "public\\s+(?!static)";
        Matcher decl = Pattern.compile(modifiers + "[\\w<>,.? \\[\\]]+\\s+" + method.getName() + "\\s*\\(")
                .matcher(src);
        while (decl.find()) {
            String comment = commentBefore(src, decl.start());
            if (!comment.isEmpty()) {
                String text = Arrays.stream(comment.split("\n")).takeWhile(l -> !l.startsWith("@"))
                        .collect(Collectors.joining(" "));
                return inline(text);
            }
        }
        return "";
    }

    /** The text of a Javadoc comment ending right before {@code at} (annotations and modifiers between allowed). */
    private static String commentBefore(String src, int at) {
        int end = src.lastIndexOf("*/", at);
        int start = end < 0 ? -1 : src.lastIndexOf("/**", end);
        if (start < 0) {
            return "";
        }
        String between = src.substring(end + 2, at);
        if (!between.replaceAll("@\\w+(\\([^)]*\\))?", "").replaceAll("\\b(public|final|static|abstract|sealed)\\b", "")
                .isBlank()) {
            return "";
        }
        return Arrays.stream(src.substring(start + 3, end).split("\\R"))
                .map(l -> l.replaceFirst("^\\s*\\*? ?", "").trim())
                .filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static String inline(String javadoc) {
        return javadoc.replaceAll("\\{@(?:link|linkplain)\\s+(?:[\\w.]*#)?([^}\\s]+)[^}]*}", "`$1`")
                .replaceAll("\\{@code\\s+((?:[^{}]|\\{[^{}]*})*)}", "`$1`")
                .replaceAll("</?p>", "")
                .replaceAll("\\s+", " ").trim();
    }

    private static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        return dot < 0 ? text.replaceAll("\\.$", "") : text.substring(0, dot);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
