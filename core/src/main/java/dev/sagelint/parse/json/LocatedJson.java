package dev.sagelint.parse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import dev.sagelint.parse.Limits;
import dev.sagelint.parse.doc.Doc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way sagelint reads JSON (CloudFormation templates, API bodies, Terraform plans): Jackson's streaming parser
 * straight into the one located tree, {@link Doc}, every value with its line and column and every number as written,
 * within the safety limits; never throws on bad input. One policy for every format: a duplicate key is a problem at
 * the second key, naming the line of the first, and the first value is kept (CloudFormation rejects a template with a
 * duplicate key, so it is an input problem, but one that leaves the rest of the file readable: SL001 at the second key
 * and the other findings still count); nesting deeper than {@link Limits#maxNestingDepth()}, numbers and keys past
 * their length and syntax errors are fatal, with their position; an empty file says so. Every bound is Jackson's
 * {@link StreamReadConstraints}, so the parser stops at the offending token before building anything past it.
 */
public final class LocatedJson {

    private LocatedJson() {
    }

    /** The outcome: a value (with the problems met on the way), or an error with its location. */
    public sealed interface Result permits Parsed, Failed {
    }

    /** @param problems non-fatal problems met while reading (duplicate keys) */
    public record Parsed(Doc doc, List<InputProblem> problems) implements Result {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    public record Failed(Location location, String message) implements Result {
    }

    public static Result parse(String path, String text, Limits limits) {
        if (text.length() > limits.maxFileBytes()) {
            return new Failed(Location.ofFile(path), "the file is larger than " + limits.maxFileBytes()
                    + " bytes; it was not read (split it, or raise the limit)");
        }
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxNumberLength(MAX_NUMBER_CHARS).maxNameLength(MAX_KEY_CHARS)
                .build()).build();
        JsonParser[] open = new JsonParser[1];
        try (JsonParser p = factory.createParser(dev.sagelint.parse.Cancellation.reader(text))) {
            open[0] = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Failed(new Location(path, 1, 1), "the file is empty; expected a JSON object");
            }
            Reader reader = new Reader(p, path);
            Doc value = reader.read();
            JsonToken extra = p.nextToken();
            if (extra != null) {
                return new Failed(at(path, p.currentTokenLocation()), "not valid JSON: unexpected content after the"
                        + " end of the JSON value; remove it");
            }
            return new Parsed(value, reader.problems);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (open[0] != null && m.startsWith("Document nesting depth")) {
                // at the bracket that opens one level too many
                return new Failed(at(path, open[0].currentTokenLocation()), "JSON nesting is deeper than "
                        + limits.maxNestingDepth() + " levels");
            }
            // an over-long number or key: where the parser stopped, not 1:1
            Location where = open[0] == null ? new Location(path, 1, 1) : at(path, open[0].currentLocation());
            return new Failed(where, constraintMessage(m));
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            return new Failed(at(path, e.getLocation()), "not valid JSON: "
                    + (cut < 0 ? message : message.substring(0, cut)));
        } catch (IOException | RuntimeException e) {
            return new Failed(new Location(path, 1, 1), "cannot read the JSON: " + e.getMessage());
        }
    }

    /** Longest number read (characters): a longer one is SL001 where it is. */
    public static final int MAX_NUMBER_CHARS = 1000;
    /** Longest key read (characters). */
    public static final int MAX_KEY_CHARS = 10_000;

    static String constraintMessage(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.startsWith("Number value length") || m.contains("Number length")) {
            return "a number longer than " + MAX_NUMBER_CHARS + " characters; no setting needs one, so shorten it";
        }
        if (m.startsWith("Name length") || m.contains("Name value length")) {
            return "a key longer than " + MAX_KEY_CHARS + " characters; shorten it";
        }
        if (m.startsWith("String value length") || m.contains("String length")) {
            return "a string longer than the parser's limit; shorten it";
        }
        int cut = m.indexOf(" (from");
        return "not read: " + (cut < 0 ? m : m.substring(0, cut));
    }

    private static final class Reader {
        private final JsonParser p;
        private final String path;
        private final List<InputProblem> problems = new ArrayList<>();

        Reader(JsonParser p, String path) {
            this.p = p;
            this.path = path;
        }

        /** Recursion is as deep as the nesting, which the parser's constraints bound. */
        Doc read() throws IOException {
            Location at = at(path, p.currentTokenLocation());
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT: {
                    Map<String, Doc> members = new LinkedHashMap<>();
                    Map<String, Location> keys = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        Location keyAt = at(path, p.currentTokenLocation());
                        p.nextToken();
                        Doc value = read();
                        Location earlier = keys.get(name);
                        if (earlier != null) {
                            problems.add(InputProblem.at(keyAt, "duplicate key '" + name + "' (line " + earlier.line()
                                    + " sets it too); only the first is read, so remove the other"));
                        } else {
                            members.put(name, value);
                            keys.put(name, keyAt);
                        }
                    }
                    return new Doc.Obj(members, keys, at, p.currentTokenLocation().getLineNr());
                }
                case START_ARRAY: {
                    List<Doc> items = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        items.add(read());
                    }
                    return new Doc.Arr(items, at, p.currentTokenLocation().getLineNr());
                }
                case VALUE_STRING:
                    return new Doc.Scalar(p.getText(), Doc.Kind.STRING, at);
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    // a number no BigDecimal holds (1e99999999999) fails the file, so every number read has one
                    p.getDecimalValue();
                    return new Doc.Scalar(p.getText(), Doc.Kind.NUMBER, at);
                case VALUE_TRUE:
                    return new Doc.Scalar("true", Doc.Kind.BOOL, at);
                case VALUE_FALSE:
                    return new Doc.Scalar("false", Doc.Kind.BOOL, at);
                default:
                    return new Doc.Scalar("null", Doc.Kind.NULL, at);
            }
        }
    }

    private static Location at(String path, JsonLocation l) {
        return l == null ? new Location(path, 1, 1)
                : new Location(path, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}
