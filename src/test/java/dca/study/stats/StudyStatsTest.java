package dca.study.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.CardId;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.progress.CardProgress;
import dca.progress.ReviewRecord;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stats over a toy scheduler whose numbers are easy to work out by hand: recall = 1 / (1 + days
 * since review / stability); Good makes a review card with doubled stability (at least 1 day) due
 * after that many days; Again makes a relearning card due in 10 minutes.
 */
class StudyStatsTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    static final MemoryModel TOY = new MemoryModel() {
        @Override
        public double recall(MemoryState s, Instant at) {
            if (s.state() == CardState.NEW || s.lastReview() == null) return 0;
            double days = Duration.between(s.lastReview(), at).toSeconds() / 86400.0;
            return 1 / (1 + days / s.stability());
        }

        @Override
        public MemoryState next(MemoryState s, Rating r, Instant at) {
            if (r == Rating.AGAIN) {
                return new MemoryState(CardState.RELEARNING, 0, Math.max(1, s.stability()), 5, at.plusSeconds(600), at,
                        0, s.reps() + 1, s.state() == CardState.REVIEW ? s.lapses() + 1 : s.lapses());
            }
            double st = Math.max(1, s.stability() * 2);
            return new MemoryState(CardState.REVIEW, 0, st, 5, at.plus(Duration.ofSeconds((long) (st * 86400))), at,
                    (int) st, s.reps() + 1, s.lapses());
        }
    };

    // Three networking cards (o4), one storage card (o6); deck chapter-1.
    final ChoiceCard net1 = Fixtures.choice("n1", 2, "o4.1");
    final ChoiceCard net2 = Fixtures.choice("n2", 2, "o4.2");
    final ChoiceCard net3 = Fixtures.choice("n3", 2, "o4.3");
    final ChoiceCard sto1 = Fixtures.choice("s1", 2, "o6.1");
    final Deck deck = new Deck("chapter-1", 1, "T", List.of(Domain.NETWORKING), "", List.of(net1, net2, net3, sto1));

    private static MemoryState review(double stability, Instant last, Instant due, int lapses) {
        return new MemoryState(CardState.REVIEW, 0, stability, 5, due, last, (int) stability, 3, lapses);
    }

    @Test
    void rowsRetentionForecastAndReadiness() {
        Map<CardId, CardProgress> progress = new HashMap<>();
        // n1: stability 10, reviewed 5 days ago, due in 5 days.
        progress.put(net1.id(), new CardProgress("chapter-1", "n1", review(10, NOW.minus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(5)), 0)));
        // n2: a leech, stability 2, reviewed 1 day ago, due tomorrow.
        progress.put(net2.id(), new CardProgress("chapter-1", "n2", review(2, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)), 9)));
        // n3: never studied (no progress). s1: relearning, overdue.
        progress.put(sto1.id(), new CardProgress("chapter-1", "s1", new MemoryState(CardState.RELEARNING, 0, 1, 5,
                NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofDays(1)), 0, 2, 1)));

        // n1's log, see the replay below.
        List<ReviewRecord> reviews = List.of(
                new ReviewRecord(net1.id(), NOW.minus(Duration.ofDays(40)), Rating.GOOD, "flash", 1000),
                new ReviewRecord(net1.id(), NOW.minus(Duration.ofDays(20)), Rating.GOOD, "flash", 2000),
                new ReviewRecord(net1.id(), NOW.minus(Duration.ofDays(10)), Rating.GOOD, "flash", 3000),
                new ReviewRecord(net1.id(), NOW.minus(Duration.ofDays(6)), Rating.AGAIN, "flash", 4000),
                new ReviewRecord(net1.id(), NOW.minus(Duration.ofDays(5)), Rating.GOOD, "exam", 5000));

        LocalDate examDate = LocalDate.parse("2026-12-11"); // 10 days minus 9 hours away
        StudyStats.Result r = StudyStats.compute(new StudyStats.Input(List.of(deck), progress, reviews, 0.9, examDate,
                NOW, ZoneOffset.UTC, TOY));

        StatsRow total = r.total();
        assertEquals(4, total.cards());
        assertEquals(1, total.count(CardState.NEW));
        assertEquals(2, total.count(CardState.REVIEW));
        assertEquals(1, total.count(CardState.RELEARNING));
        double rN1 = 1 / (1 + 5 / 10.0), rN2 = 1 / (1 + 1 / 2.0), rS1 = 1 / (1 + 1 / 1.0);
        assertEquals((rN1 + rN2 + 0 + rS1) / 4, total.recallNow(), 1e-9);
        // n1 log replay: 40d Good (new→review s1), 20d Good (review, kept), 10d Good (review, kept),
        // 6d Again (review, forgotten), 5d Good (relearning). In the last 30 days: 3 review-state reviews, 2 kept.
        assertEquals(3, total.retentionReviews());
        assertEquals(2, total.retentionKept());
        assertEquals(1, total.leeches());
        assertEquals(1, r.leeches().size());

        StatsRow net = r.domains().stream().filter(x -> x.label().equals("networking")).findFirst().orElseThrow();
        assertEquals(3, net.cards());
        assertEquals((rN1 + rN2) / 3, net.recallNow(), 1e-9);
        Instant exam = examDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        double d1 = Duration.between(NOW.minus(Duration.ofDays(5)), exam).toSeconds() / 86400.0;
        double d2 = Duration.between(NOW.minus(Duration.ofDays(1)), exam).toSeconds() / 86400.0;
        assertEquals((1 / (1 + d1 / 10) + 1 / (1 + d2 / 2)) / 3, net.recallExam(), 1e-9);

        // Readiness: networking 15, storage 10, the other four domains have no cards and count 0.
        double ds = Duration.between(NOW.minus(Duration.ofDays(1)), exam).toSeconds() / 86400.0;
        double predicted = (15 * net.recallExam() + 10 * (1 / (1 + ds / 1))) / 100;
        assertEquals(predicted, r.readiness().predicted(), 1e-9);
        assertEquals(10, r.readiness().daysLeft());

        // Simulated reviews until each card's due date passes the exam (toy doubling, Good each time):
        // n1 due in 5d → review, s=20 → due after exam: 1. n2 due in 1d → s=4 due day 5 → s=8 due day 13: 2.
        // n3 new → s=1 due day 1 → 2 → day 3 → 4 → day 7 → 8 → day 15: 4. s1 overdue → s=2 due day 2 → 4 → day 6 → 8 → day 14: 3.
        assertEquals(10, r.readiness().reviewsNeeded());
        assertEquals(1.0, r.readiness().reviewsPerDay(), 1e-9);

        // Forecast: s1 overdue counts today, n2 tomorrow, n1 in 5 days.
        assertEquals(1, r.forecast().get(0));
        assertEquals(1, r.forecast().get(1));
        assertEquals(1, r.forecast().get(5));
        assertEquals(3, r.forecast().stream().mapToInt(Integer::intValue).sum());

        // Activity: the 40-day-old review is inside the 12-week heatmap too.
        assertEquals(5, r.reviewsPerDay().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(5000L, r.msPerDay().get(LocalDate.parse("2026-11-26")));
    }

    @Test
    void noExamDateMeansNoExamRecallAndReadinessNow() {
        StudyStats.Result r = StudyStats.compute(new StudyStats.Input(List.of(deck), Map.of(), List.of(), 0.9, null,
                NOW, ZoneOffset.UTC, TOY));
        assertTrue(Double.isNaN(r.total().recallExam()));
        assertEquals(0, r.readiness().predicted(), 1e-12);
        assertTrue(Double.isNaN(r.readiness().reviewsPerDay()));
        assertEquals(4, r.total().count(CardState.NEW));
    }

    @Test
    void aCardInTwoChaptersCountsInBothButOnceOverall() {
        Deck other = new Deck("chapter-2", 2, "U", List.of(Domain.NETWORKING), "", List.of(net1));
        StudyStats.Result r = StudyStats.compute(new StudyStats.Input(List.of(deck, other), Map.of(), List.of(), 0.9,
                null, NOW, ZoneOffset.UTC, TOY));
        assertEquals(List.of(4, 1), r.chapters().stream().map(StatsRow::cards).toList());
        assertEquals(4, r.total().cards());
        assertEquals(3, r.domains().stream().filter(x -> x.label().equals("networking")).findFirst().orElseThrow().cards());
    }
}
