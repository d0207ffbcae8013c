package dca.cli;

import dca.cli.run.ExitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance checks on the study group's real notes, when they are next to the repository. */
class SampleNotesCommandTest {
    private static final Path SAMPLE = Path.of("../../shared/samples/study-group-notes.md").toAbsolutePath().normalize();

    @TempDir
    Path home;

    @Test
    void decksShowsChaptersOneToFive() {
        assumeTrue(Files.isRegularFile(SAMPLE), "sample notes not present");
        CliHarness.Result r = new CliHarness(home).run("decks", "--notes", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        for (int n = 1; n <= 5; n++) assertTrue(r.out().contains("\nchapter-" + n + " "), r.out());
        assertTrue(r.out().contains("5 decks"), r.out());
    }

    @Test
    void showChapterFiveHasTheEngineCardsWithLinesInsideTheChapter() {
        assumeTrue(Files.isRegularFile(SAMPLE), "sample notes not present");
        CliHarness.Result r = new CliHarness(home).run("show", "chapter-5", "--notes", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        for (String q : new String[] {"Q: Docker client", "Q: Docker daemon (dockerd)", "Q: containerd\n", "Q: containerd-shim",
                "Q: runc", "Q: LXC", "Q: Docker used to be made up of", "Q: Docker is now made up of"}) {
            assertTrue(r.out().contains(q), q + " missing:\n" + r.out());
        }
        Matcher m = Pattern.compile("study-group-notes\\.md:(\\d+)").matcher(r.out());
        int cards = 0;
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            assertTrue(line >= 61 && line <= 93, "line " + line + " is outside chapter 5");
            cards++;
        }
        assertEquals(9, cards);
        for (String never : new String[] {"Wyn", "exercises", "katacoda", "Play with"}) {
            assertFalse(r.out().contains(never), never);
        }
    }

    @Test
    void showChapterNineIsAUsageErrorListingTheDecks() {
        assumeTrue(Files.isRegularFile(SAMPLE), "sample notes not present");
        CliHarness.Result r = new CliHarness(home).run("show", "chapter-9", "--notes", SAMPLE.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("chapter-1, chapter-2, chapter-3, chapter-4, chapter-5"), r.err());
    }
}
