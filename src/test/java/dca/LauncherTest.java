package dca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./dca} launcher, on a copy of the project tree whose jar is a tiny program that
 * prints which build it is, and whose {@code mvnw} only records that it ran. The JDK is a wrapper
 * directory around a real one (its {@code bin/java} logs its arguments), so the test can "update"
 * the JDK by changing its {@code lib/modules}, and see which archive each start used.
 */
class LauncherTest {
    private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    @TempDir
    Path tmp;
    Path root;
    Path jar;
    Path builds;

    @BeforeEach
    void tree() throws Exception {
        root = tmp.resolve("dca-tree");
        Files.createDirectories(root.resolve("src/main/java/dca"));
        Files.createDirectories(root.resolve("notes"));
        Files.createDirectories(root.resolve("target"));
        Files.copy(Path.of("dca"), root.resolve("dca"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.writeString(root.resolve("src/main/java/dca/Main.java"), "class Main {}\n");
        Files.writeString(root.resolve("notes/05-engine.md"), "# Chapter 5\n");
        jar = root.resolve("target/dca-all.jar");
        builds = tmp.resolve("builds.txt");
        // The build: records that it ran, shows Maven-like steps, and leaves a jar printing "rebuilt".
        Path rebuilt = tmp.resolve("rebuilt.jar");
        writeJar(rebuilt, "rebuilt");
        script(root.resolve("mvnw"), "echo built >> '" + builds + "'\n"
                + "echo '[INFO] --- compiler:3.13.0:compile (default-compile) @ dca ---'\n"
                + "echo '[INFO] --- shade:3.6.0:shade (default) @ dca ---'\n"
                + "cp '" + rebuilt + "' target/dca-0.1.0-all.jar\n");
        writeJar(jar, "first");
        Instant old = Instant.now().minusSeconds(3600);
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) if (!p.equals(jar)) Files.setLastModifiedTime(p, FileTime.from(old));
        }
        // Built a minute ago: an edit now is newer even where file times move in coarse ticks.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    }

    /** A JDK that is {@code real} with a log of each java start and a lib/modules of its own. */
    private Path jdk(Path real, String name) throws IOException {
        Path home = tmp.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib/server"));
        Files.copy(real.resolve("release"), home.resolve("release"));
        Files.writeString(home.resolve("lib/modules"), "modules of " + name);
        Files.writeString(home.resolve("lib/server/libjvm.so"), "vm of " + name);
        script(home.resolve("bin/java"), "echo \"$*\" >> '" + home.resolve("starts.log") + "'\nexec '" + real.resolve("bin/java") + "' \"$@\"\n");
        return home;
    }

    private record Run(int code, String out, String err) {}

    private Run dca(Path javaHome, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", root.resolve("dca").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("DCA_") || k.equals("JAVA_TOOL_OPTIONS"));
        env.put("JAVA_HOME", javaHome.toString());
        env.put("HOME", tmp.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        t.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        t.join();
        return new Run(code, out, err.toString(StandardCharsets.UTF_8));
    }

    private static Path realJdk() {
        return Path.of(System.getProperty("java.home"));
    }

    /** The archive the last start ran with (the -XX:SharedArchiveFile= or -XX:AOTCache= value). */
    private static String archiveOfLastStart(Path jdk) throws IOException {
        List<String> starts = Files.readAllLines(jdk.resolve("starts.log"));
        Matcher m = Pattern.compile("-XX:(?:SharedArchiveFile|AOTCache)=(\\S+)").matcher(starts.get(starts.size() - 1));
        return m.find() ? m.group(1) : "";
    }

    private static long trainings(Path jdk) throws IOException {
        return Files.readAllLines(jdk.resolve("starts.log")).stream()
                .filter(l -> (l.contains("ArchiveClassesAtExit") || l.contains("AOTCacheOutput")) && l.contains("dca.cli.Training")).count();
    }

    @Test
    void editorFilesAndOtherFilesInNotesDoNotRebuild() throws Exception {
        Path jdk = jdk(realJdk(), "jdk");
        for (String name : List.of(".05-engine.md.swp", "05-engine.md~", "#05-engine.md#", "diagram.png", "todo.txt")) {
            Files.writeString(root.resolve("notes").resolve(name), "edited");
        }
        Files.writeString(root.resolve("src/main/java/dca/.Main.java.swp"), "edited");
        Run r = dca(jdk, "quiz");
        assertEquals(0, r.code(), r.err());
        assertEquals("first quiz\n", r.out());
        assertFalse(Files.exists(builds), "no build: " + r.err());

        Files.writeString(root.resolve("notes/05-engine.md"), "# Chapter 5: edited\n");
        Run again = dca(jdk, "quiz");
        assertEquals("rebuilt quiz\n", again.out());
        assertEquals(List.of("built"), Files.readAllLines(builds));
        assertTrue(again.err().contains("compiler:3.13.0:compile (default-compile)"), "the build shows its steps: " + again.err());
        assertTrue(again.err().contains("dca: built in "), again.err());
    }

    @Test
    void aJavaSourceOrThePomRebuilds() throws Exception {
        Path jdk = jdk(realJdk(), "jdk");
        Files.writeString(root.resolve("src/main/java/dca/Main.java"), "class Main { }\n");
        assertEquals("rebuilt x\n", dca(jdk, "x").out());
        Files.writeString(root.resolve("pom.xml"), "<project></project>\n");
        assertEquals("rebuilt x\n", dca(jdk, "x").out());
        assertEquals(List.of("built", "built"), Files.readAllLines(builds));
    }

    @Test
    void anArchiveIsMadeOnceAndAnUpdatedJvmGetsItsOwn() throws Exception {
        Path jdk = jdk(realJdk(), "jdk");
        assertEquals("first a\n", dca(jdk, "a").out());
        String archive = archiveOfLastStart(jdk);
        assertFalse(archive.isEmpty(), "ran with an archive: " + Files.readString(jdk.resolve("starts.log")));
        assertTrue(Files.isRegularFile(Path.of(archive)));
        assertEquals(1, trainings(jdk));

        assertEquals("first b\n", dca(jdk, "b").out());
        assertEquals(archive, archiveOfLastStart(jdk), "the same jar and JVM reuse it");
        assertEquals(1, trainings(jdk));

        Files.writeString(jdk.resolve("lib/modules"), "modules of an updated jdk"); // the JDK was updated
        assertEquals("first c\n", dca(jdk, "c").out());
        String updated = archiveOfLastStart(jdk);
        assertNotEquals(archive, updated, "a changed JVM never uses the old archive");
        assertEquals(2, trainings(jdk));
    }

    @Test
    void aRebuiltJarNeverRunsWithTheOldJarsArchive() throws Exception {
        staleArchiveHazard(realJdk());
    }

    /** The JDK 25.0.3 hazard: an AOT cache made for one jar ran stale classes after the jar changed. */
    @Test
    void aRebuiltJarNeverRunsWithAStaleAotCacheOnJdk25() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(TEMURIN_25.resolve("bin/java")), "no JDK 25 on this machine");
        staleArchiveHazard(TEMURIN_25);
        assertTrue(Files.readString(tmp.resolve("jdk").resolve("starts.log")).contains("-XX:AOTCache="), "JDK 24+ uses an AOT cache");
    }

    private void staleArchiveHazard(Path real) throws Exception {
        Path jdk = jdk(real, "jdk");
        assertEquals("first a\n", dca(jdk, "a").out());
        String archive = archiveOfLastStart(jdk);
        assertFalse(archive.isEmpty());
        // Another build of the same size and, to the second, the same time: only its content differs.
        FileTime time = Files.getLastModifiedTime(jar);
        Path other = tmp.resolve("other.jar");
        writeJar(other, "fresh");
        assertEquals(Files.size(jar), Files.size(other), "same size");
        Files.copy(other, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(time.toMillis() / 1000 * 1000 + 1));

        Run r = dca(jdk, "b");
        assertEquals(0, r.code(), r.err());
        assertEquals("fresh b\n", r.out(), "the new jar's classes, not the archived ones");
        assertNotEquals(archive, archiveOfLastStart(jdk));
        assertFalse(Files.exists(Path.of(archive)), "the old jar's archive is removed");
    }

    /**
     * A jar whose Main prints {@code word} and its arguments, with a training class as the launcher
     * runs it. Words of one length give jars of one size.
     */
    private void writeJar(Path target, String word) throws IOException {
        Path src = tmp.resolve("src-" + word);
        Files.createDirectories(src.resolve("dca/cli"));
        Files.writeString(src.resolve("Main.java"), "public class Main { public static void main(String[] a) {"
                + " System.out.println(\"" + word + " \" + String.join(\" \", a)); } }\n");
        Files.writeString(src.resolve("dca/cli/Training.java"), "package dca.cli; public class Training {"
                + " public static void main(String[] a) { System.out.println(\"" + word + "\".length()); } }\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "--release", "17", "-d", src.toString(), src.resolve("Main.java").toString(),
                src.resolve("dca/cli/Training.java").toString()));
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Main");
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream j = new JarOutputStream(out, mf)) {
            for (String name : List.of("Main.class", "dca/cli/Training.class")) {
                JarEntry e = new JarEntry(name);
                e.setTime(0);
                j.putNextEntry(e);
                j.write(Files.readAllBytes(src.resolve(name)));
            }
        }
    }

    private static void script(Path p, String body) throws IOException {
        Files.writeString(p, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
