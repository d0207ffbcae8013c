package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dca.progress.Settings;
import dca.srs.Fsrs;
import dca.srs.FsrsParameters;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FsrsSchedulerTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    /** A card in review, due in a few weeks: retention and fuzz both show in its next interval. */
    static MemoryState reviewed(Fsrs fsrs) {
        MemoryState s = fsrs.next(MemoryState.fresh(NOW), Rating.GOOD, NOW, "k");
        s = fsrs.next(s, Rating.GOOD, NOW.plus(Duration.ofMinutes(10)), "k");
        return fsrs.next(s, Rating.GOOD, s.due(), "k");
    }

    @Test
    void theSettingsChooseRetentionAndFuzz() {
        Settings settings = Settings.defaults().withDesiredRetention(0.8).withFuzz(false);
        FsrsScheduler scheduler = FsrsScheduler.from(settings);
        Fsrs same = new Fsrs(FsrsParameters.defaults().withRetention(0.8).withFuzz(false));
        MemoryState s = reviewed(same);
        Instant at = s.due();
        assertEquals(0.8, scheduler.desiredRetention());
        assertEquals(same.next(s, Rating.GOOD, at, "card"), scheduler.next(s, Rating.GOOD, at, "card"));
        assertEquals(same.preview(s, at, "card"), scheduler.preview(s, at, "card"));
        assertEquals(same.retrievability(s, at), scheduler.recall(s, at));
        Fsrs defaults = new Fsrs(FsrsParameters.defaults().withFuzz(false));
        assertNotEquals(defaults.next(s, Rating.GOOD, at, "card").due(), scheduler.next(s, Rating.GOOD, at, "card").due(),
                "0.8 retention schedules further out than 0.9");
    }

    @Test
    void theModelForStatsNeedsNoFuzzKey() {
        FsrsScheduler scheduler = FsrsScheduler.from(Settings.defaults().withFuzz(false));
        MemoryState s = reviewed(new Fsrs(FsrsParameters.defaults().withFuzz(false)));
        assertEquals(scheduler.next(s, Rating.EASY, s.due(), null), scheduler.next(s, Rating.EASY, s.due()));
    }
}
