package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.progress.ProgressStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session on a terminal: a dumb one falls back to plain mode; Ctrl-C saves, summarises and exits 130. */
class TerminalSessionTest {
    static final String NOW = "2026-12-01T09:00:00Z";

    @TempDir
    Path home;
    Path notes;
    Path progress;

    @BeforeEach
    void setUp() throws Exception {
        notes = home.resolve("notes");
        Files.createDirectories(notes);
        try (InputStream in = getClass().getResourceAsStream("/drill/05-the-docker-engine.md")) {
            Files.copy(in, notes.resolve("05-the-docker-engine.md"));
        }
        progress = home.resolve("progress.json");
    }

    CliHarness dca(Terminal t) {
        return new CliHarness(home).env("DCA_NOW", NOW).env("DCA_NOTES", notes.toString())
                .env("DCA_PROGRESS", progress.toString()).terminal(t);
    }

    int reviews() throws Exception {
        if (!Files.exists(progress)) return 0;
        try (ProgressStore s = ProgressStore.openReadOnly(progress, Clock.systemUTC())) {
            return s.reviews().size();
        }
    }

    /**
     * On a dumb terminal keys come a line at a time: Enter must reveal and nothing more. Plain mode
     * reads the reveal and the grade as separate lines, and says once that it is used.
     */
    @Test
    void aDumbTerminalFallsBackToPlainModeAndNeverGradesAnAnswerNotShown() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(" \n".getBytes(StandardCharsets.UTF_8)), screen,
                StandardCharsets.UTF_8)) {
            CliHarness.Result r = dca(t).run("quiz", "chapter-5");
            assertEquals(0, r.code(), r.err());
            assertEquals("dca: this terminal (TERM=dumb) cannot show the full screen; using plain mode: each prompt reads one line"
                    + " (Enter reveals, then a grade)\n", r.err());
            String shown = screen.toString(StandardCharsets.UTF_8);
            assertTrue(shown.contains("? reveal\n") && shown.contains("answer: ") && shown.contains("? grade"), shown);
        }
        assertEquals(0, reviews(), "the line that revealed the answer graded nothing");

        screen.reset();
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream("\n3\n".getBytes(StandardCharsets.UTF_8)), screen,
                StandardCharsets.UTF_8)) {
            CliHarness.Result r = dca(t).run("quiz", "chapter-5");
            assertEquals(0, r.code(), r.err());
            assertTrue(screen.toString(StandardCharsets.UTF_8).contains("graded: good"), screen.toString(StandardCharsets.UTF_8));
        }
        assertEquals(1, reviews(), "graded once the answer was shown");
    }

    Terminal xterm(String keys, ByteArrayOutputStream screen) throws Exception {
        Terminal t = new ExternalTerminal("test", "xterm-256color", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8);
        t.setSize(new Size(60, 24));
        return t;
    }

    /** Ctrl-C quits as Unix tools do, exit 130, after saving; the summary is a person's, in local time. */
    @Test
    void ctrlCSavesPrintsTheSummaryAndExits130() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        try (Terminal t = new ExternalTerminal("test", "xterm-256color", new java.io.PipedInputStream(keys), screen, StandardCharsets.UTF_8)) {
            t.setSize(new Size(60, 24));
            java.util.concurrent.CompletableFuture<CliHarness.Result> run = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> dca(t).env("TZ", "Europe/Paris").run("quiz", "chapter-5"));
            // Keys once the screen is up (raw mode on), as a person presses them.
            for (int i = 0; i < 400 && !screen.toString(StandardCharsets.UTF_8).contains("Space reveal"); i++) Thread.sleep(25);
            keys.write(" 3\u0003".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            CliHarness.Result r = run.get(30, TimeUnit.SECONDS);
            assertEquals(130, r.code(), r.err());
        }
        assertEquals(1, reviews());
        String shown = screen.toString(StandardCharsets.UTF_8);
        String summary = shown.substring(shown.lastIndexOf("Reviewed "));
        List<String> lines = summary.lines().toList();
        assertEquals("Reviewed 1 card in 0:00 · 100% right", lines.get(0));
        assertEquals("Grades: again 0 · hard 0 · good 1 · easy 0", lines.get(1));
        // 09:00 UTC is 10:00 in Paris: the card answered Good comes back in 10 minutes.
        assertTrue(lines.get(2).startsWith("Next due: today 10:10 (in 10m); due today "), lines.get(2));
        assertEquals("Stopped with Ctrl-C. Every answer is saved in " + progress, String.join(" ", lines.subList(3, lines.size())));
        assertFalse(summary.contains("summary: reviewed="), "the plain protocol is for plain mode");
        for (String line : lines) assertTrue(line.length() <= 60, line);

        screen.reset();
        try (Terminal t = xterm("q", screen)) {
            assertEquals(0, dca(t).run("quiz", "chapter-5").code(), "q quits with 0");
        }
    }

    /** Plain mode in a real process: SIGINT prints the summary, leaves the file closed and exits 130. */
    @Test
    void sigintInPlainModePrintsTheSummaryAndExits130() throws Exception {
        try (ChildDca child = ChildDca.start(home, NOW, List.of("--notes", notes.toString(), "--progress", progress.toString(),
                "quiz", "chapter-5", "--plain"))) {
            for (String line; (line = child.next(30)) != null && !line.startsWith("? reveal"); ) { /* the first card */ }
            child.send("");
            child.send("3");
            for (String line; (line = child.next(30)) != null && !line.startsWith("graded: "); ) { /* its save */ }
            for (String line; (line = child.next(30)) != null && !line.startsWith("? reveal"); ) { /* the next card */ }
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(child.process.pid())).start();
            assertTrue(kill.waitFor(10, TimeUnit.SECONDS));
            assertTrue(child.process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(130, child.process.exitValue());
            List<String> rest = new ArrayList<>(child.rest());
            assertTrue(rest.stream().anyMatch(l -> l.startsWith("summary: reviewed=1 ")), rest.toString());
            assertTrue(rest.contains("saved: " + progress), rest.toString());
        }
        assertEquals(1, reviews());
        assertFalse(Files.exists(progress.resolveSibling("progress.json.journal")), "the journal was folded in: the file was closed");
        assertEquals(0, new CliHarness(home).env("DCA_NOW", NOW).env("DCA_NOTES", notes.toString())
                .env("DCA_PROGRESS", progress.toString()).runWithInput("q\n", "quiz", "chapter-5", "--plain").code(), "and unlocked");
    }
}
