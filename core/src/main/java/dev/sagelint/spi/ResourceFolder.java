package dev.sagelint.spi;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Reads the rule sources and explanations below a resource folder, whether in a directory or in a jar. */
final class ResourceFolder {

    private static final long MAX_RESOURCE_BYTES = 1 << 20;

    /** Rule examples: files named good* or bad* in a folder named by a rule id ({@code .../SL201/bad.yaml}); a
     *  JSON example's {@code bad.json.expect} sidecar holds its markers and is not an example itself. */
    static final java.util.regex.Pattern EXAMPLE =
            java.util.regex.Pattern.compile("(?:.*/)?([A-Z]{2,5}[0-9]{3})/((?:good|bad)(?![^/]*\\.expect$)[^/]*)");

    private static boolean wanted(String name) {
        return name.endsWith(".drl") || name.endsWith(".md") || EXAMPLE.matcher(name).matches();
    }

    private ResourceFolder() {
    }

    static Map<String, String> read(ClassLoader loader, String folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (URL url : Collections.list(loader.getResources(folder))) {
            switch (url.getProtocol()) {
                case "file" -> readDirectory(url, folder, out);
                case "jar" -> readJar(url, folder, out);
                default -> throw new IOException("unsupported resource location " + url);
            }
        }
        return out;
    }

    /**
     * The resources below the folder in the jar or directory a class was loaded from. A fallback for jars
     * written without directory entries, where {@link ClassLoader#getResources} cannot find the folder.
     */
    static Map<String, String> readCodeSource(Class<?> type, String folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        var source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return out;
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return out;
        }
        if (Files.isDirectory(location)) {
            Path dir = location.resolve(folder);
            if (Files.isDirectory(dir)) {
                readDirectory(dir.toUri().toURL(), folder, out);
            }
        } else if (Files.isRegularFile(location)) {
            try (JarFile jar = new JarFile(location.toFile())) {
                readEntries(jar, folder, out);
            }
        }
        return out;
    }

    private static void readDirectory(URL url, String folder, Map<String, String> out) throws IOException {
        Path root;
        try {
            root = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("bad resource location " + url, e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = folder + root.relativize(p).toString().replace('\\', '/');
                if (wanted(name)) {
                    out.putIfAbsent(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static void readJar(URL url, String folder, Map<String, String> out) throws IOException {
        var connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            readEntries(jar, folder, out);
        }
    }

    private static void readEntries(JarFile jar, String folder, Map<String, String> out) throws IOException {
        for (var entry : Collections.list(jar.entries())) {
            if (entry.isDirectory() || !entry.getName().startsWith(folder) || !wanted(entry.getName())
                    || entry.getSize() > MAX_RESOURCE_BYTES) {
                continue;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                out.putIfAbsent(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
