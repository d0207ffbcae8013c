package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts {@code dca completion SHELL} prints, run by the shells themselves against a {@code dca}
 * on PATH that is this build (a JVM on the test class path), with the notes bundled in dca.
 */
class CompletionScriptTest {
    @TempDir
    Path home;
    Path bin;

    @BeforeEach
    void setUp() throws IOException {
        bin = home.resolve("bin");
        Files.createDirectories(bin);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path dca = bin.resolve("dca");
        Files.writeString(dca, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
                + "' dca.cli.Main \"$@\"\n");
        assertTrue(dca.toFile().setExecutable(true));
    }

    static boolean has(String shell) {
        return Files.isExecutable(Path.of("/bin", shell)) || Files.isExecutable(Path.of("/usr/bin", shell));
    }

    String script(String shell) {
        CliHarness.Result r = new CliHarness(home).run("completion", shell);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    /** Runs {@code shell -c code} in the home directory (no ./notes there: the bundled notes), the fake dca first on PATH. */
    String run(String shell, String code) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(shell, "-c", code).directory(home.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("DCA_NOTES");
        pb.environment().remove("DCA_PROGRESS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** COMPREPLY for a line typed up to the cursor, as bash's programmable completion fills it on Tab. */
    List<String> bash(String... words) throws Exception {
        Files.writeString(home.resolve("dca.bash"), script("bash"));
        StringBuilder array = new StringBuilder();
        for (String w : words) array.append(" '").append(w).append("'");
        String out = run("bash", "source ./dca.bash; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; _dca_complete; printf '%s\\n' \"${COMPREPLY[@]}\"");
        List<String> lines = new ArrayList<>(out.lines().filter(l -> !l.isEmpty()).toList());
        return lines;
    }

    static final List<String> CHAPTERS = IntStream.rangeClosed(1, 17).mapToObj(i -> "chapter-" + i).toList();

    @Test
    void bashCompletesDeckNamesCommandsOptionsAndSettings() throws Exception {
        assumeTrue(has("bash"), "bash is not installed");
        List<String> decks = bash("dca", "quiz", "ch");
        assertEquals(CHAPTERS, decks.stream().filter(d -> d.startsWith("chapter-")).toList(), "chapter-1 … chapter-17, in order");
        assertTrue(decks.containsAll(List.of("ch1", "ch17")), decks.toString());
        assertEquals(List.of("config", "completion"), bash("dca", "co"));
        assertEquals(List.of("--limit"), bash("dca", "quiz", "--li"));
        assertEquals(List.of("desired-retention", "new-per-day", "fuzz", "exam-date", "exam-mode"), bash("dca", "config", "set", ""));
        assertEquals(List.of("apkg", "anki"), bash("dca", "export", "chapter-5", "--format", "a"));
        assertEquals(List.of(), bash("dca", "import", ""), "a file: bash's own file-name completion takes over");
        assertEquals(List.of("chapter-5"), bash("dca", "--plain", "weak", "--list", "chapter-5"));
    }

    @Test
    void fishCompletesDeckNames() throws Exception {
        assumeTrue(has("fish"), "fish is not installed");
        Files.writeString(home.resolve("dca.fish"), script("fish"));
        String out = run("fish", "source ./dca.fish; complete -C 'dca review chapter-'");
        assertEquals(CHAPTERS, out.lines().map(l -> l.split("\t")[0]).toList());
    }

    @Test
    void zshScriptParses() throws Exception {
        assumeTrue(has("zsh"), "zsh is not installed");
        Files.writeString(home.resolve("_dca"), script("zsh"));
        run("zsh", "zsh -n ./_dca");
        assertTrue(script("zsh").startsWith("#compdef dca\n"));
    }

    @Test
    void anUnknownShellIsAUsageError() {
        CliHarness.Result r = new CliHarness(home).run("completion", "powershell");
        assertEquals(2, r.code());
        assertEquals("dca: no completion for shell 'powershell'\n  use one of: dca completion bash, zsh or fish\n", r.err());
    }
}
