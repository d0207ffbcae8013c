package dca.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.CardId;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session starts from the snapshot beside the progress file, and the snapshot is used only for the
 * file it was made from: a hand edit, a restored backup, a damaged snapshot or a session that did
 * not close all make dca read the file whole, and what a session sees is always what the file says.
 */
class SnapshotTest {
    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    static final String[] MODES = {"flash", "cram", "choice", "exam", "typed"};

    @TempDir
    Path dir;
    Path file;
    List<CardId> ids = new ArrayList<>();

    static MemoryState memory(int i) {
        return new MemoryState(CardState.REVIEW, 0, 3.5 + i, 5.25, T0.plus(Duration.ofDays(i % 9)), T0.minus(Duration.ofDays(1)), 4, i, 1);
    }

    /** 40 cards, 600 reviews over 20 days, the last ones today, in several modes (some out of time order). */
    @BeforeEach
    void history() throws Exception {
        file = dir.resolve("progress.json");
        for (int i = 0; i < 40; i++) ids.add(new CardId("card-" + i));
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            for (int r = 0; r < 600; r++) {
                CardId id = ids.get((r * 7) % 40);
                Instant at = T0.minus(Duration.ofMinutes(48L * (600 - r))).plusSeconds(r % 13 == 0 ? 86_400 : 0);
                s.answer(id, new CardProgress("chapter-5", "Prompt " + id, memory(r)), new ReviewRecord(id, at, Rating.values()[r % 4], MODES[r % 5], 900 + r));
            }
        }
    }

    private static void assertSameView(ProgressStore whole, ProgressStore s) throws Exception {
        assertEquals(whole.legacySettings(), s.legacySettings());
        assertEquals(whole.cards(), s.cards());
        assertEquals(whole.exams(), s.exams());
        for (Instant from : List.of(T0.minus(Duration.ofHours(30)), T0.minus(Duration.ofHours(1)), T0)) {
            assertEquals(whole.reviewsSince(from), s.reviewsSince(from), "since " + from);
        }
        assertEquals(whole.firstReviews(whole.cards().keySet()), s.firstReviews(whole.cards().keySet()));
        assertEquals(whole.reviewCounts(whole.cards().keySet()), s.reviewCounts(whole.cards().keySet()));
    }

    @Test
    void aSessionReadsTheSnapshotAndSeesWhatTheFileSays() throws Exception {
        assertTrue(Files.exists(Snapshot.pathFor(file)));
        try (ProgressStore whole = ProgressStore.openReadOnly(file, CLOCK); ProgressStore s = ProgressStore.open(file, CLOCK)) {
            assertFalse(s.wholeLogRead(), "the snapshot was used");
            assertSameView(whole, s);
            assertFalse(s.wholeLogRead(), "and answered what planning asks");
            assertEquals(whole.reviews(), s.reviews());
            assertTrue(s.wholeLogRead(), "the whole log is read when asked for");
        }
    }

    @Test
    void aReaderGetsFromTheSnapshotExactlyWhatTheJsonHolds() throws Exception {
        List<ReviewRecord> reviews;
        Map<CardId, CardProgress> cards;
        try (ProgressStore fromSnapshot = ProgressStore.openReadOnly(file, CLOCK)) {
            reviews = List.copyOf(fromSnapshot.reviews());
            cards = Map.copyOf(fromSnapshot.cards());
            assertEquals(600, reviews.size());
        }
        Files.delete(Snapshot.pathFor(file));
        try (ProgressStore fromJson = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(reviews, fromJson.reviews());
            assertEquals(cards, fromJson.cards());
        }
        assertFalse(Files.exists(Snapshot.pathFor(file)), "a reader never writes one");
    }

    @Test
    void answersFromASnapshotSessionLandInTheFileWithTheWholeLog() throws Exception {
        CardId a = ids.get(3);
        CardId fresh = new CardId("brand-new");
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            assertFalse(s.wholeLogRead());
            s.answer(a, new CardProgress("chapter-5", "Prompt a", memory(1)), new ReviewRecord(a, T0, Rating.GOOD, "flash", 10));
            s.answer(fresh, new CardProgress("chapter-5", "New", memory(2)), new ReviewRecord(fresh, T0, Rating.AGAIN, "cram", 11));
            s.answer(fresh, new CardProgress("chapter-5", "New", memory(3)), new ReviewRecord(fresh, T0.plusSeconds(5), Rating.GOOD, "flash", 12));
            assertEquals(Map.of("cram", new FirstReview(601, T0), "flash", new FirstReview(602, T0.plusSeconds(5))),
                    s.firstReviews(List.of(fresh)).get(fresh));
            assertEquals(3, s.reviewsSince(T0).stream().filter(r -> r.ms() < 20).count());
            assertEquals(Map.of(fresh, 2), s.reviewCounts(List.of(fresh)));
            assertFalse(s.wholeLogRead(), "answers, first reviews and counts all from the snapshot");
        }
        try (ProgressStore whole = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(603, whole.reviews().size());
            assertEquals(memory(3), whole.card(fresh).orElseThrow().memory());
            assertEquals(Map.of("cram", new FirstReview(601, T0), "flash", new FirstReview(602, T0.plusSeconds(5))),
                    whole.firstReviews(List.of(fresh)).get(fresh));
            try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
                assertFalse(s.wholeLogRead(), "the close wrote a new snapshot");
                assertSameView(whole, s);
            }
        }
    }

    @Test
    void undoInASnapshotSessionTakesBackTheRightReview() throws Exception {
        CardId a = ids.get(5);
        CardProgress before;
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            before = s.card(a).orElseThrow();
            s.answer(a, new CardProgress("chapter-5", "x", memory(9)), new ReviewRecord(a, T0, Rating.EASY, "flash", 7));
            s.undo(a, before);
            assertEquals(before, s.card(a).orElseThrow());
        }
        try (ProgressStore whole = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(600, whole.reviews().size());
            assertEquals(before, whole.card(a).orElseThrow());
        }
    }

    @Test
    void aHandEditedFileIsReadWhole() throws Exception {
        String json = Files.readString(file);
        String was = "\"stability\":" + (3.5 + 560) + ","; // card-0's, from its last answer
        assertEquals(1, json.split(java.util.regex.Pattern.quote(was), -1).length - 1);
        Files.writeString(file, json.replace(was, "\"stability\":44.5,"));
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            assertTrue(s.wholeLogRead(), "the snapshot is of another file");
            assertEquals(44.5, s.card(ids.get(0)).orElseThrow().memory().stability(), 1e-9);
        }
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            assertFalse(s.wholeLogRead(), "the full read made a snapshot of the edited file");
            assertEquals(44.5, s.card(ids.get(0)).orElseThrow().memory().stability(), 1e-9);
        }
    }

    @Test
    void aRestoredBackupIsReadWhole() throws Exception {
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            s.addExam(new ExamRecord(T0, T0.plusSeconds(60), "mixed", 55, 40, true, Map.of(), List.of()));
        }
        Files.move(dir.resolve("progress.json.bak"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            assertTrue(s.wholeLogRead());
            assertEquals(List.of(), s.exams(), "the backup's history, not the snapshot's");
        }
    }

    @Test
    void aDamagedSnapshotIsIgnoredAndReplaced() throws Exception {
        Path snap = Snapshot.pathFor(file);
        byte[] good = Files.readAllBytes(snap);
        for (int at : new int[] {0, 20, good.length / 2, good.length - 3}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x21;
            Files.write(snap, bad);
            try (ProgressStore whole = ProgressStore.openReadOnly(file, CLOCK); ProgressStore s = ProgressStore.open(file, CLOCK)) {
                assertTrue(s.wholeLogRead(), "byte " + at);
                assertSameView(whole, s);
            }
        }
        Files.write(snap, new byte[] {1, 2, 3});
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            assertTrue(s.wholeLogRead());
        }
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            assertFalse(s.wholeLogRead(), "a good one was written again");
        }
    }

    @Test
    void aSessionThatDidNotCloseIsFoldedInFromTheWholeFile() throws Exception {
        CardId a = ids.get(1);
        Path left = dir.resolve("left");
        Files.createDirectories(left);
        try (ProgressStore killed = ProgressStore.open(file, CLOCK)) {
            killed.answer(a, new CardProgress("chapter-5", "k", memory(7)), new ReviewRecord(a, T0, Rating.HARD, "flash", 3));
            // What a SIGKILL now leaves on disk: the file, its snapshot and the journal with the answer.
            for (String name : List.of("progress.json", "progress.json.snapshot", "progress.json.journal")) {
                Files.copy(dir.resolve(name), left.resolve(name), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        try (ProgressStore s = ProgressStore.open(left.resolve("progress.json"), CLOCK)) {
            assertTrue(s.wholeLogRead(), "a journal means the file is read and folded");
            assertEquals(601, s.reviews().size());
            assertEquals(memory(7), s.card(a).orElseThrow().memory());
        }
    }
}
