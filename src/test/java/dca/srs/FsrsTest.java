package dca.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FsrsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults().withFuzz(false));

    @Test
    void newCardFollowsTheLearningSteps() {
        Map<Rating, MemoryState> p = fsrs.preview(MemoryState.fresh(T0), T0, "c1");
        assertEquals(T0.plus(Duration.ofMinutes(1)), p.get(Rating.AGAIN).due());
        assertEquals(T0.plus(Duration.ofMinutes(6)), p.get(Rating.HARD).due());
        assertEquals(T0.plus(Duration.ofMinutes(10)), p.get(Rating.GOOD).due());
        assertEquals(1, p.get(Rating.GOOD).step());
        assertEquals(CardState.LEARNING, p.get(Rating.GOOD).state());
        assertEquals(CardState.REVIEW, p.get(Rating.EASY).state());
        assertEquals(8, p.get(Rating.EASY).scheduledDays());
        for (MemoryState s : p.values()) assertEquals(1, s.reps());
    }

    @Test
    void graduatingAndLapsing() {
        MemoryState s = fsrs.next(MemoryState.fresh(T0), Rating.GOOD, T0, "c1");
        s = fsrs.next(s, Rating.GOOD, T0.plus(Duration.ofMinutes(10)), "c1");
        assertEquals(CardState.REVIEW, s.state());
        assertTrue(s.scheduledDays() >= 1);
        MemoryState lapsed = fsrs.next(s, Rating.AGAIN, s.due(), "c1");
        assertEquals(CardState.RELEARNING, lapsed.state());
        assertEquals(1, lapsed.lapses());
        assertEquals(s.due().plus(Duration.ofMinutes(10)), lapsed.due());
    }

    @Test
    void aClockSetBackCountsAsTheSameDay() {
        // ts-fsrs throws for a review before the previous one; dca treats it as elapsed time 0.
        MemoryState s = fsrs.next(MemoryState.fresh(T0), Rating.EASY, T0, "c1");
        MemoryState earlier = fsrs.next(s, Rating.GOOD, T0.minus(Duration.ofDays(3)), "c1");
        MemoryState sameDay = fsrs.next(s, Rating.GOOD, T0, "c1");
        assertEquals(sameDay.stability(), earlier.stability());
        assertEquals(sameDay.scheduledDays(), earlier.scheduledDays());
    }

    @Test
    void settingsSelectRetentionAndFuzz() {
        FsrsParameters p = new dca.progress.Settings(0.8, 10, false, null).fsrsParameters();
        assertEquals(0.8, p.desiredRetention());
        assertEquals(false, p.fuzz());
        MemoryState s = fsrs.next(MemoryState.fresh(T0), Rating.EASY, T0, "c1");
        int at90 = fsrs.next(s, Rating.GOOD, s.due(), "c1").scheduledDays();
        int at80 = new Fsrs(p).next(s, Rating.GOOD, s.due(), "c1").scheduledDays();
        assertTrue(at80 > at90, "lower retention, longer intervals: " + at80 + " vs " + at90);
    }

    @Test
    void retrievabilityIsZeroForNewAndFallsWithTime() {
        assertEquals(0, fsrs.retrievability(MemoryState.fresh(T0), T0));
        MemoryState s = fsrs.next(MemoryState.fresh(T0), Rating.EASY, T0, "c1");
        assertEquals(1.0, fsrs.retrievability(s, T0));
        double later = fsrs.retrievability(s, T0.plus(Duration.ofDays(8)));
        assertTrue(later < 0.95 && later > 0.85, "about 0.9 after one interval: " + later);
    }
}
