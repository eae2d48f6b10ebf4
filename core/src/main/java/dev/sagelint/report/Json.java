package dev.sagelint.report;

import dev.sagelint.text.Printable;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.Writer;

/** Pretty JSON with two-space indents and \n line ends on every platform. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        WRITER = MAPPER.writer(printer);
    }

    private Json() {
    }

    static void write(JsonNode node, Writer out) throws IOException {
        // Jackson escapes control characters; a lone surrogate would make the UTF-8 encoder fail
        out.write(Printable.wellFormed(WRITER.writeValueAsString(node)));
        out.write("\n");
    }
}
