package dca.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.CardId;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    static final CardId A = new CardId("abc123");
    static final CardId B = new CardId("def456");

    @TempDir
    Path dir;

    static CardProgress progress(String prompt, int reps) {
        return new CardProgress("chapter-5", prompt, new MemoryState(CardState.REVIEW, 0, 12.25, 5.5,
                T0.plus(Duration.ofDays(12)), T0, 12, reps, 1));
    }

    static ReviewRecord review(CardId id, Rating r) {
        return new ReviewRecord(id, T0, r, "flash", 1200);
    }

    /** An exam record: a change that rewrites the whole file. */
    static final ExamRecord EXAM = new ExamRecord(T0, T0.plusSeconds(600), "mcq", 5, 4, true, Map.of(), List.of());

    @Test
    void everyFieldSurvivesReopening() throws Exception {
        Path file = dir.resolve("sub/dir/progress.json");
        ExamRecord exam = new ExamRecord(T0, T0.plusSeconds(3600), "mixed", 55, 40, true,
                Map.of("networking", new ExamRecord.DomainScore(8, 6)), List.of("abc123"));
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            assertTrue(s.cards().isEmpty());
            assertTrue(s.legacySettings().isEmpty(), "settings live in the settings file");
            assertFalse(Files.exists(file), "nothing is written before the first change");
            s.answer(A, progress("What is \"X\"?\nTwo lines", 4), review(A, Rating.GOOD));
            s.answer(B, new CardProgress("chapter-6", "New one", MemoryState.fresh(T0)), review(B, Rating.AGAIN));
            s.addExam(exam);
        }
        try (ProgressStore s = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(progress("What is \"X\"?\nTwo lines", 4), s.card(A).orElseThrow());
            assertEquals(MemoryState.fresh(T0), s.card(B).orElseThrow().memory());
            assertEquals(List.of(review(A, Rating.GOOD), review(B, Rating.AGAIN)), s.reviews());
            assertEquals(List.of(exam), s.exams());
            assertTrue(s.legacySettings().isEmpty());
            assertThrows(ProgressException.class, () -> s.answer(A, progress("x", 1), review(A, Rating.GOOD)));
        }
    }

    @Test
    void thePreviousVersionIsKeptAsBak() throws Exception {
        Path file = dir.resolve("progress.json");
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            s.answer(A, progress("q", 1), review(A, Rating.GOOD));
            assertEquals(file.resolveSibling("progress.json.bak"), s.backupPath());
        }
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            s.answer(A, progress("q", 2), review(A, Rating.HARD));
        }
        try (ProgressStore bak = ProgressStore.openReadOnly(dir.resolve("progress.json.bak"), CLOCK)) {
            assertEquals(1, bak.reviews().size());
        }
        assertFalse(Files.exists(dir.resolve("progress.json.tmp")));
        assertFalse(Files.exists(dir.resolve("progress.json.journal")), "closing folds the journal into the file");
    }

    @Test
    void answersAreDurableInTheJournalBeforeTheFileIsRewritten() throws Exception {
        Path file = dir.resolve("progress.json");
        Path journal = dir.resolve("progress.json.journal");
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            s.addExam(EXAM);
            byte[] fileBefore = Files.readAllBytes(file);
            s.answer(A, progress("q", 1), review(A, Rating.GOOD));
            s.answer(B, progress("r", 1), review(B, Rating.AGAIN));
            s.undo(B, null);
            assertArrayEquals(fileBefore, Files.readAllBytes(file), "answers do not rewrite the whole file");
            assertEquals(3, Files.readAllLines(journal).size());
            try (ProgressStore other = ProgressStore.openReadOnly(file, CLOCK)) {
                assertEquals(List.of(review(A, Rating.GOOD)), other.reviews(), "a reader sees file + journal");
                assertTrue(other.card(B).isEmpty());
                assertEquals(List.of(EXAM), other.exams());
            }
        }
        assertFalse(Files.exists(journal));
        String text = Files.readString(file);
        assertTrue(text.contains("\"journalSeq\":3"), text);
    }

    @Test
    void readersNeverSeeATornPairOfFileAndJournal() throws Exception {
        Path file = dir.resolve("progress.json");
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        int[] reads = {0};
        Thread reader = new Thread(() -> {
            int seen = 0;
            try {
                while (!done.get()) {
                    try (ProgressStore s = ProgressStore.openReadOnly(file, CLOCK)) {
                        int n = s.reviews().size();
                        if (n < seen) throw new AssertionError("went back from " + seen + " to " + n);
                        seen = n;
                        reads[0]++;
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        try (ProgressStore w = ProgressStore.open(file, CLOCK)) {
            w.compactAfter(3);
            w.answer(A, progress("q", 0), review(A, Rating.GOOD));
            reader.start();
            for (int i = 1; i < 400 && failure.get() == null; i++) {
                w.answer(A, progress("q", i), review(A, Rating.GOOD));
            }
        } finally {
            done.set(true);
            reader.join();
        }
        if (failure.get() != null) throw new AssertionError("reader failed after " + reads[0] + " reads", failure.get());
        assertTrue(reads[0] > 10, "the reader ran: " + reads[0]);
    }

    @Test
    void aJournalCutShortIsIgnoredAndACorruptOneIsReported() throws Exception {
        Path file = dir.resolve("progress.json");
        Path journal = dir.resolve("progress.json.journal");
        Files.writeString(file, "{\"format\":\"dca-progress\",\"version\":1,\"journalSeq\":7,\"cards\":{},\"reviews\":[]}");
        ProgressEncoder enc = new ProgressEncoder();
        String one = new String(enc.answerLine(8, A, progress("q", 1), review(A, Rating.GOOD)), StandardCharsets.UTF_8);
        String two = new String(enc.answerLine(9, B, progress("r", 1), review(B, Rating.HARD)), StandardCharsets.UTF_8);
        String stale = new String(enc.answerLine(7, B, progress("old", 1), review(B, Rating.EASY)), StandardCharsets.UTF_8);
        // A crash mid-append leaves a last line without its newline: never confirmed, so dropped.
        Files.writeString(journal, stale + one + two.substring(0, two.length() / 2));
        try (ProgressStore s = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(List.of(review(A, Rating.GOOD)), s.reviews());
            assertTrue(s.card(B).isEmpty(), "entries at or below journalSeq are already in the file");
        }
        // Damage before the end is corruption: reported with position, nothing touched.
        String corrupt = one.replace("\"good\"", "\"gooood\"") + two;
        Files.writeString(journal, corrupt);
        byte[] fileBytes = Files.readAllBytes(file);
        ProgressException e = assertThrows(ProgressException.class, () -> ProgressStore.open(file, CLOCK));
        assertTrue(e.getMessage().startsWith("cannot read progress journal " + journal + ":1:"), e.getMessage());
        assertEquals(corrupt, Files.readString(journal));
        assertArrayEquals(fileBytes, Files.readAllBytes(file));
        // A gap means the journal belongs to another version of the file.
        Files.writeString(journal, two);
        e = assertThrows(ProgressException.class, () -> ProgressStore.openReadOnly(file, CLOCK));
        assertTrue(e.getMessage().contains("does not follow"), e.getMessage());
        // Intact: a writer folds it into the file and removes it.
        Files.writeString(journal, one + two);
        ProgressStore.open(file, CLOCK).close();
        assertFalse(Files.exists(journal));
        try (ProgressStore s = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(2, s.reviews().size());
        }
    }

    @Test
    void undoRestoresTheCardAndDropsItsLastReview() throws Exception {
        try (ProgressStore s = ProgressStore.open(dir.resolve("p.json"), CLOCK)) {
            s.answer(A, progress("q", 1), review(A, Rating.GOOD));
            s.answer(B, progress("r", 1), review(B, Rating.GOOD));
            s.answer(A, progress("q", 2), review(A, Rating.EASY));
            s.undo(A, progress("q", 1));
            assertEquals(progress("q", 1), s.card(A).orElseThrow());
            assertEquals(List.of(review(A, Rating.GOOD), review(B, Rating.GOOD)), s.reviews());
            s.undo(B, null);
            assertTrue(s.card(B).isEmpty());
        }
        try (ProgressStore s = ProgressStore.openReadOnly(dir.resolve("p.json"), CLOCK)) {
            assertEquals(List.of(review(A, Rating.GOOD)), s.reviews());
            assertEquals(List.of(A), List.copyOf(s.cards().keySet()));
        }
    }

    @Test
    void secondWriterIsRefusedUntilTheFirstCloses() throws Exception {
        Path file = dir.resolve("progress.json");
        try (ProgressStore first = ProgressStore.open(file, CLOCK)) {
            first.answer(A, progress("q", 1), review(A, Rating.GOOD));
            ProgressException e = assertThrows(ProgressException.class, () -> ProgressStore.open(file, CLOCK));
            assertTrue(e.getMessage().startsWith("progress file is in use by another dca session"), e.getMessage());
            assertFalse(e.hint().isEmpty());
            try (ProgressStore reader = ProgressStore.openReadOnly(file, CLOCK)) {
                assertEquals(1, reader.reviews().size(), "readers do not need the lock");
            }
        }
        ProgressStore.open(file, CLOCK).close();
    }

    @Test
    void corruptTruncatedAndNewerFilesAreReportedWithPositionAndLeftUntouched() throws Exception {
        Path good = dir.resolve("good.json");
        try (ProgressStore s = ProgressStore.open(good, CLOCK)) {
            for (int i = 0; i < 5; i++) s.answer(A, progress("q", i), review(A, Rating.GOOD));
        }
        String valid = Files.readString(good);
        Map<String, String> broken = Map.of(
                "truncated", valid.substring(0, valid.length() * 2 / 3),
                "garbage", valid.replaceFirst("\"reps\":4", "\"reps\":four"),
                "newer", valid.replace("\"version\":1", "\"version\":7"),
                "bad-rating", valid.replaceFirst("\"rating\":\"good\"", "\"rating\":\"great\""),
                "not-json", "this is not json\n",
                "empty", "");
        for (Map.Entry<String, String> b : broken.entrySet()) {
            Path file = dir.resolve(b.getKey() + ".json");
            byte[] bytes = b.getValue().getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            if (b.getKey().equals("garbage")) Files.writeString(dir.resolve("garbage.json.bak"), valid);
            for (boolean writer : new boolean[] {true, false}) {
                ProgressException e = assertThrows(ProgressException.class,
                        () -> (writer ? ProgressStore.open(file, CLOCK) : ProgressStore.openReadOnly(file, CLOCK)).close(),
                        b.getKey());
                assertTrue(e.getMessage().contains(file.toString() + ":"), b.getKey() + ": " + e.getMessage());
                assertTrue(e.getMessage().matches(".*\\.json:\\d+:\\d+: .*"), b.getKey() + ": " + e.getMessage());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
                if (b.getKey().equals("newer")) {
                    assertTrue(e.hint().contains("upgrade dca"), e.hint());
                } else if (b.getKey().equals("garbage")) {
                    assertTrue(e.hint().contains("restore " + file + ".bak"), e.hint());
                } else {
                    assertTrue(e.hint().contains("move it away"), e.hint());
                }
                assertArrayEquals(bytes, Files.readAllBytes(file), b.getKey() + " must not be touched");
            }
            if (!b.getKey().equals("garbage")) assertFalse(Files.exists(dir.resolve(b.getKey() + ".json.bak")));
            assertFalse(Files.exists(dir.resolve(b.getKey() + ".json.journal")));
        }
        ProgressException newer = assertThrows(ProgressException.class, () -> ProgressStore.open(dir.resolve("newer.json"), CLOCK));
        assertTrue(newer.getMessage().contains("newer dca"), newer.getMessage());
        // The lock was released: once the file is fixed it opens.
        Files.writeString(dir.resolve("newer.json"), valid);
        ProgressStore.open(dir.resolve("newer.json"), CLOCK).close();
    }

    @Test
    void aFullDiskLosesNothing() throws Exception {
        Path file = dir.resolve("progress.json");
        FailingStorage storage = new FailingStorage();
        try (ProgressStore s = ProgressStore.open(file, CLOCK, storage)) {
            s.addExam(EXAM);
            s.answer(A, progress("q", 1), review(A, Rating.GOOD));
            byte[] before = Files.readAllBytes(file);
            storage.failure = FailingStorage.Failure.DISK_FULL;
            ProgressException e = assertThrows(ProgressException.class,
                    () -> s.answer(B, progress("r", 1), review(B, Rating.GOOD)));
            assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(s.card(B).isEmpty(), "memory matches the disk");
            assertEquals(1, s.reviews().size());
            try (ProgressStore reader = ProgressStore.openReadOnly(file, CLOCK)) {
                assertEquals(List.of(review(A, Rating.GOOD)), reader.reviews(), "the torn entry is not read");
            }
            // Still full: the next answer tries a full save, which fails cleanly too.
            assertThrows(ProgressException.class, () -> s.answer(B, progress("r", 1), review(B, Rating.GOOD)));
            assertArrayEquals(before, Files.readAllBytes(file));
            assertFalse(Files.exists(dir.resolve("progress.json.tmp")), "the partial temp file is removed");

            storage.failure = FailingStorage.Failure.RENAME;
            assertThrows(ProgressException.class, () -> s.addExam(EXAM));
            assertEquals(1, s.exams().size(), "the exam is not half-added");
            assertArrayEquals(before, Files.readAllBytes(file));

            storage.failure = FailingStorage.Failure.NONE;
            s.answer(B, progress("r", 1), review(B, Rating.GOOD));
            s.answer(B, progress("r", 2), review(B, Rating.EASY));
        }
        try (ProgressStore s = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(List.of(review(A, Rating.GOOD), review(B, Rating.GOOD), review(B, Rating.EASY)), s.reviews());
        }
    }

    @Test
    void aReadOnlyDirectoryIsAClearErrorAndLosesNothing() throws Exception {
        Path file = dir.resolve("progress.json");
        FailingStorage storage = new FailingStorage();
        try (ProgressStore s = ProgressStore.open(file, CLOCK, storage)) {
            s.answer(A, progress("q", 1), review(A, Rating.GOOD));
            storage.failure = FailingStorage.Failure.READ_ONLY;
            ProgressException e = assertThrows(ProgressException.class, () -> s.addExam(EXAM));
            assertTrue(e.getMessage().endsWith("permission denied"), e.getMessage());
            assertTrue(e.hint().contains("writable"), e.hint());
            assertTrue(s.exams().isEmpty(), "the exam is not half-added");
            e = assertThrows(ProgressException.class, () -> s.answer(B, progress("r", 1), review(B, Rating.GOOD)));
            assertTrue(e.getMessage().endsWith("permission denied"), e.getMessage());
            assertTrue(s.card(B).isEmpty());
            storage.failure = FailingStorage.Failure.NONE;
        }
        FailingStorage locked = new FailingStorage();
        locked.failure = FailingStorage.Failure.READ_ONLY;
        ProgressException e = assertThrows(ProgressException.class, () -> ProgressStore.open(file, CLOCK, locked));
        assertTrue(e.getMessage().startsWith("cannot lock progress file"), e.getMessage());
        try (ProgressStore s = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(1, s.reviews().size());
        }
    }

    @Test
    void aPathThatCannotBeADirectoryIsAClearError() throws Exception {
        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "x");
        ProgressException e = assertThrows(ProgressException.class,
                () -> ProgressStore.open(notADir.resolve("progress.json"), CLOCK));
        assertTrue(e.getMessage().contains(notADir.toString()), e.getMessage());
        assertEquals("x", Files.readString(notADir));
    }

    /** A file written before the settings file: its settings stay until a migration takes them, then leave after a copy. */
    @Test
    void settingsOfAnOldFileMoveOutOnceAfterACopy() throws Exception {
        Path file = dir.resolve("progress.json");
        String old = "{\"format\":\"dca-progress\",\"version\":1,\"savedAt\":\"2026-11-01T00:00:00Z\",\"journalSeq\":0,\n"
                + "\"settings\":{\"desiredRetention\":0.85,\"newPerDay\":35,\"fuzz\":false,\"examDate\":\"2027-01-15\"},\n"
                + "\"cards\":{},\"reviews\":[],\"exams\":[]}\n";
        Files.writeString(file, old);
        Settings expected = new Settings(0.85, 35, false, LocalDate.of(2027, 1, 15));
        try (ProgressStore s = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(expected, s.legacySettings().orElseThrow());
        }
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            s.answer(A, progress("q", 1), review(A, Rating.GOOD));
        }
        try (ProgressStore s = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(expected, s.legacySettings().orElseThrow(), "without a migration nothing is dropped");
        }
        List<Settings> moved = new java.util.ArrayList<>();
        List<Path> backups = new java.util.ArrayList<>();
        try (ProgressStore s = ProgressStore.open(file, CLOCK, Storage.disk(), (found, from, backup) -> {
            assertTrue(Files.exists(backup), "the copy is made first");
            moved.add(found);
            backups.add(backup);
        })) {
            assertTrue(s.legacySettings().isEmpty());
        }
        assertEquals(List.of(expected), moved);
        assertEquals(List.of(file.resolveSibling("progress.json.settings.bak")), backups);
        assertTrue(Files.readString(backups.get(0)).contains("\"newPerDay\":35"), "the copy holds the settings");
        assertFalse(Files.readString(file).contains("\"settings\""), Files.readString(file));
        try (ProgressStore s = ProgressStore.open(file, CLOCK, Storage.disk(), (found, from, backup) -> moved.add(found))) {
            assertEquals(1, s.reviews().size());
        }
        assertEquals(1, moved.size(), "once");

        // A migration that fails (the settings file cannot be written) leaves the progress file as it was.
        Files.writeString(file, old);
        ProgressException e = assertThrows(ProgressException.class, () -> ProgressStore.open(file, CLOCK, Storage.disk(),
                (found, from, backup) -> { throw new ProgressException("cannot write settings file", "fix it"); }));
        assertEquals("cannot write settings file", e.getMessage());
        assertEquals(old, Files.readString(file));
        ProgressStore.open(file, CLOCK).close(); // and its lock was released
    }

    @Test
    void anOutOfRangeSettingInAnOldFileIsAClearError() throws Exception {
        Path file = dir.resolve("progress.json");
        String old = "{\"format\":\"dca-progress\",\"version\":1,\n\"settings\":{\"desiredRetention\":5,\"newPerDay\":20},\n"
                + "\"cards\":{},\"reviews\":[],\"exams\":[]}\n";
        Files.writeString(file, old);
        ProgressException e = assertThrows(ProgressException.class, () -> ProgressStore.openReadOnly(file, CLOCK));
        assertTrue(e.getMessage().startsWith("cannot read progress file " + file + ":2:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("settings: desired-retention 5 must be from 0.70 to 0.99"), e.getMessage());
        assertEquals(old, Files.readString(file));
    }

    @Test
    void versionZeroIsMigratedAfterABackup() throws Exception {
        Path file = dir.resolve("progress.json");
        byte[] v0;
        try (InputStream in = getClass().getResourceAsStream("/dca/progress/progress-v0.json")) {
            v0 = in.readAllBytes();
        }
        Files.write(file, v0);
        try (ProgressStore s = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(4, s.reviews().size(), "readers see a version 0 file migrated in memory");
        }
        assertArrayEquals(v0, Files.readAllBytes(file), "a reader never writes");

        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            assertTrue(s.legacySettings().isEmpty(), "version 0 had no settings");
            assertEquals(List.of(Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.AGAIN),
                    s.reviews().stream().map(ReviewRecord::rating).toList());
            assertEquals("typed", s.reviews().get(2).mode());
            CardProgress p = s.card(new CardId("pinned-swarm")).orElseThrow();
            assertEquals(CardState.LEARNING, p.memory().state());
            assertEquals(1, p.memory().step());
            assertEquals(12.5, s.card(new CardId("a1b2c3d4e5f6")).orElseThrow().memory().stability());
        }
        assertArrayEquals(v0, Files.readAllBytes(dir.resolve("progress.json.v0.bak")), "the original is backed up");
        String migrated = Files.readString(file);
        assertTrue(migrated.startsWith("{\"format\":\"dca-progress\",\"version\":1"), migrated);
        assertTrue(migrated.contains("\"rating\":\"hard\""));
        try (ProgressStore s = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(4, s.reviews().size());
        }
    }

    @Test
    void theFileIsOneEntryPerLine() throws Exception {
        Path file = dir.resolve("progress.json");
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            s.answer(A, progress("q", 1), review(A, Rating.GOOD));
            s.answer(B, progress("r", 1), review(B, Rating.GOOD));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.stream().filter(l -> l.startsWith("{\"card\":")).count(), String.join("\n", lines));
        assertEquals(2, lines.stream().filter(l -> l.startsWith("\"abc123\":") || l.startsWith("\"def456\":")).count());
        assertTrue(lines.get(lines.size() - 1).endsWith("}"), String.join("\n", lines));
    }
}
