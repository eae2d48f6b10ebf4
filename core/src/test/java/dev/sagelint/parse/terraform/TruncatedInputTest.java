package dev.sagelint.parse.terraform;

import dev.sagelint.model.Deployment;
import dev.sagelint.model.InputProblem;
import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bad input never crashes the reader: every prefix of real Terraform files (cut mid-string, mid-block,
 * mid-heredoc) parses to facts or to an SL001 problem with a line and column, never to an exception.
 */
class TruncatedInputTest {

    @Test
    void everyPrefixOfRealFilesIsReadOrReported() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add("""
                locals { m = { a = [1, 2], b = "${upper("x")}-%{ if true }y%{ endif }" } }
                resource "aws_appautoscaling_target" "t" {
                  for_each     = local.m
                  resource_id  = <<-EOT
                    endpoint/${each.key}/variant/v
                  EOT
                  min_capacity = try(each.value[0], 1) /* c */ # d
                  max_capacity = length([for x in each.value : x if x > 1]) + 3
                }
                """);
        String shared = System.getProperty("sagelint.shared");
        Path corpus = shared == null ? null : Path.of(shared, "corpus/real/terraform");
        if (corpus != null && Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".tf")).sorted().limit(4).toList()) {
                    texts.add(Files.readString(f));
                }
            }
        }
        TerraformFormat format = new TerraformFormat();
        int problems = 0;
        for (String text : texts) {
            for (int cut = 0; cut <= text.length(); cut += 11) {
                List<Deployment> out;
                try {
                    out = format.parse(List.of(new SourceFile("main.tf", text.substring(0, cut))),
                            ParseContext.defaults());
                } catch (RuntimeException e) {
                    fail("a prefix of " + cut + " characters threw " + e, e);
                    return;
                }
                for (var f : out.get(0).facts()) {
                    if (f instanceof InputProblem p) {
                        problems++;
                        assertTrue(p.location().line() >= 1 && p.location().column() >= 1, p.toString());
                    }
                }
            }
        }
        assertTrue(problems > 0, "cut files must be reported");
    }
}
