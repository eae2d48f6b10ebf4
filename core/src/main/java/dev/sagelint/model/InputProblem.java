package dev.sagelint.model;

/**
 * Something in an input that could not be read as written: a syntax error, a value of the wrong type,
 * an unknown key, a safety limit. Rule SL001 reports every one of them.
 *
 * @param message what was seen, what was expected, and how to fix it
 * @param fatal   true when nothing else in the file could be read
 */
public record InputProblem(String key, String message, boolean fatal, Source source) implements Fact {

    public static InputProblem at(Location location, String message) {
        return new InputProblem(location.toString() + "#" + message.hashCode(), message, false,
                Source.at(location));
    }

    public static InputProblem fatalAt(Location location, String message) {
        return new InputProblem(location.toString() + "#" + message.hashCode(), message, true,
                Source.at(location));
    }
}
