package dev.sagelint.parse.cfn;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.yaml.YamlDocuments;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The YAML features CloudFormation does not accept, found in the parser's events so each is reported
 * where it is written and nothing is expanded: anchors, aliases, and every tag YAML defines other than
 * the core ones ({@code !!binary}, {@code !!set}, {@code !!omap}, {@code !!pairs}, an explicit
 * {@code !!timestamp}, a global {@code !<tag:...>}). Local tags ({@code !Ref}, {@code !Reff}) are
 * {@link YamlTree}'s: it knows the intrinsic functions. Merge keys are reported by {@link YamlTree} too.
 * It watches the events as the composer reads them, so the text is parsed once.
 */
final class UnsupportedYaml implements Consumer<Event> {

    /** The tags of YAML's core schema, which CloudFormation reads like untagged values. */
    private static final Set<String> CORE = Set.of("str", "int", "float", "bool", "null", "seq", "map");
    private static final String YAML_PREFIX = "tag:yaml.org,2002:";
    /** More than this many are one summary problem: a file of thousands of aliases is still one screen. */
    static final int MAX_REPORTED = 50;

    private final String path;
    private final List<InputProblem> found = new ArrayList<>();
    private int count;
    private int documents;
    private Location firstUnreported;

    UnsupportedYaml(String path) {
        this.path = path;
    }

    /** Notes each unsupported feature of the first document; the second is ignored, and said so, by the format. */
    @Override
    public void accept(Event e) {
        if (e instanceof DocumentStartEvent) {
            documents++;
        }
        if (documents > 1) {
            return;
        }
        for (String message : messages(e)) {
            Location at = YamlDocuments.locationOf(path, e.getStartMark());
            if (++count <= MAX_REPORTED) {
                found.add(InputProblem.at(at, message));
            } else if (firstUnreported == null) {
                firstUnreported = at;
            }
        }
    }

    /** Adds what was found, once the text has composed. */
    void report(List<InputProblem> problems) {
        problems.addAll(found);
        if (firstUnreported != null) {
            problems.add(InputProblem.at(firstUnreported, (count - MAX_REPORTED) + " more anchors, aliases or tags"
                    + " that CloudFormation does not support follow from here; only the first " + MAX_REPORTED
                    + " are reported one by one"));
        }
    }

    private static List<String> messages(Event e) {
        if (e instanceof AliasEvent a) {
            return List.of("YAML alias '*" + a.getAnchor() + "': CloudFormation does not support YAML aliases and"
                    + " rejects the template; write the value out where the alias is");
        }
        List<String> out = new ArrayList<>(2);
        if (e instanceof NodeEvent n && n.getAnchor() != null) {
            out.add("YAML anchor '&" + n.getAnchor() + "': CloudFormation does not support YAML anchors and aliases"
                    + " and rejects the template; remove the anchor and write the value out wherever it is used");
        }
        String tag = e instanceof ScalarEvent s ? s.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : null;
        if (tag != null && !tag.startsWith("!") && !(tag.startsWith(YAML_PREFIX)
                && CORE.contains(tag.substring(YAML_PREFIX.length())))) {
            String written = tag.startsWith(YAML_PREFIX) ? "!!" + tag.substring(YAML_PREFIX.length())
                    : "!<" + tag + ">";
            out.add("YAML tag '" + written + "' is not supported by CloudFormation (it accepts only the intrinsic"
                    + " function tags such as !Ref and !Sub, and rejects !!binary, !!set, !!omap, !!pairs and"
                    + " !!timestamp); remove the tag and write the value as a plain string");
        }
        return out;
    }
}
