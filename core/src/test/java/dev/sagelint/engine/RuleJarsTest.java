package dev.sagelint.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jars that cannot be rule packs are refused with the reason and a fix, before a class of theirs is loaded. */
class RuleJarsTest {

    @TempDir
    Path tmp;

    static Map<String, byte[]> goodEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("acme/AcmeRules.class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
        entries.put("acme/rules/AC001.drl", "package acme.rules\n".getBytes(StandardCharsets.UTF_8));
        entries.put(RuleJars.SERVICE, "# the pack\nacme.AcmeRules\n".getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    Path jar(String name, Map<String, byte[]> entries) throws IOException {
        Path jar = tmp.resolve(name);
        Files.write(jar, zip(entries));
        return jar;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                ((OutputStream) out).write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aGoodJarNamesItsPacks() throws IOException {
        assertThat(RuleJars.check(jar("good.jar", goodEntries()))).containsExactly("acme.AcmeRules");
    }

    @Test
    void aMissingFileAFolderAndATextFileAreRefused() throws IOException {
        assertThatThrownBy(() -> RuleJars.check(tmp.resolve("nope.jar")))
                .hasMessage("no such file (give the path of a rule pack jar)");
        assertThatThrownBy(() -> RuleJars.check(tmp))
                .hasMessage("a folder, not a jar (give the path of a rule pack jar, or put the folder's classes in a jar)");
        Path text = tmp.resolve("passwd");
        Files.writeString(text, "root:x:0:0:root:/root:/bin/bash\n");
        assertThatThrownBy(() -> RuleJars.check(text))
                .hasMessageStartingWith("not a jar: it is not a zip file or it is truncated (")
                .hasMessageEndingWith("); rebuild the pack with 'mvn package' and check it with 'jar tf'");
    }

    @Test
    void aTruncatedJarIsRefused() throws IOException {
        byte[] whole = zip(goodEntries());
        Path cut = tmp.resolve("cut.jar");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> RuleJars.check(cut))
                .hasMessageStartingWith("not a jar: it is not a zip file or it is truncated (");
        Path empty = tmp.resolve("empty.jar");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> RuleJars.check(empty))
                .hasMessageStartingWith("not a jar: it is not a zip file or it is truncated (");
    }

    @Test
    void anEntryThatDeclaresTooManyBytesIsRefused() throws IOException {
        Map<String, byte[]> entries = goodEntries();
        entries.put("acme/big.bin", new byte[(int) RuleJars.MAX_ENTRY_BYTES + 1]);
        assertThatThrownBy(() -> RuleJars.check(jar("big.jar", entries)))
                .hasMessage("entry acme/big.bin declares 16777217 bytes, more than the limit of 16777216"
                        + " (a zip bomb, or a resource that does not belong in a rule pack)");
    }

    /** The central directory says 10 bytes; the entry inflates to 17 MB. Only reading it finds out. */
    @Test
    void aZipBombWithLyingSizesIsCaughtByReading() throws IOException {
        Map<String, byte[]> entries = goodEntries();
        entries.put("acme/bomb.txt", new byte[17 * 1024 * 1024]);
        byte[] bytes = zip(entries);
        lie(bytes, "acme/bomb.txt", 10);
        Path bomb = tmp.resolve("bomb.jar");
        Files.write(bomb, bytes);
        assertThatThrownBy(() -> RuleJars.check(bomb))
                .hasMessage("entry acme/bomb.txt inflates to more than 16777216 bytes, more than the limit of 16777216"
                        + " (a zip bomb, or a resource that does not belong in a rule pack)");
    }

    @Test
    void aHugeServiceFileIsRefused() throws IOException {
        Map<String, byte[]> entries = goodEntries();
        byte[] huge = new byte[RuleJars.MAX_SERVICE_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        entries.put(RuleJars.SERVICE, huge);
        assertThatThrownBy(() -> RuleJars.check(jar("services.jar", entries)))
                .hasMessage("entry META-INF/services/dev.sagelint.spi.RulePack declares 65537 bytes, more than the"
                        + " limit of 65536 (the service file lists class names, one a line)");
        byte[] bytes = zip(entries);
        lie(bytes, RuleJars.SERVICE, 3);
        Path lying = tmp.resolve("lying-services.jar");
        Files.write(lying, bytes);
        assertThatThrownBy(() -> RuleJars.check(lying))
                .hasMessage("entry META-INF/services/dev.sagelint.spi.RulePack inflates to more than 65536 bytes, more"
                        + " than the limit of 65536 (the service file lists class names, one a line)");
    }

    @Test
    void aJarWithoutAPackIsRefused() throws IOException {
        assertThatThrownBy(() -> RuleJars.check(jar("empty-zip.jar", Map.of())))
                .hasMessage("holds no rule pack: there is no META-INF/services/dev.sagelint.spi.RulePack entry (add one"
                        + " that names your dev.sagelint.spi.RulePack class, see docs/writing-rules.md)");
        Map<String, byte[]> blank = goodEntries();
        blank.put(RuleJars.SERVICE, "# nothing\n\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RuleJars.check(jar("blank.jar", blank)))
                .hasMessage("holds no rule pack: META-INF/services/dev.sagelint.spi.RulePack names no class (add your"
                        + " dev.sagelint.spi.RulePack class, one fully qualified name a line)");
        Map<String, byte[]> garbage = goodEntries();
        garbage.put(RuleJars.SERVICE, "acme.AcmeRules\nnot a\u001b[31m class\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RuleJars.check(jar("garbage.jar", garbage)))
                .hasMessage("META-INF/services/dev.sagelint.spi.RulePack line 2: 'not a?[31m class' is not a class name"
                        + " (write one fully qualified class name a line)");
        Map<String, byte[]> missingClass = goodEntries();
        missingClass.remove("acme/AcmeRules.class");
        assertThatThrownBy(() -> RuleJars.check(jar("no-class.jar", missingClass)))
                .hasMessage("META-INF/services/dev.sagelint.spi.RulePack names acme.AcmeRules, but the jar has no"
                        + " acme/AcmeRules.class (fix the class name or package the class)");
        Map<String, byte[]> noRules = goodEntries();
        noRules.remove("acme/rules/AC001.drl");
        assertThatThrownBy(() -> RuleJars.check(jar("no-rules.jar", noRules)))
                .hasMessage("holds no rules: no .drl file and no precompiled model (META-INF/kie/.../drools-model)"
                        + " (put the pack's .drl files under its base folder)");
    }

    @Test
    void aPrecompiledModelCountsAsRules() throws IOException {
        Map<String, byte[]> entries = goodEntries();
        entries.remove("acme/rules/AC001.drl");
        entries.put("META-INF/kie/acme/rules/drools-model", "Drools-Model-Version:10.2.0\n".getBytes(StandardCharsets.UTF_8));
        assertThat(RuleJars.check(jar("model.jar", entries))).containsExactly("acme.AcmeRules");
    }

    /** Rewrites the sizes the local header and the central directory declare for an entry. */
    static void lie(byte[] zip, String name, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        int found = 0;
        for (int i = 0; i + 4 < zip.length; i++) {
            int sig = b.getInt(i);
            if (sig == 0x02014b50 && matches(zip, i + 46, n) && b.getShort(i + 28) == n.length) {
                b.putInt(i + 24, size); // central directory: uncompressed size
                found++;
            } else if (sig == 0x04034b50 && matches(zip, i + 30, n) && b.getShort(i + 26) == n.length) {
                b.putInt(i + 22, size); // local header (zero when a data descriptor follows)
                found++;
            }
        }
        assertThat(found).as("entry headers of " + name).isEqualTo(2);
    }

    private static boolean matches(byte[] zip, int at, byte[] name) {
        return at + name.length <= zip.length && Arrays.equals(zip, at, at + name.length, name, 0, name.length);
    }
}
