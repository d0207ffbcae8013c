package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.ExitCode;
import dca.deck.Deck;
import dca.deck.DeckJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckBuildCommandTest {
    @TempDir
    Path home;

    private Path notes(String name, String text) throws IOException {
        Path dir = home.resolve("notes");
        Files.createDirectories(dir);
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void checkReportsEachProblemWithFileAndLineAndExitsOne() throws IOException {
        notes("07-containers.md", String.join("\n",
                "# Containers",
                "",
                "Q: What does --rm do?",
                "",
                "Restart policy ::",
                "",
                "Stop with {{docker stop",
                "",
                "Which signal does docker stop send first?",
                "",
                "- [ ] SIGKILL",
                "- [ ] SIGHUP",
                "",
                "Q: What is PID 1? #o9.9",
                "A: the container's main process",
                "",
                "Q: What is PID 1?",
                "A: the first process",
                ""));
        CliHarness.Result r = new CliHarness(home).run("check");
        assertEquals(ExitCode.CHECK_FAILED, r.code(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.contains("notes/07-containers.md:3: Q: without A:"), out);
        assertTrue(out.contains("notes/07-containers.md:5: empty answer"), out);
        assertTrue(out.contains("notes/07-containers.md:7: unclosed {{"), out);
        assertTrue(out.contains("notes/07-containers.md:9: choice question without a right option"), out);
        assertTrue(out.contains("notes/07-containers.md:14: unknown objective #o9.9"), out);
        assertTrue(out.contains("notes/07-containers.md:17: duplicate prompt in chapter-7"), out);
        assertTrue(out.contains("1 files, 2 cards, 6 problems"), out);
    }

    @Test
    void cleanNotesPassWithCardsPerFile() throws IOException {
        notes("05-engine.md", "# The Docker Engine\n\n- **runc**: the low-level runtime #o3.2\n");
        CliHarness.Result r = new CliHarness(home).run("check");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().startsWith("notes/05-engine.md: 1 cards (chapter-5 1)"), r.out());
    }

    @Test
    void coverageCountsCardsAndQuestionsPerObjectiveAndFailsBelowTarget() throws IOException {
        notes("10-swarm.md", String.join("\n",
                "# Chapter 10: Swarm",
                "",
                "## Quorum #o1.3",
                "",
                "- **Raft**: the consensus protocol of managers",
                "- **Quorum**: a majority of managers",
                "- **Split brain**: two halves that cannot agree",
                "",
                "Q: Five managers; how many may fail?",
                "",
                "- [ ] 1",
                "- [x] 2",
                ""));
        CliHarness.Result r = new CliHarness(home).run("check", "--coverage");
        assertEquals(ExitCode.CHECK_FAILED, r.code(), r.out());
        assertTrue(r.out().matches("(?s).*\\no1\\.3 +orchestration +4 +1 +ok .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\no1\\.19 +orchestration +0 +0 +LOW .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\norchestration +1 +100% +25%.*"), r.out());
        assertTrue(r.out().contains("83 objectives: 1 covered, 82 below target"), r.out());
    }

    @Test
    void buildWritesOneDeckFilePerChapterThatReadsBack() throws Exception {
        notes("05-engine.md", "# The Docker Engine\n\n- **runc**: the low-level runtime\n");
        notes("06-images.md", "# Images\n\n- **Layer**: a read-only filesystem diff\n");
        CliHarness.Result r = new CliHarness(home).run("build");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote decks/chapter-5.json (1 cards)"), r.out());
        List<Deck> back = DeckJson.read(new StringReader(Files.readString(home.resolve("decks/chapter-6.json"))));
        assertEquals("Images", back.get(0).title());
        assertEquals("Layer", back.get(0).cards().get(0).prompt());
    }

    @Test
    void helpWorksForEachCommand() {
        for (String cmd : List.of("decks", "show", "check", "build")) {
            CliHarness.Result r = new CliHarness(home).run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: dca " + cmd), r.out());
        }
    }

    @Test
    void missingNotesPathIsAUsageError() {
        CliHarness.Result r = new CliHarness(home).run("check", "nowhere");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("dca: no notes at"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void sameChapterInTwoFilesKeepsBothDecksWithAWarning() throws IOException {
        notes("05-engine.md", "# The Docker Engine\n\n- **runc**: the runtime\n");
        notes("05-engine-more.md", "# More engine notes\n\n- **shim**: keeps stdio open\n");
        CliHarness.Result r = new CliHarness(home).run("check");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("notes/05-engine-more.md:1: warning: chapter-5 is also claimed by notes/05-engine.md; "
                + "this file's chapter is deck chapter-5-2"), r.out());
        assertTrue(r.out().contains("2 files, 2 cards, 0 problems, 1 warning"), r.out());
        CliHarness.Result decks = new CliHarness(home).run("decks");
        assertTrue(decks.out().matches("(?s).*\\nchapter-5 .*notes/05-engine\\.md.*"), decks.out());
        assertTrue(decks.out().matches("(?s).*\\nchapter-5-2 .*More engine notes.*notes/05-engine-more\\.md.*"), decks.out());
    }
}
