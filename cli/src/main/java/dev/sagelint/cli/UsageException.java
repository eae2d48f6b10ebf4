package dev.sagelint.cli;

/** A user error found by the CLI itself; printed without a stack trace, exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
