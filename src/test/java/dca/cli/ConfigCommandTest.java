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
    Path config;

    @BeforeEach
    void setUp() {
        progress = home.resolve("data/progress.json");
        config = home.resolve(".config/dca/config");
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
        assertFalse(Files.exists(config));
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
        assertTrue(Files.exists(config));
        assertFalse(Files.exists(progress), "settings are not progress");
        assertEquals(config + "\n", dca.run("config", "path").out());
    }

    @Test
    void badValuesAreUsageErrorsAndChangeNothing() throws Exception {
        dca.run("config", "set", "new-per-day", "12");
        byte[] before = Files.readAllBytes(config);
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
        assertArrayEquals(before, Files.readAllBytes(config));
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
            assertEquals(0, r.code(), "settings need no lock on the progress file: " + r.err());
            assertEquals("off\n", dca.run("config", "get", "fuzz").out());
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

    /** Another progress file is other progress, not other settings. */
    @Test
    void anotherProgressFileKeepsTheSettings() {
        Path other = home.resolve("other.json");
        assertEquals(0, dca.run("config", "set", "new-per-day", "7").code());
        assertEquals("7\n", dca.run("config", "get", "new-per-day", "--progress", other.toString()).out());
        CliHarness.Result quiz = dca.runWithInput("q\n", "--progress", other.toString(), "quiz", "chapter-5", "--plain");
        assertEquals(0, quiz.code(), quiz.err());
        assertTrue(quiz.out().contains(" new=7\n"), "today's new cards follow the settings: " + quiz.out());
        assertEquals("7\n", dca.run("config", "get", "new-per-day").out());
        assertEquals(0, dca.env("XDG_CONFIG_HOME", home.resolve("xdg").toString()).run("config", "set", "fuzz", "off").code());
        assertTrue(Files.exists(home.resolve("xdg/dca/config")), "XDG_CONFIG_HOME is honoured");
    }

    @Test
    void aHandEditedValueOutOfRangeExitsThreeWithTheFix() throws Exception {
        Files.createDirectories(config.getParent());
        Files.writeString(config, "# mine\ndesiredRetention: 5\n");
        for (String[] args : new String[][] {{"config", "list"}, {"quiz", "chapter-5", "--plain"}, {"stats"}, {"weak", "--list"},
                {"config", "set", "fuzz", "off"}}) {
            CliHarness.Result r = dca.runWithInput("q\n", args);
            assertEquals(3, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals("dca: settings file " + config + ":2: desired-retention = 5 is not allowed (0.70-0.99)\n"
                    + "  expected a number from 0.70 to 0.99, e.g. 0.9 (or 90%); fix it with: dca config set desired-retention 0.9"
                    + " (or edit " + config + ")\n", r.err(), String.join(" ", args));
        }
        assertFalse(Files.exists(progress), "nothing was written");
        assertEquals(0, dca.run("config", "set", "desired-retention", "0.9").code(), "the fix it gives works");
        assertEquals("# mine\ndesired-retention = 0.9\n", Files.readString(config));
        assertEquals(0, dca.run("config", "list").code());
    }

    /** Every way the settings file can be wrong: exit 3, one line saying where and what, one saying how to fix it. */
    @Test
    void aBrokenSettingsFileExitsThreeAndNamesTheLine() throws Exception {
        Files.createDirectories(config.getParent());
        Files.writeString(config, "fuzz = off\nnew-per-day\n");
        CliHarness.Result r = dca.run("config", "list");
        assertEquals(3, r.code());
        assertEquals("dca: settings file " + config + ":2: not a setting: 'new-per-day'\n"
                + "  write KEY = VALUE (e.g. new-per-day = 20), or fix it with dca config set KEY VALUE; keys: "
                + "desired-retention, new-per-day, fuzz, exam-date, exam-mode, weights\n", r.err());
        Files.write(config, new byte[] {'f', 'u', 'z', 'z', '=', (byte) 0xe9, '\n'});
        r = dca.runWithInput("q\n", "quiz", "chapter-5", "--plain");
        assertEquals(3, r.code());
        assertEquals("dca: settings file " + config + ":1 is not UTF-8 text\n"
                + "  save it as UTF-8, or set each value again with dca config set KEY VALUE\n", r.err());
        Files.writeString(config, "weights = 1 2 3\n");
        r = dca.run("stats");
        assertEquals(3, r.code());
        assertTrue(r.err().endsWith("fix it with: dca config reset weights (or edit " + config + ")\n"), r.err());
        assertEquals(0, dca.run("config", "reset", "weights").code(), "the fix it gives works");
        assertEquals("weights = none\n", Files.readString(config));
    }

    @Test
    void anUnwritableSettingsDirectoryExitsThree() throws Exception {
        Path notADirectory = home.resolve("file");
        Files.writeString(notADirectory, "x");
        CliHarness.Result r = dca.env("XDG_CONFIG_HOME", notADirectory.toString()).run("config", "set", "fuzz", "off");
        assertEquals(3, r.code(), r.err());
        assertEquals("dca: cannot read settings file " + notADirectory.resolve("dca/config") + ": Not a directory\n"
                + "  check that " + notADirectory.resolve("dca") + " is a directory you may read (or set XDG_CONFIG_HOME),"
                + " or move the file away to use the default settings\n", r.err());
        assertEquals("x", Files.readString(notADirectory));
        // A directory where the file should be: it cannot be written over.
        Path xdg = home.resolve("xdg");
        Files.createDirectories(xdg.resolve("dca/config"));
        r = dca.env("XDG_CONFIG_HOME", xdg.toString()).run("config", "set", "fuzz", "off");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().startsWith("dca: cannot read settings file " + xdg.resolve("dca/config") + ": "), r.err());
    }

    @Test
    void theFittedWeightsAreNotSetByHand() {
        CliHarness.Result r = dca.run("config", "set", "weights", "0.1");
        assertEquals(2, r.code());
        assertEquals("dca: weights are not set by hand\n  run dca optimize to fit them, or dca config reset weights for the defaults\n",
                r.err());
        assertFalse(Files.exists(config));
    }

    @Test
    void anOldProgressFileWithASettingOutOfRangeExitsThree() throws Exception {
        Files.createDirectories(progress.getParent());
        String old = "{\"format\":\"dca-progress\",\"version\":1,\n\"settings\":{\"desiredRetention\":5},\n"
                + "\"cards\":{},\"reviews\":[],\"exams\":[]}\n";
        Files.writeString(progress, old);
        for (String[] args : new String[][] {{"config", "list"}, {"quiz", "chapter-5", "--plain"}}) {
            CliHarness.Result r = dca.runWithInput("q\n", args);
            assertEquals(3, r.code(), r.err());
            assertTrue(r.err().startsWith("dca: cannot read progress file " + progress + ":2:"), r.err());
            assertTrue(r.err().contains("settings: desired-retention 5 must be from 0.70 to 0.99\n"), r.err());
        }
        assertEquals(old, Files.readString(progress), "left untouched");
    }

    @Test
    void anUnknownKeyIsOneWarning() throws Exception {
        Files.createDirectories(config.getParent());
        Files.writeString(config, "new-per-day = 3\ncolor = no\n");
        CliHarness.Result r = dca.run("config", "get", "new-per-day");
        assertEquals(0, r.code(), r.err());
        assertEquals("3\n", r.out());
        assertEquals("dca: " + config + ":2: unknown setting 'color' ignored; settings are: desired-retention, new-per-day, fuzz, exam-date, exam-mode, weights\n",
                r.err());
    }

    /** Settings kept in a progress file by an earlier dca move to the settings file once, after a copy. */
    @Test
    void settingsInAnOldProgressFileMoveOnce() throws Exception {
        Files.createDirectories(progress.getParent());
        String old = "{\"format\":\"dca-progress\",\"version\":1,\"journalSeq\":0,\n"
                + "\"settings\":{\"desiredRetention\":0.85,\"newPerDay\":4,\"fuzz\":false,\"examDate\":null},\n"
                + "\"cards\":{},\"reviews\":[],\"exams\":[]}\n";
        Files.writeString(progress, old);
        assertEquals("4\n", dca.run("config", "get", "new-per-day").out(), "read before they move");
        assertFalse(Files.exists(config), "reading moves nothing");

        CliHarness.Result quiz = dca.runWithInput("q\n", "quiz", "chapter-5", "--plain");
        assertEquals(0, quiz.code(), quiz.err());
        Path backup = progress.resolveSibling("progress.json.settings.bak");
        assertEquals("dca: settings moved from " + progress + " to " + config + " (a copy of the old file: " + backup + ")\n", quiz.err());
        assertTrue(quiz.out().contains(" new=4\n"), quiz.out());
        assertEquals(old, Files.readString(backup));
        assertFalse(Files.readString(progress).contains("settings"), Files.readString(progress));
        assertTrue(Files.readString(config).contains("\nnew-per-day = 4\n"), Files.readString(config));
        assertEquals("""
                desired-retention  0.85
                new-per-day        4
                fuzz               off
                exam-date          none
                exam-mode          on
                weights            defaults (FSRS-6)
                """, dca.run("config", "list").out());
        CliHarness.Result again = dca.runWithInput("q\n", "quiz", "chapter-5", "--plain");
        assertEquals("", again.err(), "once");
    }

    @Test
    void settingOneKeyOfAnOldProgressFileKeepsTheOthers() throws Exception {
        Files.createDirectories(progress.getParent());
        Files.writeString(progress, "{\"format\":\"dca-progress\",\"version\":1,\n"
                + "\"settings\":{\"desiredRetention\":0.8,\"newPerDay\":4,\"fuzz\":true,\"examDate\":null},\n"
                + "\"cards\":{},\"reviews\":[],\"exams\":[]}\n");
        CliHarness.Result r = dca.run("config", "set", "fuzz", "off");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("dca: settings moved from " + progress), r.err());
        assertEquals("""
                desired-retention  0.8
                new-per-day        4
                fuzz               off
                exam-date          none
                exam-mode          on
                weights            defaults (FSRS-6)
                """, dca.run("config", "list").out());
    }
}
