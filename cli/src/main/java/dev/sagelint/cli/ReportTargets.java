package dev.sagelint.cli;

import dev.sagelint.report.AtomicFiles;

import java.nio.file.Path;

/**
 * Checks the files a command will write (reports, charts, a baseline) before it does any work: a folder, a FIFO, a
 * device or a path under a file is a usage error naming the option, not a failure after the lint.
 */
final class ReportTargets {

    private ReportTargets() {
    }

    static void check(Env env, String option, Path file) {
        try {
            AtomicFiles.checkTarget(env.resolve(file), file.toString());
        } catch (AtomicFiles.BadTarget e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
