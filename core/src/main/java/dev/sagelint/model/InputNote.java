package dev.sagelint.model;

/**
 * Part of an input that sagelint read but deliberately did not check (a remote Terraform module, a
 * local module whose files are not among the inputs). Reported as advice, never as an error.
 *
 * @param message what was skipped, why, and how to have it checked
 */
public record InputNote(String key, String message, Source source) implements Fact {

    public static InputNote at(Location location, String message) {
        return new InputNote("note:" + location + "#" + message.hashCode(), message, Source.at(location));
    }
}
