package dev.sagelint.parse.terraform;

import dev.sagelint.parse.ParseContext;
import dev.sagelint.parse.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class ScratchDump {
    @Test
    void dump() throws Exception {
        String dir = System.getProperty("dump.dir");
        if (dir == null) return;
        List<SourceFile> files = new ArrayList<>();
        try (var s = Files.walk(Path.of(dir)).filter(Files::isRegularFile)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                String display = p.getParent().getFileName() + "/" + n.replace("__", "/");
                files.add(new SourceFile(display, Files.readString(p)));
            }
        }
        for (var fmt : dev.sagelint.parse.Formats.all()) {
        var accepted = files.stream().filter(fmt::accepts).toList();
        System.out.println("## " + fmt.name() + " accepts " + accepted.stream().map(SourceFile::path).toList());
        for (var d0 : fmt.parse(accepted, ParseContext.defaults())) {
            var d = dev.sagelint.parse.Linker.link(d0, ParseContext.defaults());
            System.out.println("=== " + d.id() + " env=" + d.environment());
            d.facts().forEach(f -> System.out.println("  " + f));
        }
        }
    }
}
