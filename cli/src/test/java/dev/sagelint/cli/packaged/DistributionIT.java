package dev.sagelint.cli.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user installs it: unpacked, the launcher linked from another folder,
 * run on a file with a known finding; the class-data archive recorded on the first run and mapped on
 * the next; the launcher's choice of flags per Java version (checked with a stand-in java that records
 * its arguments, so no second JDK is needed); on JDK 24 or newer the ahead-of-time cache, with a stand-in
 * java and, when one is installed, a real one (skipped otherwise).
 */
class DistributionIT {

    @TempDir
    static Path tmp;

    static Path home;

    /**
     * The launcher's own JVM flags on this machine: one C1 compiler thread where {@code nproc} counts at most two
     * processors.
     */
    static final String FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" + (processors() <= 2
            ? " -XX:CICompilerCount=1" : "");

    private static int processors() {
        try {
            Processes.Run run = Processes.run(Path.of("."), Map.of(), List.of("nproc"));
            return run.code() == 0 ? Integer.parseInt(run.out().strip()) : Integer.MAX_VALUE;
        } catch (RuntimeException e) { // no nproc: the launcher adds nothing either
            return Integer.MAX_VALUE;
        }
    }

    @BeforeAll
    static void unpack() throws IOException {
        Path archive = Path.of(Processes.property("sagelint.dist"));
        assertThat(archive).exists();
        Path install = Files.createDirectories(tmp.resolve("opt"));
        Processes.Run untar = Processes.run(install, Map.of(), List.of("tar", "xzf", archive.toString()));
        assertThat(untar.code()).as(untar.toString()).isZero();
        home = install.resolve("sagelint-" + Processes.property("sagelint.version"));
    }

    @Test
    void archiveHoldsLauncherJarAndLicenceFiles() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> home.relativize(p).toString()).sorted())
                    .containsExactly("LICENSE", "NOTICE", "README.txt", "THIRD-PARTY.md", "bin/sagelint",
                            "lib/sagelint.jar");
        }
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/sagelint")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        assertThat(Processes.read(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
        assertThat(Processes.read(home.resolve("README.txt")))
                .startsWith("sagelint " + Processes.property("sagelint.version") + ":");
    }

    @Test
    void thirdPartyListNamesEveryComponentInTheJar() throws IOException {
        TreeSet<String> bundled = new TreeSet<>();
        try (JarFile jar = new JarFile(home.resolve("lib/sagelint.jar").toFile())) {
            jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties"))
                    .map(n -> n.substring("META-INF/maven/".length(), n.length() - "/pom.properties".length())
                            .replace('/', ':'))
                    .filter(ga -> !ga.startsWith("dev.sagelint:"))
                    .forEach(bundled::add);
            // picocli's jar carries no pom.properties
            assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
            bundled.add("info.picocli:picocli");
        }
        String list = Processes.read(home.resolve("THIRD-PARTY.md"));
        List<String> missing = new ArrayList<>();
        for (String ga : bundled) {
            if (!list.contains("| " + ga + " |")) {
                missing.add(ga);
            }
        }
        assertThat(missing).as("components in lib/sagelint.jar missing from cli/src/dist/THIRD-PARTY.md"
                + " (add each with its licence)").isEmpty();
    }

    @Test
    void linkedLauncherLintsAndRecordsThenMapsTheClassDataArchive() throws IOException {
        Path userBin = Files.createDirectories(tmp.resolve("user/bin"));
        Path link = Files.createSymbolicLink(userBin.resolve("sagelint"), home.resolve("bin/sagelint"));
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.copy(Processes.ROOT.resolve("examples/pitfalls/capacity.yaml"), repo.resolve("capacity.yaml"));
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());

        Processes.Run first = Processes.run(repo, env, List.of(link.toString(), "lint", "."));
        assertThat(first.code()).as(first.toString()).isEqualTo(1);
        assertThat(first.out()).as(first.toString()).contains("capacity.yaml:11:24: error SL201 ");
        assertThat(first.err()).as("the archive is recorded quietly").doesNotContain("cds", "CDS");

        List<Path> archives = files(cache);
        assertThat(archives).as("one archive, published under its final name").hasSize(1);
        Path jsa = archives.get(0);
        assertThat(cache.relativize(jsa).toString()).matches("sagelint/cds/java\\d+-\\d+/sagelint\\.jsa");

        Path classLog = tmp.resolve("class-load.log");
        Processes.Run second = Processes.run(repo, Map.of("XDG_CACHE_HOME", cache.toString(),
                "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog),
                List.of(link.toString(), "lint", "."));
        assertThat(second.code()).as(second.toString()).isEqualTo(1);
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Processes.read(classLog)).as("sagelint's own classes come from the recorded archive")
                .contains("dev.sagelint.cli.Main source: shared objects file (top)")
                .as("and picocli's, compiled for Java 17 (its published Java 5 classes cannot be archived)")
                .contains("picocli.CommandLine source: shared objects file (top)")
                .doesNotContain("picocli.CommandLine source: file:");
        assertThat(files(cache)).containsExactly(jsa);
    }

    @Test
    void launcherVersionPrintsTheProjectVersion() {
        Processes.Run run = Processes.run(tmp, Map.of("SAGELINT_CDS", "off"),
                List.of(home.resolve("bin/sagelint").toString(), "--version"));
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("sagelint " + Processes.property("sagelint.version") + "\n");
    }

    @Test
    void java19AndNewerLetTheJvmCreateTheArchive() throws IOException {
        Path fake = fakeJava("21.0.4");
        Processes.Run run = Processes.run(tmp, Map.of("JAVA_HOME", fake.toString(),
                "XDG_CACHE_HOME", tmp.resolve("cache21").toString()), List.of(launcher(), "lint", "x.yaml"));
        assertThat(run.code()).as(run.toString()).isZero();
        List<String> args = recordedArgs(fake);
        assertThat(String.join(" ", args)).startsWith(FLAGS + " -XX:+AutoCreateSharedArchive");
        assertThat(args).anyMatch(a -> a.matches("-XX:SharedArchiveFile=" + tmp.resolve("cache21")
                + "/sagelint/cds/java21-\\d+/sagelint\\.jsa"));
        assertThat(args).endsWith("-jar", home.resolve("lib/sagelint.jar").toString(), "lint", "x.yaml");
    }

    @Test
    void java17RecordsOnTheFirstRunThenMapsTheArchive() throws IOException {
        Path fake = fakeJava("17.0.2");
        Map<String, String> env = Map.of("JAVA_HOME", fake.toString(),
                "SAGELINT_CACHE_DIR", tmp.resolve("cache17").toString());
        // --version loads a tenth of the classes a lint does: it must not record the archive
        Processes.run(tmp, env, List.of(launcher(), "--version"));
        assertThat(recordedArgs(fake)).noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="))
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
        assertThat(files(tmp.resolve("cache17"))).isEmpty();

        Processes.run(tmp, env, List.of(launcher(), "lint", "x.yaml"));
        assertThat(recordedArgs(fake)).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="))
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
        List<Path> recorded = files(tmp.resolve("cache17"));
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).getFileName().toString()).isEqualTo("sagelint.jsa");

        Processes.run(tmp, env, List.of(launcher(), "rules"));
        assertThat(recordedArgs(fake)).contains("-XX:SharedArchiveFile=" + recorded.get(0), "-Xshare:auto")
                .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void java17KeepsNoArchiveFromALintStoppedByAUsageError() throws IOException {
        Path fake = fakeJava("17.0.2");
        Path cache = tmp.resolve("cache17-usage");
        Processes.run(tmp, Map.of("JAVA_HOME", fake.toString(), "SAGELINT_CACHE_DIR", cache.toString(),
                "FAKE_JAVA_EXIT", "2"), List.of(launcher(), "lint", "--no-such-option"));
        assertThat(recordedArgs(fake)).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(files(cache)).as("the recording of a run that stopped before the parsers is dropped").isEmpty();

        Processes.run(tmp, Map.of("JAVA_HOME", fake.toString(), "SAGELINT_CACHE_DIR", cache.toString(),
                "FAKE_JAVA_EXIT", "3"), List.of(launcher(), "lint", "x.yaml"));
        assertThat(files(cache)).as("an unreadable input still means a lint ran: its archive is kept")
                .singleElement().satisfies(p -> assertThat(p.getFileName()).hasToString("sagelint.jsa"));
    }

    @Test
    void java19AndNewerRemoveTheArchiveTheJvmMadeForALintThatDidNotLint() throws IOException {
        Path fake = fakeJava("21.0.4");
        Path cache = tmp.resolve("cache21-usage");
        Map<String, String> failing = Map.of("JAVA_HOME", fake.toString(), "SAGELINT_CACHE_DIR", cache.toString(),
                "FAKE_JAVA_EXIT", "4");
        Processes.Run run = Processes.run(tmp, failing, List.of(launcher(), "lint", "x.yaml"));
        assertThat(run.code()).as("the JVM's exit code").isEqualTo(4);
        assertThat(String.join(" ", recordedArgs(fake))).contains("-XX:+AutoCreateSharedArchive");
        assertThat(files(cache)).as("the archive the JVM wrote at exit is removed").isEmpty();

        Processes.run(tmp, Map.of("JAVA_HOME", fake.toString(), "SAGELINT_CACHE_DIR", cache.toString()),
                List.of(launcher(), "lint", "x.yaml"));
        List<Path> made = files(cache);
        assertThat(made).hasSize(1);
        Processes.run(tmp, failing, List.of(launcher(), "lint", "x.yaml"));
        assertThat(files(cache)).as("an archive made by an earlier lint is never removed").isEqualTo(made);
    }

    @Test
    void java24AndNewerAssembleNoCacheFromALintStoppedByAUsageError() throws IOException {
        Path fake = fakeAotJava("25.0.1");
        Path cache = tmp.resolve("cache25-usage");
        Processes.Run run = Processes.run(tmp, Map.of("JAVA_HOME", fake.toString(),
                "SAGELINT_CACHE_DIR", cache.toString(), "FAKE_JAVA_EXIT", "2"), List.of(launcher(), "lint", "-Z"));
        assertThat(run.code()).isEqualTo(2);
        assertThat(calls(fake)).as("recorded, never assembled").singleElement()
                .satisfies(c -> assertThat(c).contains("-XX:AOTMode=record"));
        assertThat(files(cache)).isEmpty();
    }

    @Test
    void java24AndNewerRecordOnTheFirstLintThenAssembleAndMapTheAotCache() throws IOException {
        Path fake = fakeAotJava("25.0.1");
        Path cache = tmp.resolve("cache25");
        Map<String, String> env = Map.of("JAVA_HOME", fake.toString(), "SAGELINT_CACHE_DIR", cache.toString());
        String jar = home.resolve("lib/sagelint.jar").toString();

        // --version loads a tenth of the classes a lint does: it must not record the cache
        Processes.run(tmp, env, List.of(launcher(), "--version"));
        assertThat(calls(fake)).containsExactly(FLAGS + " -jar " + jar + " --version");
        assertThat(files(cache)).isEmpty();

        Processes.Run first = Processes.run(tmp, env, List.of(launcher(), "lint", "x.yaml"));
        assertThat(first.code()).as("the user's exit code, not the assembling JVM's").isEqualTo(3);
        assertThat(first.out()).isEqualTo("fake lint\n");
        assertThat(first.err()).as("the recording JVM's note is filtered out").isEqualTo("fake summary\n");
        List<String> calls = calls(fake);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).matches(java.util.regex.Pattern.quote(FLAGS) + " -XX:AOTMode=record"
                + " -XX:AOTConfiguration=\\S+/sagelint\\.aotconf\\.\\d+ -XX:\\+DisplayVMOutputToStderr"
                + " -Xlog:aot=off -Xlog:cds=off -jar " + jar + " lint x\\.yaml");
        assertThat(calls.get(1)).as("the assembling JVM gets no user arguments")
                .matches(java.util.regex.Pattern.quote(FLAGS) + " -XX:AOTMode=create"
                        + " -XX:AOTConfiguration=\\S+/sagelint\\.aotconf\\.\\d+ -XX:AOTCache=\\S+/sagelint\\.aot\\.\\d+"
                        + " -Xlog:aot=off -Xlog:cds=off -jar " + jar);
        List<Path> made = files(cache);
        assertThat(made).as("only the published cache is left, no recording, no private file").hasSize(1);
        assertThat(cache.relativize(made.get(0)).toString()).matches("aot/java25-\\d+/sagelint\\.aot");

        Processes.run(tmp, env, List.of(launcher(), "rules"));
        assertThat(calls(fake)).containsExactly(FLAGS + " -XX:AOTCache=" + made.get(0)
                + " -Xlog:aot=off -Xlog:cds=off -jar " + jar + " rules");
    }

    @Test
    void realJdk24OrNewerMakesTheAotCacheOnceMapsItAndNeedsNoWritableFolder() throws IOException {
        Path jdk = jdk24OrNewer();
        Assumptions.assumeTrue(jdk != null, "no JDK 24 or newer under /usr/lib/jvm (or -Dsagelint.test.jdk24)");
        Path repo = Files.createDirectories(tmp.resolve("repo-aot"));
        Files.copy(Processes.ROOT.resolve("examples/pitfalls/capacity.yaml"), repo.resolve("capacity.yaml"));
        Path cache = tmp.resolve("cache-aot");
        List<String> lint = List.of(launcher(), "lint", ".");

        Processes.Run first = Processes.run(repo, Map.of("JAVA_HOME", jdk.toString(),
                "XDG_CACHE_HOME", cache.toString()), lint);
        assertThat(first.code()).as(first.toString()).isEqualTo(1);
        assertThat(first.out()).as(first.toString()).contains("capacity.yaml:11:24: error SL201 ")
                .doesNotContain("AOT", "aot", "cds");
        assertThat(first.err()).as(first.toString()).doesNotContain("AOT", "aot", "cds", "CDS");
        List<Path> made = files(cache);
        assertThat(made).as("one cache, published under its final name").hasSize(1);
        assertThat(cache.relativize(made.get(0)).toString()).matches("sagelint/aot/java\\d+-\\d+/sagelint\\.aot");
        long size = Files.size(made.get(0));

        Path classLog = tmp.resolve("class-load-aot.log");
        Processes.Run second = Processes.run(repo, Map.of("JAVA_HOME", jdk.toString(),
                "XDG_CACHE_HOME", cache.toString(), "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog),
                lint);
        assertThat(second.code()).as(second.toString()).isEqualTo(1);
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Processes.read(classLog)).as("sagelint's own classes come from the cache")
                .contains("dev.sagelint.cli.Main source: shared objects file");
        assertThat(files(cache)).containsExactly(made.get(0));
        assertThat(Files.size(made.get(0))).isEqualTo(size);

        // a cache folder that cannot be made (its parent is a file; root may write anywhere else)
        Path blocked = Files.writeString(tmp.resolve("not-a-folder"), "x");
        Processes.Run unwritable = Processes.run(repo, Map.of("JAVA_HOME", jdk.toString(),
                "SAGELINT_CACHE_DIR", blocked.resolve("cache").toString()), lint);
        assertThat(unwritable.code()).as(unwritable.toString()).isEqualTo(1);
        assertThat(unwritable.out()).isEqualTo(first.out());
        assertThat(unwritable.err()).isEqualTo(first.err());
    }

    @Test
    void rootLauncherOnJdk24OrNewerKeepsItsAotCacheBesideTheJar() throws IOException {
        Path jdk = jdk24OrNewer();
        Assumptions.assumeTrue(jdk != null, "no JDK 24 or newer under /usr/lib/jvm (or -Dsagelint.test.jdk24)");
        Path aotDir = Processes.ROOT.resolve("cli/target/aot");
        deleteTree(aotDir);
        // the cache of an older jar: removed once the new one is published
        Processes.write(aotDir.resolve("java25-1/sagelint.aot"), "stale");
        Path repo = Files.createDirectories(tmp.resolve("repo-root-aot"));
        Files.copy(Processes.ROOT.resolve("examples/pitfalls/capacity.yaml"), repo.resolve("capacity.yaml"));
        List<String> lint = List.of(Processes.ROOT.resolve("sagelint").toString(), "lint", ".");

        Processes.Run usage = Processes.run(repo, Map.of("JAVA_HOME", jdk.toString()),
                List.of(Processes.ROOT.resolve("sagelint").toString(), "lint", "--no-such-option", "."));
        assertThat(usage.code()).as(usage.toString()).isEqualTo(2);
        assertThat(files(aotDir)).as("no cache from a lint stopped by a usage error")
                .containsExactly(aotDir.resolve("java25-1/sagelint.aot"));

        Processes.Run first = Processes.run(repo, Map.of("JAVA_HOME", jdk.toString()), lint);
        assertThat(first.code()).as(first.toString()).isEqualTo(1);
        assertThat(first.out()).contains("capacity.yaml:11:24: error SL201 ").doesNotContain("AOT", "aot");
        assertThat(first.err()).doesNotContain("AOT", "aot", "cds", "CDS");
        List<Path> made = files(aotDir);
        assertThat(made).as("the new cache only").hasSize(1).doesNotContain(aotDir.resolve("java25-1/sagelint.aot"));
        assertThat(aotDir.relativize(made.get(0)).toString()).matches("java\\d+-\\d+/sagelint\\.aot");

        Processes.Run second = Processes.run(repo, Map.of("JAVA_HOME", jdk.toString()), lint);
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEqualTo(first.err());
        assertThat(files(aotDir)).containsExactly(made.get(0));
    }

    @Test
    void optionsOverrideAndArchiveSwitchOff() throws IOException {
        Path fake = fakeJava("17.0.2");
        Processes.run(tmp, Map.of("JAVA_HOME", fake.toString(), "SAGELINT_CDS", "off"), List.of(launcher(), "rules"));
        assertThat(String.join(" ", recordedArgs(fake))).isEqualTo(FLAGS + " -jar " + home.resolve("lib/sagelint.jar")
                + " rules");
        Processes.run(tmp, Map.of("JAVA_HOME", fake.toString(), "SAGELINT_JAVA_OPTS", "-Xmx64m"),
                List.of(launcher(), "rules"));
        assertThat(recordedArgs(fake)).containsExactly("-Xmx64m", "-jar", home.resolve("lib/sagelint.jar").toString(),
                "rules");
    }

    @Test
    void tooOldJavaIsAOneLineError() throws IOException {
        Path fake = fakeJava("1.8.0_392");
        Processes.Run run = Processes.run(tmp, Map.of("JAVA_HOME", fake.toString()), List.of(launcher(), "rules"));
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("sagelint: " + fake.resolve("bin/java")
                + " is Java 1.8.0_392; sagelint needs Java 17 or newer (set JAVA_HOME)\n");
        assertThat(fake.resolve("args.txt")).doesNotExist();
    }

    private static String launcher() {
        return home.resolve("bin/sagelint").toString();
    }

    /**
     * A JAVA_HOME whose bin/java writes its arguments, one a line, to args.txt, writes the archive a
     * recording or auto-creating JVM would, and exits with FAKE_JAVA_EXIT (0 when unset).
     */
    private static Path fakeJava(String version) throws IOException {
        Path jdk = Files.createTempDirectory(tmp, "jdk-" + version + "-");
        Processes.write(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = jdk.resolve("bin/java");
        Processes.write(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/../args.txt\"\n"
                + "auto=; for a in \"$@\"; do case $a in -XX:+AutoCreateSharedArchive) auto=1;; esac; done\n"
                + "for a in \"$@\"; do case $auto:$a in *:-XX:ArchiveClassesAtExit=*|1:-XX:SharedArchiveFile=*)"
                + " echo x > \"${a#*=}\";; esac; done\n"
                + "exit ${FAKE_JAVA_EXIT:-0}\n");
        java.toFile().setExecutable(true);
        return jdk.toRealPath();
    }

    /**
     * A JAVA_HOME whose bin/java appends its arguments, one invocation a line, to calls.txt; in
     * -XX:AOTMode=record it writes the -XX:AOTConfiguration file and the JVM's note on stderr, in
     * -XX:AOTMode=create the -XX:AOTCache file; otherwise it prints "fake lint" and exits with
     * FAKE_JAVA_EXIT (3 when unset).
     */
    private static Path fakeAotJava(String version) throws IOException {
        Path jdk = Files.createTempDirectory(tmp, "jdk-" + version + "-");
        Processes.write(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = jdk.resolve("bin/java");
        Processes.write(java, """
                #!/bin/sh
                echo "$*" >> "$(dirname "$0")/../calls.txt"
                mode=
                for a in "$@"; do case $a in -XX:AOTMode=*) mode=${a#*=};; esac; done
                for a in "$@"; do
                  case $mode:$a in
                    record:-XX:AOTConfiguration=*) echo conf > "${a#*=}"; echo " AOTConfiguration recorded: ${a#*=}" >&2;;
                    create:-XX:AOTCache=*) echo cache > "${a#*=}"; echo "AOTCache creation is complete"; exit 0;;
                  esac
                done
                echo "fake lint"; echo "fake summary" >&2
                exit ${FAKE_JAVA_EXIT:-3}
                """);
        java.toFile().setExecutable(true);
        return jdk.toRealPath();
    }

    /** The fake's invocations since the last call, one a line; clears the record. */
    private static List<String> calls(Path fakeJdk) throws IOException {
        Path file = fakeJdk.resolve("calls.txt");
        List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        Files.deleteIfExists(file);
        return lines;
    }

    /** A JDK of release 24 or newer: -Dsagelint.test.jdk24, else the first under /usr/lib/jvm; or null. */
    private static Path jdk24OrNewer() throws IOException {
        String given = System.getProperty("sagelint.test.jdk24");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.sorted().filter(d -> Files.isExecutable(d.resolve("bin/java")) && release(d) >= 24)
                    .findFirst().orElse(null);
        }
    }

    private static int release(Path jdk) {
        Path file = jdk.resolve("release");
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)")
                .matcher(Processes.read(file));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static List<String> recordedArgs(Path fakeJdk) throws IOException {
        return Files.readAllLines(fakeJdk.resolve("args.txt"));
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Collections.emptyList();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
