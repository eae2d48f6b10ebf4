package dev.sagelint.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Reporters do no other I/O and write the same bytes for the same report. */
public interface Reporter {

    void write(Report report, Writer out) throws IOException;
}
