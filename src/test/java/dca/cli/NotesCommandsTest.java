package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** decks and show on a study group's multi-chapter notes file, run through the real command line. */
class NotesCommandsTest {
    @TempDir
    Path home;
    Path notes;

    @BeforeEach
    void copyFixture() throws IOException {
        notes = home.resolve("group-notes.md");
        try (InputStream in = getClass().getResourceAsStream("/dca/notes/pair/group-notes.md")) {
            Files.write(notes, in.readAllBytes());
        }
    }

    @Test
    void decksListsChaptersOneToFive() {
        CliHarness.Result r = new CliHarness(home).run("decks", "--notes", notes.toString());
        assertEquals(0, r.code(), r.err());
        for (int n = 1; n <= 5; n++) assertTrue(r.out().contains("chapter-" + n + " "), r.out());
        assertFalse(r.out().contains("chapter-8"), r.out());
        assertTrue(r.out().contains("5 decks"), r.out());
    }

    @Test
    void decksMarkdownPrintsATableWithTotals() {
        CliHarness.Result r = new CliHarness(home).run("decks", "--markdown", "--notes", notes.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("| deck | chapter | title |"), r.out());
        assertTrue(r.out().contains("| chapter-5 | 5 | The Docker Engine |"), r.out());
        assertTrue(r.out().contains("| **total** |"), r.out());
    }

    @Test
    void showPrintsEveryCardWithItsLineInsideTheChapter() {
        CliHarness.Result r = new CliHarness(home).run("show", "chapter-5", "--notes", notes.toString());
        assertEquals(0, r.code(), r.err());
        for (String term : new String[] {"Q: dockerd", "Q: containerd (the supervisor)", "Q: runc", "Q: shim",
                "Q: The engine is split into", "A: sudo systemctl start docker"}) {
            assertTrue(r.out().contains(term), term + " missing:\n" + r.out());
        }
        Matcher m = Pattern.compile("group-notes\\.md:(\\d+)").matcher(r.out());
        int count = 0;
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            assertTrue(line >= 34 && line <= 48, "line " + line);
            count++;
        }
        assertEquals(7, count);
        assertFalse(r.out().contains("room"), r.out());
    }

    @Test
    void showAcceptsANotesFileAsTheDeck() {
        CliHarness.Result r = new CliHarness(home).run("show", "group-notes.md");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("chapter-2 · Docker"), r.out());
    }

    @Test
    void showJsonPrintsTheDeckFormat() {
        CliHarness.Result r = new CliHarness(home).run("show", "5", "--json", "--notes", notes.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"format\" : \"dca-deck\""), r.out());
        assertTrue(r.out().contains("\"name\" : \"chapter-5\""), r.out());
    }

    @Test
    void unknownDeckIsUsageErrorListingTheDecks() {
        CliHarness.Result r = new CliHarness(home).run("show", "chapter-9", "--notes", notes.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("dca: no deck named \"chapter-9\""), r.err());
        assertTrue(r.err().contains("chapter-1, chapter-2, chapter-3, chapter-4, chapter-5"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void notUtf8NotesNameTheFile() throws IOException {
        Path bad = home.resolve("latin1.md");
        Files.write(bad, new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        CliHarness.Result r = new CliHarness(home).run("decks", "--notes", bad.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("latin1.md is not UTF-8"), r.err());
    }

    @Test
    void deckFromNotesWithoutDecksSaysWhereNotesComeFrom() throws IOException {
        Path empty = home.resolve("empty");
        Files.createDirectories(empty);
        CliHarness.Result r = new CliHarness(home).run("show", "chapter-5", "--notes", empty.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("the notes hold no decks"), r.err());
        assertTrue(r.err().contains("--notes PATH"), r.err());
    }
}
