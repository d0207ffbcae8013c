package dca.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void everySettingIsWrittenWithItsCommentAndReadBack() throws Exception {
        Path file = dir.resolve("dca/config");
        double[] w = dca.srs.FsrsParameters.DEFAULT_WEIGHTS.clone();
        w[0] = 0.123456789012345;
        w[20] = 0.3;
        Settings s = new Settings(0.85, 35, false, LocalDate.of(2027, 1, 15), false,
                new FittedWeights(w, java.time.Instant.parse("2026-12-01T09:00:05Z"), 1234));
        SettingsFile.write(file, s);
        String text = Files.readString(file);
        for (SettingKey k : SettingKey.values()) {
            assertTrue(text.contains("\n" + k.label() + " = " + k.write(s) + "\n"), text);
            assertTrue(text.contains("# " + k.purpose() + " Values: " + k.allowed()), text);
        }
        assertEquals(s, SettingsFile.read(file).orElseThrow().settings(), "every weight exactly");
        assertTrue(text.contains("\nweights = 0.123456789012345 "), text);
        assertTrue(text.endsWith(" 0.3 fitted 2026-12-01T09:00:05Z on 1234 reviews\n"), text);
        assertTrue(SettingsFile.read(dir.resolve("none")).isEmpty());
        for (SettingKey k : SettingKey.values()) {
            assertEquals(k.write(Settings.defaults()), k.write(k.reset(s)), k + " resets to its default");
        }
    }

    @Test
    void handEditsAreRead() throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, """
                # mine
                desired_retention: 92%
                newPerDay = 5   # weekdays only

                fuzz=off
                """);
        SettingsFile.Loaded loaded = SettingsFile.read(file).orElseThrow();
        assertEquals(new Settings(0.92, 5, false, null), loaded.settings());
        assertTrue(loaded.warnings().isEmpty());
    }

    @Test
    void setChangesOneLineAndKeepsTheRest() throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, "# mine\nnew-per-day = 5   # weekdays only\nfuzz = off\nnew-per-day = 6\n");
        Settings updated = new Settings(0.9, 12, false, null);
        SettingsFile.set(file, SettingKey.NEW_PER_DAY, updated);
        assertEquals("# mine\nnew-per-day = 12  # weekdays only\nfuzz = off\n", Files.readString(file));
        SettingsFile.set(file, SettingKey.EXAM_DATE, updated.withExamDate(LocalDate.of(2027, 2, 1)));
        String text = Files.readString(file);
        assertTrue(text.startsWith("# mine\nnew-per-day = 12  # weekdays only\nfuzz = off\n\n# The day of your exam"), text);
        assertTrue(text.endsWith("\nexam-date = 2027-02-01\n"), text);
        assertEquals(LocalDate.of(2027, 2, 1), SettingsFile.read(file).orElseThrow().settings().examDate());
    }

    @Test
    void anOutOfRangeValueNamesTheFileLineKeyRangeAndFix() throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, "fuzz = on\ndesired-retention = 5\n");
        ProgressException e = assertThrows(ProgressException.class, () -> SettingsFile.read(file));
        assertEquals("settings file " + file + ":2: desired-retention = 5 is not allowed (0.70-0.99)", e.getMessage());
        assertEquals("expected a number from 0.70 to 0.99, e.g. 0.9 (or 90%); fix it with: dca config set desired-retention 0.9 (or edit "
                + file + ")", e.hint());
        Files.writeString(file, "weights = 1 2 3\n");
        ProgressException w = assertThrows(ProgressException.class, () -> SettingsFile.read(file));
        assertTrue(w.hint().endsWith("fix it with: dca config reset weights (or edit " + file + ")"), w.hint());
        for (String bad : List.of("new-per-day = -3", "new-per-day = lots", "fuzz = sometimes", "exam-date = 15/01/2027", "exam-mode = maybe")) {
            Files.writeString(file, bad + "\n");
            ProgressException b = assertThrows(ProgressException.class, () -> SettingsFile.read(file), bad);
            assertTrue(b.getMessage().startsWith("settings file " + file + ":1: " + bad.substring(0, bad.indexOf(' '))), b.getMessage());
            assertTrue(b.hint().contains("dca config set " + bad.substring(0, bad.indexOf(' ')) + " "), b.hint());
        }
    }

    @Test
    void aLineThatIsNotASettingIsAnErrorAndAnUnknownKeyAWarning() throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, "fuzz = off\ncolour = blue\n");
        SettingsFile.Loaded loaded = SettingsFile.read(file).orElseThrow();
        assertEquals(false, loaded.settings().fuzz());
        assertEquals(List.of(file + ":2: unknown setting 'colour' ignored; settings are: " + String.join(", ", SettingKey.labels())),
                loaded.warnings());
        Files.writeString(file, "fuzz\n");
        ProgressException e = assertThrows(ProgressException.class, () -> SettingsFile.read(file));
        assertEquals("settings file " + file + ":1: not a setting: 'fuzz'", e.getMessage());
        Files.write(file, new byte[] {'f', 'u', 'z', 'z', '=', (byte) 0xff, '\n'});
        e = assertThrows(ProgressException.class, () -> SettingsFile.read(file));
        assertEquals("settings file " + file + ":1 is not UTF-8 text", e.getMessage());
    }

    @Test
    void aMigrationWritesTheOldSettingsOnlyWhenThereIsNoFile() throws Exception {
        Path file = dir.resolve("dca/config");
        List<String> notes = new ArrayList<>();
        Settings old = new Settings(0.8, 7, true, null);
        SettingsFile.migrationTo(file, notes).migrate(old, Path.of("/p.json"), Path.of("/p.json.settings.bak"));
        assertEquals(old, SettingsFile.read(file).orElseThrow().settings());
        assertEquals(List.of("settings moved from /p.json to " + file + " (a copy of the old file: /p.json.settings.bak)"), notes);
        SettingsFile.migrationTo(file, notes).migrate(Settings.defaults(), Path.of("/q.json"), Path.of("/q.json.settings.bak"));
        assertEquals(old, SettingsFile.read(file).orElseThrow().settings(), "an existing settings file wins");
        assertEquals("settings are read from " + file + "; the old ones in /q.json are kept in /q.json.settings.bak", notes.get(1));
    }
}
