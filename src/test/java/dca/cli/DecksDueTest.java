package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dca decks}: how many cards of each deck are due today and how many were never studied, fitted to the terminal. */
class DecksDueTest {
    @TempDir
    Path home;
    CliHarness dca;

    @BeforeEach
    void setUp() throws Exception {
        Path notes = Files.createDirectories(home.resolve("notes"));
        try (InputStream in = getClass().getResourceAsStream("/drill/05-the-docker-engine.md")) {
            Files.copy(in, notes.resolve("05-the-docker-engine.md"));
        }
        dca = new CliHarness(home).env("DCA_NOTES", notes.toString()).env("DCA_PROGRESS", home.resolve("p.json").toString())
                .env("DCA_NOW", "2026-12-01T09:00:00Z");
    }

    List<String> row(String out, String deck) {
        return out.lines().filter(l -> l.startsWith(deck + " ")).map(l -> Arrays.asList(l.split("\\s{2,}"))).findFirst().orElseThrow();
    }

    @Test
    void dueAndNewCountsFollowTheProgress() {
        CliHarness.Result before = dca.env("COLUMNS", "200").run("decks");
        assertEquals(0, before.code(), before.err());
        List<String> header = Arrays.asList(before.out().lines().findFirst().orElseThrow().split("\\s{2,}"));
        int due = header.indexOf("DUE");
        int fresh = header.indexOf("NEW");
        int cards = Integer.parseInt(row(before.out(), "chapter-5").get(header.indexOf("BASIC")))
                + Integer.parseInt(row(before.out(), "chapter-5").get(header.indexOf("CLOZE")))
                + Integer.parseInt(row(before.out(), "chapter-5").get(header.indexOf("LIST")))
                + Integer.parseInt(row(before.out(), "chapter-5").get(header.indexOf("CHOICE")));
        assertEquals("0", row(before.out(), "chapter-5").get(due));
        assertEquals(Integer.toString(cards), row(before.out(), "chapter-5").get(fresh));
        assertTrue(before.out().contains("; 0 due today, " + cards + " never studied"), before.out());

        // Two cards answered: each comes back in its learning step today.
        assertEquals(0, dca.runWithInput("\n3\n\n1\nq\n", "quiz", "chapter-5", "--plain").code());
        CliHarness.Result after = dca.run("decks");
        assertEquals("2", row(after.out(), "chapter-5").get(due));
        assertEquals(Integer.toString(cards - 2), row(after.out(), "chapter-5").get(fresh));
    }

    @Test
    void aNarrowTerminalGetsTheTableFitted() {
        CliHarness.Result r = dca.env("COLUMNS", "60").run("decks");
        assertEquals(0, r.code(), r.err());
        for (String line : r.out().split("\n")) assertTrue(line.length() <= 60, line.length() + ": " + line);
        assertTrue(r.out().lines().findFirst().orElseThrow().contains("DUE"), "due and new stay: " + r.out());
        assertTrue(r.out().contains("(not shown at this width: source"), r.out());
        CliHarness.Result piped = dca.unset("COLUMNS").run("decks");
        assertTrue(piped.out().contains("notes/05-the-docker-engine.md"), "a pipe gets every cell whole: " + piped.out());
    }
}
