package dca.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.CardId;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void answersSurviveReopening() throws Exception {
        Path file = dir.resolve("sub/dir/progress.json");
        CardId id = new CardId("abc123");
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            assertTrue(s.cards().isEmpty());
            s.answer(id, new CardProgress("chapter-5", "What is X?", MemoryState.fresh(T0)),
                    new ReviewRecord(id, T0, Rating.GOOD, "flash", 1200));
        }
        assertTrue(Files.exists(file));
        try (ProgressStore s = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals("What is X?", s.card(id).orElseThrow().prompt());
            assertEquals(1, s.reviews().size());
            assertEquals(Rating.GOOD, s.reviews().get(0).rating());
        }
    }

    @Test
    void secondWriterIsRefused() throws Exception {
        Path file = dir.resolve("progress.json");
        try (ProgressStore first = ProgressStore.open(file, CLOCK)) {
            ProgressException e = assertThrows(ProgressException.class, () -> ProgressStore.open(file, CLOCK));
            assertTrue(e.getMessage().startsWith(ProgressStore.IN_USE), e.getMessage());
        }
        ProgressStore.open(file, CLOCK).close();
    }
}
