package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.Deck;
import dca.progress.CardProgress;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.srs.Fsrs;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A student studies every day to an exam 30 days out, through the planner and sessions, with exam mode. */
class ExamModeStudentTest {
    private static final Instant DAY0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate EXAM = LocalDate.of(2026, 12, 31);

    /** The real FSRS scheduler behind the study interface. */
    record Real(Fsrs fsrs, double desiredRetention) implements Scheduler {
        @Override public MemoryState next(MemoryState s, Rating r, Instant now, String key) { return fsrs.next(s, r, now, key); }
        @Override public Map<Rating, MemoryState> preview(MemoryState s, Instant now, String key) { return fsrs.preview(s, now, key); }
        @Override public double retrievability(MemoryState s, Instant now) { return fsrs.retrievability(s, now); }
    }

    @Test
    void theDaysNewCardsAreThePlansUnlessTheSessionSaysOtherwise() {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 300; i++) cards.add(Decks.qa("Fact " + i + "?", "a"));
        Deck deck = new Deck("chapter-1", 1, "Facts", List.of(), "", cards);
        Settings settings = Settings.defaults().withExamDate(EXAM).withNewPerDay(50);
        Scheduler scheduler = new Real(new Fsrs(settings.fsrsParameters()), 0.9);
        SessionPlanner planner = new SessionPlanner(scheduler);
        // 300 cards over the 27 days before the window: 12, whatever new-per-day says
        assertEquals(12, planner.plan(List.of(deck), Map.of(), List.of(), settings, DAY0, ZoneOffset.UTC,
                SessionOptions.defaults()).fresh().size());
        assertEquals(5, planner.plan(List.of(deck), Map.of(), List.of(), settings, DAY0, ZoneOffset.UTC,
                new SessionOptions(5, null, true, null)).fresh().size());
        // without an exam date: new-per-day
        assertEquals(50, planner.plan(List.of(deck), Map.of(), List.of(), settings.withExamDate(null), DAY0, ZoneOffset.UTC,
                SessionOptions.defaults()).fresh().size());
    }

    @Test
    void everyCardIsIntroducedByTheWindowSeenInItAndNoneIsDueAfterTheExam() throws Exception {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 300; i++) cards.add(Decks.qa("What is fact number " + i + "?", "answer " + i));
        Deck deck = new Deck("chapter-1", 1, "Facts", List.of(), "", cards);
        MemoryLog log = new MemoryLog();
        log.settings = Settings.defaults().withExamDate(EXAM);
        Scheduler scheduler = ExamScheduler.of(new Real(new Fsrs(log.settings.fsrsParameters()), 0.9), log.settings, ZoneOffset.UTC);
        SplittableRandom random = new SplittableRandom(3);
        for (int day = 0; day < 30; day++) {
            Instant now = DAY0.plusSeconds(86_400L * day);
            SessionPlan plan = new SessionPlanner(scheduler).plan(List.of(deck), log.cards(), log.reviews(), log.settings,
                    now, ZoneOffset.UTC, SessionOptions.defaults());
            StudySession s = new StudySession(List.of(deck), plan, log, scheduler, Clock.fixed(now, ZoneOffset.UTC),
                    SessionOptions.defaults());
            while (s.current().isPresent()) s.grade(random.nextInt(10) == 0 ? Rating.AGAIN : Rating.GOOD, "flash", 5000);
        }
        Instant windowStart = EXAM.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant examStart = EXAM.atStartOfDay(ZoneOffset.UTC).toInstant();
        assertEquals(300, log.cards.size());
        for (Card c : cards) {
            CardId id = c.id();
            List<ReviewRecord> own = log.reviews.stream().filter(r -> r.card().equals(id)).toList();
            assertTrue(own.get(0).at().isBefore(windowStart), "introduced before the window: " + c.prompt());
            assertTrue(own.stream().anyMatch(r -> !r.at().isBefore(windowStart) && r.at().isBefore(examStart)),
                    "reviewed in the window: " + c.prompt());
            CardProgress p = log.cards.get(id);
            assertTrue(!p.memory().due().isAfter(examStart), "due by the exam: " + c.prompt() + " " + p.memory().due());
        }
    }
}
