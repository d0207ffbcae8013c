package dca.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Interval fuzz: reproducible per (card, review count), inside ts-fsrs's ranges, off when asked. */
class FsrsFuzzTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private final Fsrs fuzzed = new Fsrs(FsrsParameters.defaults().withFuzz(true));
    private final Fsrs plain = new Fsrs(FsrsParameters.defaults().withFuzz(false));

    @Test
    void sameCardSameReviewCountGivesTheSameInterval() {
        MemoryState s = review(40, 12);
        for (int i = 0; i < 5; i++) {
            assertEquals(fuzzed.next(s, Rating.GOOD, T0, "card-a"), new Fsrs(FsrsParameters.defaults()).next(s, Rating.GOOD, T0, "card-a"));
        }
        assertEquals(fuzzed.preview(s, T0, "card-a"), fuzzed.preview(s, T0, "card-a"));
    }

    @Test
    void newCardEasyStaysInsideTheFuzzRangeAndSpreadsOverIt() {
        // Unfuzzed Easy on a new card is 8 days; ts-fsrs's range for 8 days is 6..10.
        assertEquals(8, plain.next(MemoryState.fresh(T0), Rating.EASY, T0, "x").scheduledDays());
        int[] range = FsrsMath.fuzzRange(8, 0, 36500);
        assertEquals(6, range[0]);
        assertEquals(10, range[1]);
        Map<Integer, Integer> seen = new TreeMap<>();
        for (int i = 0; i < 2000; i++) {
            int days = fuzzed.next(MemoryState.fresh(T0), Rating.EASY, T0, "card-" + i).scheduledDays();
            seen.merge(days, 1, Integer::sum);
        }
        assertEquals(java.util.Set.of(6, 7, 8, 9, 10), seen.keySet(), "every day of the range is used: " + seen);
        for (int n : seen.values()) assertTrue(n > 250 && n < 550, "roughly uniform: " + seen);
    }

    @Test
    void reviewIntervalsStayInsideTheFuzzRange() {
        int checked = 0;
        for (double stability : new double[] {3, 5.5, 9, 17, 33, 120, 400, 2000}) {
            for (int elapsed : new int[] {1, 3, 10, 60}) {
                MemoryState s = review(stability, elapsed);
                Instant now = s.lastReview().plus(Duration.ofDays(elapsed));
                int base = plain.next(s, Rating.HARD, now, "k").scheduledDays();
                int[] range = FsrsMath.fuzzRange(base, elapsed, 36500);
                for (int i = 0; i < 200; i++) {
                    int days = fuzzed.next(s, Rating.HARD, now, "card-" + i).scheduledDays();
                    if (base < 3) {
                        assertEquals(base, days, "no fuzz under 2.5 days");
                    } else {
                        assertTrue(days >= range[0] && days <= range[1],
                                days + " outside " + range[0] + ".." + range[1] + " for " + base);
                    }
                    checked++;
                }
            }
        }
        assertEquals(8 * 4 * 200, checked);
    }

    @Test
    void theReviewCountChangesTheDraw() {
        int differ = 0;
        for (int i = 0; i < 50; i++) {
            MemoryState a = review(60, 30);
            MemoryState b = new MemoryState(a.state(), a.step(), a.stability(), a.difficulty(), a.due(), a.lastReview(),
                    a.scheduledDays(), a.reps() + 1, a.lapses());
            Instant now = a.due();
            if (fuzzed.next(a, Rating.GOOD, now, "c" + i).scheduledDays() != fuzzed.next(b, Rating.GOOD, now, "c" + i).scheduledDays()) differ++;
        }
        assertTrue(differ > 20, "the review count is part of the seed: " + differ);
    }

    @Test
    void fuzzOffIsTheBareInterval() {
        MemoryState s = review(50, 50);
        Instant now = s.due();
        int bare = plain.next(s, Rating.GOOD, now, "a").scheduledDays();
        for (int i = 0; i < 20; i++) assertEquals(bare, plain.next(s, Rating.GOOD, now, "card-" + i).scheduledDays());
    }

    @Test
    void aleaMatchesTheReferenceGenerator() {
        // Values printed by node from ts-fsrs 5.4.2's own Alea (alea(seed)()), which is not exported.
        assertEquals(0.2292030982207507, new Alea("card-a:3").next());
        assertEquals(0.8807041423860937, new Alea("abc:1").next());
        assertEquals(0.1666577742435038, new Alea("").next());
        assertEquals(0.13997523463331163, new Alea("\u00e9\u2260 unicode:12").next());
        Alea g = new Alea("card-a:3");
        double[] seq = {g.next(), g.next(), g.next()};
        assertEquals(SEQ_CARD_A_3[0], seq[0]);
        assertEquals(SEQ_CARD_A_3[1], seq[1]);
        assertEquals(SEQ_CARD_A_3[2], seq[2]);
    }

    private static final double[] SEQ_CARD_A_3 = {0.2292030982207507, 0.21516815619543195, 0.8313053369056433};

    private static MemoryState review(double stability, int daysAgo) {
        Instant last = T0.minus(Duration.ofDays(daysAgo));
        return new MemoryState(CardState.REVIEW, 0, stability, 5.0, last.plus(Duration.ofDays(Math.max(1, (long) stability))),
                last, (int) stability, 5, 0);
    }
}
