package dev.sagelint.simulate;

import dev.sagelint.model.ScalableTarget;
import dev.sagelint.model.ScalingPolicy;
import dev.sagelint.model.Source;
import dev.sagelint.parse.SourceFile;
import dev.sagelint.simulate.ScalingSetup.ScheduledChange;
import dev.sagelint.simulate.ScalingSetup.TrackingPolicy;
import dev.sagelint.simulate.SourceText.KeyAt;
import dev.sagelint.simulate.SourceText.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Advise's recommendation written into the input's own text: each changed value is replaced where
 * it is written, a missing setting is inserted beside its siblings, and everything else (comments,
 * names, intrinsics, parameters, conditions, time zones, formatting) stays byte for byte. What
 * cannot be edited that way is held fixed in the search ({@link #editable}), so the recommendation
 * is always one this class can write.
 */
public final class SourcePatch {

    /** How a format spells keys and values. */
    enum Dialect {
        NATIVE, CFN_YAML, CFN_JSON, TERRAFORM;

        static Dialect of(String format, String text) {
            return switch (format) {
                case "native" -> NATIVE;
                case "cloudformation" -> text.stripLeading().startsWith("{") ? CFN_JSON : CFN_YAML;
                case "terraform" -> TERRAFORM;
                default -> null;
            };
        }

        /** The key of a model field (camelCase) in this format. */
        String key(String field) {
            return switch (this) {
                case NATIVE -> field;
                case CFN_YAML, CFN_JSON -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
                case TERRAFORM -> field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            };
        }
    }

    /**
     * Which settings advise may change in this input: a value it cannot rewrite in place (an
     * expression, a reference, a value in another file) keeps its current value in the search.
     */
    public record Editable(boolean minCapacity, boolean maxCapacity, boolean targetValue, boolean scaleInCooldown,
                           boolean schedule, List<String> notes) {

        public Editable {
            notes = List.copyOf(notes);
        }

        static Editable none(String why) {
            return new Editable(false, false, false, false, false, List.of(why));
        }
    }

    private final Map<String, String> texts;
    private final String format;
    private final ScalableTarget target;
    private final ScalingPolicy policy;

    /**
     * @param files  every input file (display path and text)
     * @param format the target file's format name (native, cloudformation, terraform)
     * @param target the scalable target advise tunes; null when the variant has none
     * @param policy the InvocationsPerInstance target-tracking policy on it, or null
     */
    public SourcePatch(List<SourceFile> files, String format, ScalableTarget target, ScalingPolicy policy) {
        this.texts = new LinkedHashMap<>();
        files.forEach(f -> texts.put(f.path(), f.text()));
        this.format = format;
        this.target = target;
        this.policy = policy;
    }

    /** What the search may change; see {@link Editable}. */
    public Editable editable(ScalingSetup current) {
        if (target == null) {
            return Editable.none("the variant has no scalable target; advise changes only existing scaling settings");
        }
        String text = texts.get(target.source().file());
        Dialect d = text == null ? null : Dialect.of(format, text);
        if (d == null) {
            return Editable.none("advise cannot edit " + format + " inputs; their settings are kept");
        }
        List<String> notes = new ArrayList<>();
        boolean min = value(target.source(), "minCapacity", notes) != null;
        boolean max = value(target.source(), "maxCapacity", notes) != null;
        boolean tv = policy != null && value(policy.source(), "targetValue", notes) != null;
        boolean in = policy != null && (policy.scaleInCooldown() == null
                ? fieldAnchor(policy.source(), "targetValue") != null
                : value(policy.source(), "scaleInCooldown", notes) != null);
        // the after-hours action writes MinCapacity's value again, so it must be a plain number
        boolean schedule = current.scheduled().isEmpty() && min && scheduleAnchor() != null;
        if (!current.scheduled().isEmpty()) {
            notes.add("the existing scheduled actions are kept as written; advise does not search a business-hours floor");
        }
        return new Editable(min, max, tv, in, schedule, notes);
    }

    /** The patched text of every file the recommendation changes, by display path, in input order. */
    public Map<String, String> apply(ScalingSetup current, ScalingSetup recommended) {
        Map<String, List<Edit>> edits = new LinkedHashMap<>();
        if (recommended.minCapacity() != current.minCapacity()) {
            replace(edits, target.source(), "minCapacity", recommended.minCapacity());
        }
        if (recommended.maxCapacity() != current.maxCapacity()) {
            replace(edits, target.source(), "maxCapacity", recommended.maxCapacity());
        }
        TrackingPolicy before = base(current);
        TrackingPolicy after = base(recommended);
        if (before != null && after != null && policy != null) {
            if (before.targetValue() != after.targetValue()) {
                replace(edits, policy.source(), "targetValue", after.targetValue());
            }
            if (before.scaleInCooldown() != after.scaleInCooldown()) {
                if (policy.scaleInCooldown() == null) {
                    insertField(edits, policy.source(), "targetValue", "scaleInCooldown", after.scaleInCooldown());
                } else {
                    replace(edits, policy.source(), "scaleInCooldown", after.scaleInCooldown());
                }
            }
        }
        if (current.scheduled().isEmpty() && !recommended.scheduled().isEmpty()) {
            insertSchedule(edits, recommended);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : edits.entrySet()) {
            out.put(e.getKey(), Edit.apply(texts.get(e.getKey()), e.getValue()));
        }
        return out;
    }

    /** The original text of a file. */
    public String original(String path) {
        return texts.get(path);
    }

    /** The target-tracking policy advise tunes: InvocationsPerInstance, the first one. */
    static TrackingPolicy base(ScalingSetup s) {
        return s.tracking().stream().filter(p -> p.metric() == ScalingSetup.Metric.INVOCATIONS_PER_INSTANCE)
                .findFirst().orElse(null);
    }

    private record Edit(int start, int end, String text) {
        static String apply(String text, List<Edit> edits) {
            List<Edit> sorted = new ArrayList<>(edits);
            sorted.sort(Comparator.comparingInt(Edit::start).reversed());
            StringBuilder b = new StringBuilder(text);
            for (Edit e : sorted) {
                b.replace(e.start, e.end, e.text);
            }
            return b.toString();
        }
    }

    private Span value(Source source, String field, List<String> notes) {
        String text = texts.get(source.file());
        Dialect d = text == null ? null : Dialect.of(format, text);
        if (d == null) {
            return null;
        }
        String display = d.key(field);
        if (!source.fields().containsKey(field)) {
            notes.add(display + " is not written; advise keeps it");
            return null;
        }
        var at = source.fields().get(field);
        String file = at.file();
        String own = texts.get(file);
        Span span = own == null ? null : SourceText.literal(own, at, d.key(field));
        if (span == null) {
            notes.add(display + " at " + at + " is not a plain number under its own key (a reference, condition,"
                    + " parameter or expression); advise keeps its value and its expression");
        }
        return span;
    }

    private KeyAt fieldAnchor(Source source, String field) {
        var at = source.fields().get(field);
        String text = at == null ? null : texts.get(at.file());
        Dialect d = text == null ? null : Dialect.of(format, text);
        int offset = text == null ? -1 : SourceText.valueOffset(text, at, d.key(field));
        if (offset < 0) {
            return null;
        }
        KeyAt key = SourceText.keyBefore(text, offset, d.key(field));
        if (key == null || !(key.ownLine() || (key.flow() && d != Dialect.TERRAFORM))) {
            return null;
        }
        return key;
    }

    private void replace(Map<String, List<Edit>> edits, Source source, String field, double value) {
        var at = source.fields().get(field);
        String text = texts.get(at.file());
        Span span = SourceText.literal(text, at, Dialect.of(format, text).key(field));
        edits.computeIfAbsent(at.file(), k -> new ArrayList<>()).add(new Edit(span.start(), span.end(),
                Traffic.fmt(value)));
    }

    private void insertField(Map<String, List<Edit>> edits, Source source, String anchorField, String field,
                             double value) {
        var at = source.fields().get(anchorField);
        String text = texts.get(at.file());
        Dialect d = Dialect.of(format, text);
        KeyAt key = fieldAnchor(source, anchorField);
        String k = d.key(field);
        String v = Traffic.fmt(value);
        String entry = switch (d) {
            case CFN_JSON -> "\"" + k + "\": " + v;
            case TERRAFORM -> k + " = " + v;
            default -> k + ": " + v;
        };
        edits.computeIfAbsent(at.file(), f -> new ArrayList<>()).add(insertBefore(text, key, d, entry));
    }

    /** An entry placed before a sibling key: its own line when the key has one, else inline before it. */
    private static Edit insertBefore(String text, KeyAt key, Dialect d, String entry) {
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        if (key.ownLine()) {
            String indented = key.indent() + entry.replace("\n", eol + key.indent())
                    + (d == Dialect.CFN_JSON ? "," : "") + eol;
            return new Edit(key.lineStart(), key.lineStart(), indented);
        }
        return new Edit(key.offset(), key.offset(), entry.replace("\n", " ") + ", ");
    }

    private KeyAt scheduleAnchor() {
        if (Dialect.of(format, texts.getOrDefault(target.source().file(), "")) == Dialect.TERRAFORM) {
            return target.key().startsWith("aws_appautoscaling_target.") && !target.key().contains("module.")
                    ? new KeyAt(0, 0, "", true, false) : null;
        }
        KeyAt min = target.minCapacity() == null ? null : fieldAnchor(target.source(), "minCapacity");
        return min != null ? min : fieldAnchor(target.source(), "maxCapacity");
    }

    private void insertSchedule(Map<String, List<Edit>> edits, ScalingSetup s) {
        String file = target.source().file();
        String text = texts.get(file);
        Dialect d = Dialect.of(format, text);
        List<Edit> list = edits.computeIfAbsent(file, f -> new ArrayList<>());
        if (d == Dialect.TERRAFORM) {
            String eol = text.contains("\r\n") ? "\r\n" : "\n";
            String start = text.isEmpty() || text.endsWith("\n") ? "" : eol;
            list.add(new Edit(text.length(), text.length(), start + terraformActions(s).replace("\n", eol)));
            return;
        }
        KeyAt key = scheduleAnchor();
        String entry = switch (d) {
            case NATIVE -> key.ownLine() ? nativeBlock(s) : "scheduledActions: [" + String.join(", ",
                    s.scheduled().stream().map(SourcePatch::nativeFlow).toList()) + "]";
            case CFN_YAML -> key.ownLine() ? cfnBlock(s) : "ScheduledActions: [" + String.join(", ",
                    s.scheduled().stream().map(SourcePatch::cfnJson).toList()) + "]";
            default -> "\"ScheduledActions\": [" + String.join(", ",
                    s.scheduled().stream().map(SourcePatch::cfnJson).toList()) + "]";
        };
        list.add(insertBefore(text, key, d, entry));
    }

    private static String nativeFlow(ScheduledChange c) {
        return "{ name: " + c.name() + ", schedule: \"" + c.expression() + "\", minCapacity: " + c.minCapacity() + " }";
    }

    private static String nativeBlock(ScalingSetup s) {
        StringBuilder b = new StringBuilder("scheduledActions:");
        for (ScheduledChange c : s.scheduled()) {
            b.append("\n  - ").append(nativeFlow(c));
        }
        return b.toString();
    }

    private static String cfnJson(ScheduledChange c) {
        return "{\"ScheduledActionName\": \"" + c.name() + "\", \"Schedule\": \"" + c.expression()
                + "\", \"ScalableTargetAction\": {\"MinCapacity\": " + c.minCapacity() + "}}";
    }

    private static String cfnBlock(ScalingSetup s) {
        StringBuilder b = new StringBuilder("ScheduledActions:");
        for (ScheduledChange c : s.scheduled()) {
            b.append("\n  - ScheduledActionName: ").append(c.name())
                    .append("\n    Schedule: \"").append(c.expression()).append('"')
                    .append("\n    ScalableTargetAction:")
                    .append("\n      MinCapacity: ").append(c.minCapacity());
        }
        return b.toString();
    }

    private String terraformActions(ScalingSetup s) {
        String t = target.key();
        String name = t.substring(t.indexOf('.') + 1).replaceAll("[^A-Za-z0-9_]", "_");
        StringBuilder b = new StringBuilder();
        for (ScheduledChange c : s.scheduled()) {
            b.append("\nresource \"aws_appautoscaling_scheduled_action\" \"").append(name).append('_')
                    .append(c.name().replace('-', '_')).append("\" {\n")
                    .append("  name               = \"").append(c.name()).append("\"\n")
                    .append("  service_namespace  = ").append(t).append(".service_namespace\n")
                    .append("  resource_id        = ").append(t).append(".resource_id\n")
                    .append("  scalable_dimension = ").append(t).append(".scalable_dimension\n")
                    .append("  schedule           = \"").append(c.expression()).append("\"\n")
                    .append("\n  scalable_target_action {\n")
                    .append("    min_capacity = ").append(c.minCapacity()).append('\n')
                    .append("  }\n}\n");
        }
        return b.toString();
    }
}
