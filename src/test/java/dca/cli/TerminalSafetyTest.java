package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.commands.CommandLines;
import dca.cli.commands.DcaCommand;
import dca.cli.run.Env;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Card text that holds escape sequences and control characters (a colour code, OSC 8 hyperlinks,
 * a cursor position request, BEL, backspaces, CR), from notes or from an imported deck, reaches the terminal
 * inert in show, quiz (plain and full screen), exam and weak --list.
 */
class TerminalSafetyTest {
    static final String NOW = "2026-12-01T09:00:00Z";

    @TempDir
    Path dir;
    Path notes;

    @BeforeEach
    void setUp() throws Exception {
        notes = dir.resolve("notes");
        Files.createDirectories(notes);
        Files.copy(Path.of("src/test/resources/dca/cli/hostile-notes/01-hostile.md"), notes.resolve("01-hostile.md"));
    }

    private CliHarness dca() {
        return new CliHarness(dir).env("DCA_NOW", NOW).env("DCA_PROGRESS", dir.resolve("progress.json").toString());
    }

    /** Nothing of the hostile text may drive a terminal; the readable words stay. */
    private static void assertInert(String what, String shown) {
        assertFalse(shown.contains("[31;1;4m"), what + ": colour code\n" + shown);
        assertFalse(shown.contains("]8;;"), what + ": OSC 8 link\n" + shown);
        assertFalse(shown.contains("[6n"), what + ": cursor position request\n" + shown);
        assertFalse(shown.contains("\u0007"), what + ": BEL\n" + shown);
        assertFalse(shown.contains("\b"), what + ": backspace\n" + shown);
        assertFalse(shown.contains("\rOVERWRITE"), what + ": carriage return\n" + shown);
    }

    /** Plain mode under NO_COLOR writes no escape character at all. */
    private static void assertPlain(String what, String shown) {
        assertInert(what, shown);
        assertFalse(shown.contains("\u001b") || shown.contains("\u009b") || shown.contains("\u009d"), what + ": ESC\n" + shown);
    }

    @Test
    void showQuizWeakAndExamInPlainModeShowCardTextInert() {
        CliHarness.Result show = dca().run("show", "chapter-1");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("bell do?") && show.out().contains("click here"), show.out());
        assertPlain("show", show.out());

        String answers = "\n1\n".repeat(6) + "a\nb\n".repeat(4);
        CliHarness.Result quiz = dca().runWithInput(answers, "quiz", "chapter-1", "--plain", "--new", "10");
        assertEquals(0, quiz.code(), quiz.err());
        assertTrue(quiz.out().contains("answer: eraseXXXX and") && quiz.out().contains("OVERWRITE and click here"), quiz.out());
        assertPlain("quiz --plain", quiz.out() + quiz.err());

        CliHarness.Result weak = new CliHarness(dir).env("DCA_NOW", "2026-12-02T09:00:00Z")
                .env("DCA_PROGRESS", dir.resolve("progress.json").toString()).run("weak", "--list");
        assertEquals(0, weak.code(), weak.err());
        assertTrue(weak.out().contains("bell"), weak.out());
        assertPlain("weak --list", weak.out() + weak.err());

        CliHarness.Result exam = dca().runWithInput("\n" + "y\na\n".repeat(12), "exam", "chapter-1", "--questions", "2", "--plain");
        assertTrue(exam.out().contains("option is right"), exam.out() + exam.err());
        assertPlain("exam --plain", exam.out() + exam.err());
    }

    @Test
    void anImportedDeckIsInertToo() throws Exception {
        // A deck file written by hand, escape sequences and all (JSON escapes make them real characters).
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, """
                {"format":"dca-deck","version":1,"decks":[{"name":"evil","chapter":0,"title":"Evil \\u001b[31;1;4mdeck",
                 "cards":[{"id":"evil-1","kind":"basic","prompt":"Ring \\u0007 the \\u001b]8;;http://evil.example/\\u001b\\\\bell","answer":"a\\rOVERWRITE\\b"}]}]}
                """);
        CliHarness.Result imported = dca().cwd(dir).run("import", file.toString());
        if (imported.code() != 0) return; // the format refused it outright: nothing reaches a terminal either
        assertInert("import", imported.out() + imported.err());
        CliHarness.Result show = dca().run("show", "evil");
        assertInert("show imported", show.out() + show.err());
    }

    @Test
    void theFullScreenDrillShowsCardTextInert() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        Env env = new Env(new ByteArrayInputStream(new byte[0]), out, out,
                Map.of("NO_COLOR", "1", "TZ", "UTC", "DCA_NOW", NOW, "HOME", dir.toString(),
                        "DCA_PROGRESS", dir.resolve("progress.json").toString()), dir);
        String keys = " 1".repeat(4) + "ax" + "bx" + "q";
        // A terminal that can address its cursor: a dumb one gets plain mode, not the full screen.
        try (Terminal t = new org.jline.terminal.impl.ExternalTerminal("test", "xterm-256color",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            t.setSize(new org.jline.terminal.Size(80, 24));
            CommandLine cli = CommandLines.configure(CommandLines.commandLine(env, "quiz"), env, false);
            ((DcaCommand) cli.getCommand()).terminal(t);
            assertEquals(0, cli.execute("quiz", "chapter-1"), screen.toString(StandardCharsets.UTF_8));
        }
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("bell do?"), shown);
        // The screen moves its cursor with backspaces of its own: look for the notes' ones, after their words.
        assertFalse(shown.contains("erase\b") || shown.contains("wrong\b"), "full-screen quiz: the notes' backspaces\n" + shown);
        assertInert("full-screen quiz", shown.replace("\b", ""));
    }
}
