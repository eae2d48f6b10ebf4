package dev.sagelint.cli;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule pack jars written at test time: a pack class compiled from source, its DRL files and its service entry. */
final class TestPacks {

    private TestPacks() {
    }

    /** The source of a {@code ClasspathRulePack} named {@code pkg.Rules} reading the DRL under {@code pkg/rules}. */
    static String packSource(String pkg, String id) {
        return "package " + pkg + ";\n\npublic final class Rules extends dev.sagelint.spi.ClasspathRulePack {\n"
                + "    public Rules() {\n        super(\"" + id + "\", \"" + pkg + "/rules\");\n    }\n}\n";
    }

    /**
     * A jar holding the compiled Java sources (by class name), the resources (by path) and a service entry naming
     * {@code pkg.Rules}.
     */
    static Path jar(Path dir, String name, Map<String, String> javaSources, Map<String, String> resources,
                    String serviceClass) {
        try {
            Path src = dir.resolve(name + "-src");
            Path classes = dir.resolve(name + "-classes");
            Files.createDirectories(classes);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            if (!javaSources.isEmpty()) {
                String[] args = new String[4 + javaSources.size()];
                args[0] = "-d";
                args[1] = classes.toString();
                args[2] = "-cp";
                args[3] = System.getProperty("java.class.path");
                int i = 4;
                for (var e : javaSources.entrySet()) {
                    Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, e.getValue());
                    args[i++] = file.toString();
                }
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
                assertThat(javac.run(null, null, diagnostics, args)).as(diagnostics.toString()).isZero();
                try (var walk = Files.walk(classes)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        entries.put(classes.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
            resources.forEach((path, text) -> entries.put(path, text.getBytes(StandardCharsets.UTF_8)));
            if (serviceClass != null) {
                entries.put("META-INF/services/dev.sagelint.spi.RulePack",
                        (serviceClass + "\n").getBytes(StandardCharsets.UTF_8));
            }
            Path jar = dir.resolve(name + ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                for (var e : entries.entrySet()) {
                    out.putNextEntry(new JarEntry(e.getKey()));
                    ((OutputStream) out).write(e.getValue());
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DRL-only pack {@code pkg.Rules} with one rule file. */
    static Path drlPack(Path dir, String pkg, String drl) {
        return jar(dir, pkg, Map.of(pkg + ".Rules", packSource(pkg, pkg)), Map.of(pkg + "/rules/rules.drl", drl),
                pkg + ".Rules");
    }
}
