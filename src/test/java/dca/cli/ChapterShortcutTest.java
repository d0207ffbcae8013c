package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chapter named by number parses only its own file at start-up; the cards, contexts and sources
 * must be exactly those the full parse gives (reached here through the title, which parses all).
 */
class ChapterShortcutTest {
    @TempDir
    Path home;

    @Test
    void numberedChapterGivesTheSameDeckAsTheFullParse() {
        Path notes = Path.of("notes").toAbsolutePath();
        CliHarness dca = new CliHarness(home).cwd(notes.getParent());
        CliHarness.Result byTitle = dca.run("show", "the-docker-engine");
        assertEquals(0, byTitle.code(), byTitle.err());
        assertTrue(byTitle.out().contains("notes/05-the-docker-engine.md:"), byTitle.out());
        for (String name : new String[] {"chapter-5", "ch5", "5", "05"}) {
            CliHarness.Result byNumber = dca.run("show", name);
            assertEquals(byTitle, byNumber, name);
        }
        // Bundled notes (no ./notes here) take the same shortcut.
        CliHarness.Result bundled = new CliHarness(home).run("show", "chapter-5");
        assertEquals(0, bundled.code(), bundled.err());
        assertEquals(byTitle.out(), bundled.out());
    }

    @Test
    void aChapterFileThatHoldsAnotherChapterFallsBackToTheFullParse() throws Exception {
        Path notes = home.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("01-first.md"), "---\nchapter: 2\ntitle: Second\n---\n\nQ: Where am I?\nA: in file one\n");
        Files.writeString(notes.resolve("02-second.md"), "---\nchapter: 1\ntitle: First\n---\n\nQ: And here?\nA: in file two\n");
        CliHarness.Result r = new CliHarness(home).run("show", "chapter-1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("in file two") && !r.out().contains("in file one"), r.out());
    }
}
