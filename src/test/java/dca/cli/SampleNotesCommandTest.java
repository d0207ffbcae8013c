package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** decks and show on notes in the shape study groups keep them (see SampleNotesTest). */
class SampleNotesCommandTest {
    private static final Path SAMPLE = Path.of("src/test/resources/dca/notes/sample/study-group-notes.md").toAbsolutePath().normalize();

    @TempDir
    Path home;

    @Test
    void decksShowsChaptersOneToFive() {
        assertTrue(Files.isRegularFile(SAMPLE), "fixture missing: " + SAMPLE);
        CliHarness.Result r = new CliHarness(home).run("decks", "--notes", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        for (int n = 1; n <= 5; n++) assertTrue(r.out().contains("\nchapter-" + n + " "), r.out());
        assertTrue(r.out().contains("5 decks"), r.out());
    }

    @Test
    void showChapterFiveHasTheEngineCardsWithLinesInsideTheChapter() {
        assertTrue(Files.isRegularFile(SAMPLE), "fixture missing: " + SAMPLE);
        CliHarness.Result r = new CliHarness(home).run("show", "chapter-5", "--notes", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        for (String q : new String[] {"Q: Docker client", "Q: Docker daemon (dockerd)", "Q: containerd\n", "Q: containerd-shim",
                "Q: runc", "Q: LXC", "Q: The engine used to be built from", "Q: The engine is now built from"}) {
            assertTrue(r.out().contains(q), q + " missing:\n" + r.out());
        }
        Matcher m = Pattern.compile("study-group-notes\\.md:(\\d+)").matcher(r.out());
        int cards = 0;
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            assertTrue(line >= 51 && line <= 83, "line " + line + " is outside chapter 5");
            cards++;
        }
        assertEquals(9, cards);
        for (String never : new String[] {"Priya", "exercises", "katacoda", "Play with"}) {
            assertFalse(r.out().contains(never), never);
        }
    }

    @Test
    void showChapterNineIsAUsageErrorListingTheDecks() {
        assertTrue(Files.isRegularFile(SAMPLE), "fixture missing: " + SAMPLE);
        CliHarness.Result r = new CliHarness(home).run("show", "chapter-9", "--notes", SAMPLE.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("chapter-1, chapter-2, chapter-3, chapter-4, chapter-5"), r.err());
    }
}
