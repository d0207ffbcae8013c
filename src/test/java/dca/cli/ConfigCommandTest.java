package dca.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.progress.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {
    @TempDir
    Path home;

    CliHarness dca;
    Path progress;

    @BeforeEach
    void setUp() {
        progress = home.resolve("data/progress.json");
        dca = new CliHarness(home).env("DCA_PROGRESS", progress.toString()).env("DCA_NOW", "2026-11-23T09:00:00Z");
    }

    @Test
    void listShowsDefaultsWithoutCreatingTheFile() {
        CliHarness.Result r = dca.run("config", "list");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                desired-retention  0.9
                new-per-day        20
                fuzz               on
                exam-date          none
                exam-mode          on
                weights            defaults (FSRS-6)
                """, r.out());
        assertFalse(Files.exists(progress));
        assertEquals(r.out(), dca.run("config").out());
    }

    @Test
    void setThenGetEveryKey() {
        assertEquals(0, dca.run("config", "set", "desired-retention", "0.85").code());
        assertEquals(0, dca.run("config", "set", "new-per-day", "35").code());
        assertEquals(0, dca.run("config", "set", "fuzz", "off").code());
        CliHarness.Result set = dca.run("config", "set", "exam-date", "2027-01-15");
        assertEquals("exam-date = 2027-01-15\n", set.out());
        assertEquals("0.85\n", dca.run("config", "get", "desired-retention").out());
        assertEquals("35\n", dca.run("config", "get", "new-per-day").out());
        assertEquals("off\n", dca.run("config", "get", "fuzz").out());
        assertEquals("2027-01-15\n", dca.run("config", "get", "exam-date").out());
        assertEquals("0.9\n", dca.run("config", "set", "desired-retention", "90%").out().replace("desired-retention = ", ""));
        assertEquals(0, dca.run("config", "set", "exam-date", "none").code());
        assertEquals("none\n", dca.run("config", "get", "exam-date").out());
        assertTrue(Files.exists(progress));
    }

    @Test
    void badValuesAreUsageErrorsAndChangeNothing() throws Exception {
        dca.run("config", "set", "new-per-day", "12");
        byte[] before = Files.readAllBytes(progress);
        String[][] bad = {
            {"desired-retention", "0.5"}, {"desired-retention", "1"}, {"desired-retention", "high"},
            {"new-per-day", "-1"}, {"new-per-day", "10000"}, {"new-per-day", "2.5"},
            {"fuzz", "maybe"}, {"exam-date", "15/01/2027"}, {"exam-date", "2026-11-22"},
        };
        for (String[] b : bad) {
            CliHarness.Result r = dca.run("config", "set", b[0], b[1]);
            assertEquals(2, r.code(), String.join(" ", b) + ": " + r.err());
            String[] lines = r.err().split("\n");
            assertEquals(2, lines.length, r.err());
            assertTrue(lines[0].startsWith("dca: ") && lines[0].contains(b[0]), r.err());
            assertTrue(lines[1].startsWith("  "), r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(progress));
        CliHarness.Result unknown = dca.run("config", "get", "colour");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown setting 'colour'") && unknown.err().contains("desired-retention"), unknown.err());
        assertEquals(2, dca.run("config", "set", "fuzz").code(), "missing value");
    }

    @Test
    void progressFileProblemsExitThree() throws Exception {
        Files.createDirectories(progress.getParent());
        Files.writeString(progress, "{\"format\":\"dca-progress\",\"version\":1,\"settings\":{");
        byte[] corrupt = Files.readAllBytes(progress);
        for (String[] args : new String[][] {{"config", "list"}, {"config", "set", "fuzz", "off"}}) {
            CliHarness.Result r = dca.run(args);
            assertEquals(3, r.code(), r.err());
            assertTrue(r.err().startsWith("dca: cannot read progress file " + progress + ":1:"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
        assertArrayEquals(corrupt, Files.readAllBytes(progress));

        Files.delete(progress);
        try (ProgressStore held = ProgressStore.open(progress, Clock.systemUTC())) {
            CliHarness.Result r = dca.run("config", "set", "fuzz", "off");
            assertEquals(3, r.code());
            assertTrue(r.err().startsWith("dca: progress file is in use by another dca session"), r.err());
            assertEquals(0, dca.run("config", "get", "fuzz").code(), "reading needs no lock");
        }
    }

    @Test
    void helpIsAvailableAtEveryLevel() {
        for (String[] args : new String[][] {{"config", "--help"}, {"config", "set", "--help"}, {"config", "get", "-h"}}) {
            CliHarness.Result r = dca.run(args);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("Usage: dca config"), r.out());
        }
        assertTrue(dca.run("--help").out().contains("config"), "listed under dca's commands");
    }

    @Test
    void theProgressOptionChoosesTheFile() {
        Path other = home.resolve("other.json");
        assertEquals(0, dca.run("--progress", other.toString(), "config", "set", "new-per-day", "7").code());
        assertEquals("7\n", dca.run("config", "get", "new-per-day", "--progress", other.toString()).out());
        assertEquals("20\n", dca.run("config", "get", "new-per-day").out());
    }
}
