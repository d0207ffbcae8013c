package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.ExitCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dca check --explain FILE}: the lines that became cards, with their rule, and the lines that made none. */
class CheckExplainTest {
    @TempDir
    Path home;

    private Path notes(String text) throws IOException {
        Files.createDirectories(home.resolve("notes"));
        Path f = home.resolve("notes/07-containers.md");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aBoldQuestionLineIsAChoiceCardAndTheRulesBetweenQuestionsAreNoMissedLines() throws IOException {
        notes(String.join("\n",
                "# Practice",
                "",
                "---",
                "",
                "**1) Which signal does docker stop send first?**",
                "",
                "A. SIGKILL",
                "B. SIGTERM",
                "",
                "**Answer:** B",
                "",
                "---",
                ""));
        CliHarness.Result r = new CliHarness(home).run("check", "--explain", "notes/07-containers.md");
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.contains("    5  **1) Which signal does docker stop send first?**\n"
                + "       + question-bank: choice \"Which signal does docker stop send first?\" -> SIGTERM"), out);
        assertTrue(out.contains("    3  ---\n    5"), out);
        assertTrue(out.contains("1 cards from 1 lines; 0 content lines made no card"), out);
    }

    @Test
    void showsEachCardWithItsRuleAndEachLineThatMadeNone() throws IOException {
        notes(String.join("\n",
                "# Containers",
                "",
                "- **Init**: reaps zombie processes",
                "- TODO write up restart policies",
                "- hello there",
                "",
                "Q: Which signal does docker stop send first?",
                "A: SIGTERM",
                ""));
        CliHarness.Result r = new CliHarness(home).run("check", "--explain", "notes/07-containers.md");
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.contains("    3  - **Init**: reaps zombie processes\n       + term-bullet: basic \"Init\" -> reaps zombie processes"), out);
        assertTrue(out.contains("    4  - TODO write up restart policies\n       - skipped by skip"), out);
        assertTrue(out.contains("    5  - hello there\n       ! no card"), out);
        assertTrue(out.contains("    7  Q: Which signal does docker stop send first?\n       + qa: basic"), out);
        assertTrue(out.contains("    8  A: SIGTERM\n       = part of the card on line 7 (qa)"), out);
        assertTrue(out.contains("notes/07-containers.md: 2 cards from 2 lines; 1 content lines made no card"), out);
    }

    @Test
    void explainWithoutAFileIsAUsageError() {
        CliHarness.Result r = new CliHarness(home).run("check", "--explain");
        assertEquals(ExitCode.USAGE, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--explain needs a notes file"), r.err());
    }
}
