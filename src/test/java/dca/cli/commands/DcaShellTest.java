package dca.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.CliHarness;
import dca.cli.run.Env;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell over an in-memory dumb terminal: completion and history. */
class DcaShellTest {
    @TempDir
    Path home;
    Path notes;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        notes = home.resolve("notes");
        Files.createDirectories(notes);
        try (InputStream in = getClass().getResourceAsStream("/drill/05-the-docker-engine.md")) {
            Files.copy(in, notes.resolve("05-the-docker-engine.md"));
        }
    }

    Env env() {
        return new Env(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                Map.of("HOME", home.toString(), "DCA_NOTES", notes.toString(), "NO_COLOR", "1", "TZ", "UTC",
                        "DCA_PROGRESS", home.resolve("p.json").toString()), home);
    }

    Terminal terminal(String input) throws Exception {
        return new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
                StandardCharsets.UTF_8);
    }

    static List<String> complete(LineReader reader, String line) {
        List<Candidate> candidates = new ArrayList<>();
        ((org.jline.reader.impl.LineReaderImpl) reader).getCompleter().complete(reader, reader.getParser().parse(line, line.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void completesDeckNamesCommandsAndOptions() throws Exception {
        try (Terminal t = terminal("")) {
            LineReader reader = new DcaShell(env(), t, false).reader();
            List<String> decks = complete(reader, "quiz ch");
            assertTrue(decks.contains("chapter-5") && decks.contains("ch5"), decks.toString());
            assertTrue(complete(reader, "weak --list doc").contains("docker-engine"), complete(reader, "weak --list doc").toString());
            assertTrue(complete(reader, "qu").contains("quiz"), complete(reader, "qu").toString());
            assertTrue(complete(reader, "export ch").contains("chapter-5"), complete(reader, "export ch").toString());
            assertFalse(complete(reader, "export --format ").contains("chapter-5"), complete(reader, "export --format ").toString());
            assertTrue(complete(reader, "quiz --li").contains("--limit"), complete(reader, "quiz --li").toString());
        }
    }

    /** As JLine shows them: candidates in their own order (compareTo: sort index, then value). */
    static List<String> shown(LineReader reader, String line) {
        List<Candidate> candidates = new ArrayList<>();
        ((org.jline.reader.impl.LineReaderImpl) reader).getCompleter().complete(reader, reader.getParser().parse(line, line.length()), candidates);
        java.util.Collections.sort(candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void decksSortNaturallyAndSettingNamesComplete() throws Exception {
        Files.writeString(notes.resolve("10-swarm.md"), "# Swarm\n\nraft :: consensus among managers\n");
        Files.writeString(notes.resolve("2-docker.md"), "# Docker\n\nmoby :: the open-source project\n");
        try (Terminal t = terminal("")) {
            LineReader reader = new DcaShell(env(), t, false).reader();
            assertEquals(List.of("chapter-2", "chapter-5", "chapter-10"), shown(reader, "quiz chapter-"));
            assertEquals(List.of("ch2", "ch5", "ch10", "chapter-2", "chapter-5", "chapter-10"), shown(reader, "review ch"));
            assertEquals(List.of("desired-retention", "new-per-day", "fuzz", "exam-date", "exam-mode"), shown(reader, "config set "));
            assertEquals(List.of("on", "off"), shown(reader, "config set fuzz "));
            assertEquals(List.of("exam-date", "exam-mode"), shown(reader, "config get ex"));
            assertEquals(List.of("weights"), shown(reader, "config reset w"));
        }
    }

    @Test
    void deckNamesAreReadAtCompletionTime() throws Exception {
        try (Terminal t = terminal("")) {
            LineReader reader = new DcaShell(env(), t, false).reader();
            assertFalse(complete(reader, "review ch").contains("chapter-10"));
            Files.writeString(notes.resolve("10-swarm.md"), "# Swarm\n\nraft :: consensus among managers\n");
            assertTrue(complete(reader, "review ch").contains("chapter-10"), complete(reader, "review ch").toString());
        }
    }

    @Test
    void runsCommandsAndKeepsHistory() throws Exception {
        try (Terminal t = terminal("weak --list\nexit\n")) {
            assertEquals(0, new DcaShell(env(), t, false).run());
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("No weak cards"), out.toString(StandardCharsets.UTF_8));
        Path history = home.resolve(".local/state/dca/history");
        assertTrue(Files.readString(history).contains("weak --list"));
    }

    @Test
    void helpCommandInTheShellIsTheCommandsHelpPage() throws Exception {
        try (Terminal t = terminal("help quiz\nexit\n")) {
            assertEquals(0, new DcaShell(env(), t, false).run());
        }
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("Usage: dca quiz"), shown);
    }

    @Test
    void withoutATerminalDcaPrintsUsage() {
        CliHarness.Result r = new CliHarness(home).run();
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: dca"), r.out());
    }
}
