package dev.sagelint.parse;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.model.Source;
import dev.sagelint.model.TrafficProfile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A traffic profile declared in resource tags, for formats whose resources carry nothing but tags
 * (Terraform, the AWS API): {@code sagelint:traffic-pattern = "spiky"}, {@code sagelint:peak-rps},
 * {@code sagelint:baseline-rps}, {@code sagelint:unpredictable-bursts}, {@code sagelint:peak-hours},
 * {@code sagelint:instance-capacity-rps}.
 */
public final class TrafficTags {

    public static final String PREFIX = "sagelint:";
    private static final Set<String> KNOWN = Set.of("traffic-pattern", "peak-rps", "baseline-rps",
            "unpredictable-bursts", "peak-hours", "instance-capacity-rps");

    private TrafficTags() {
    }

    /** The declared profile, or null when no sagelint tag is set; bad values become input problems. */
    public static TrafficProfile read(Map<String, String> tags, Location at, List<InputProblem> problems) {
        if (tags.keySet().stream().noneMatch(k -> k.startsWith(PREFIX))) {
            return null;
        }
        for (String k : tags.keySet()) {
            if (k.startsWith(PREFIX) && !KNOWN.contains(k.substring(PREFIX.length()))) {
                problems.add(InputProblem.at(at, "tag '" + k + "' is not a sagelint tag; known: sagelint:"
                        + String.join(", sagelint:", KNOWN.stream().sorted().toList())));
            }
        }
        TrafficProfile.Pattern pattern = null;
        String p = tags.get(PREFIX + "traffic-pattern");
        if (p != null) {
            try {
                pattern = TrafficProfile.Pattern.valueOf(p.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(InputProblem.at(at, "tag sagelint:traffic-pattern is '" + p
                        + "'; expected steady, spiky or predictable"));
            }
        }
        String bursts = tags.get(PREFIX + "unpredictable-bursts");
        Boolean unpredictable = null;
        if (bursts != null) {
            if (bursts.equalsIgnoreCase("true") || bursts.equalsIgnoreCase("false")) {
                unpredictable = Boolean.valueOf(bursts.toLowerCase(Locale.ROOT));
            } else {
                problems.add(InputProblem.at(at, "tag sagelint:unpredictable-bursts is '" + bursts
                        + "'; expected true or false"));
            }
        }
        return new TrafficProfile(pattern, number(tags, "peak-rps", at, problems),
                number(tags, "baseline-rps", at, problems), unpredictable, tags.get(PREFIX + "peak-hours"),
                number(tags, "instance-capacity-rps", at, problems), Source.at(at));
    }

    private static Double number(Map<String, String> tags, String key, Location at, List<InputProblem> problems) {
        String v = tags.get(PREFIX + key);
        if (v == null) {
            return null;
        }
        try {
            return Double.valueOf(v.trim());
        } catch (NumberFormatException e) {
            problems.add(InputProblem.at(at, "tag " + PREFIX + key + " is '" + v + "'; expected a number"));
            return null;
        }
    }
}
