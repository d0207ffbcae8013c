package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Card;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Option;
import dca.deck.OptionOrder;
import dca.progress.CardProgress;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StudySessionTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    final FakeScheduler scheduler = new FakeScheduler();
    final MemoryLog log = new MemoryLog();

    StudySession session(List<Deck> decks, SessionOptions options, Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        SessionPlan plan = new SessionPlanner(scheduler).plan(decks, log.cards(), log.reviews(), log.settings(),
                now, ZoneOffset.UTC, options);
        return new StudySession(decks, plan, log, scheduler, clock, options);
    }

    static MemoryState review(double stability, Instant last, Instant due, int lapses) {
        return new MemoryState(CardState.REVIEW, 0, stability, 5, due, last, 3, 5, lapses);
    }

    List<String> prompts(StudySession s, Rating rating) throws Exception {
        List<String> seen = new ArrayList<>();
        while (s.current().isPresent()) {
            seen.add(s.current().get().prompt());
            s.grade(rating, "flash", 1000);
        }
        return seen;
    }

    @Test
    void dueReviewsComeFirstLeastRecalledFirstThenNewInSourceOrder() throws Exception {
        Card a = Decks.qa("A?", "a"), b = Decks.qa("B?", "b"), c = Decks.qa("C?", "c"), d = Decks.qa("D?", "d"),
                later = Decks.qa("Later?", "l");
        Deck deck = Decks.deck("chapter-5", a, b, c, d, later);
        // b was reviewed longest ago relative to its stability: lowest recall, so first.
        log.cards.put(b.id(), new CardProgress("chapter-5", "B?", review(2, NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(1)), 0)));
        log.cards.put(d.id(), new CardProgress("chapter-5", "D?", review(5, NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofHours(1)), 0)));
        log.cards.put(later.id(), new CardProgress("chapter-5", "Later?", review(50, NOW, NOW.plus(Duration.ofDays(3)), 0)));

        StudySession s = session(List.of(deck), SessionOptions.defaults(), NOW);
        assertEquals(2, s.remainingDue());
        assertEquals(List.of("B?", "D?", "A?", "C?"), prompts(s, Rating.GOOD));
        assertEquals(4, log.reviews.size());
        assertEquals(CardState.REVIEW, log.cards.get(a.id()).memory().state());
    }

    @Test
    void newCardsStopAtTheDailyLimitCountedAcrossSessions() throws Exception {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 6; i++) cards.add(Decks.qa("Q" + i + "?", "a"));
        Deck deck = new Deck("chapter-5", 5, "T", List.of(), "", cards);
        log.settings = new Settings(0.9, 4, false, null);

        assertEquals(List.of("Q0?", "Q1?", "Q2?"), prompts(session(List.of(deck), new SessionOptions(3, null, true, null), NOW), Rating.GOOD));
        // Same day: one new card left of the four.
        assertEquals(List.of("Q3?"), prompts(session(List.of(deck), SessionOptions.defaults(), NOW.plusSeconds(3600)), Rating.GOOD));
        // Next day the limit starts again; the reviews of yesterday are due too.
        List<String> tomorrow = prompts(session(List.of(deck), SessionOptions.defaults(), NOW.plus(Duration.ofDays(1))), Rating.GOOD);
        assertEquals(List.of("Q0?", "Q1?", "Q2?", "Q3?", "Q4?", "Q5?"), tomorrow.stream().sorted().toList());
        assertEquals(6, tomorrow.size());
    }

    @Test
    void aSiblingOfACardJustSeenIsBuriedUntilTomorrow() throws Exception {
        List<Card> cloze = Decks.cloze("The daemon listens on {{2375}} and with TLS on {{2376}}.");
        Card other = Decks.qa("Other?", "o");
        Deck deck = new Deck("chapter-5", 5, "T", List.of(), "", List.of(cloze.get(0), cloze.get(1), other));

        assertEquals(List.of(cloze.get(0).prompt(), "Other?"), prompts(session(List.of(deck), SessionOptions.defaults(), NOW), Rating.GOOD));
        assertEquals(List.of(), prompts(session(List.of(deck), SessionOptions.defaults(), NOW.plusSeconds(600)), Rating.GOOD));
        List<String> tomorrow = prompts(session(List.of(deck), SessionOptions.defaults(), NOW.plus(Duration.ofDays(1))), Rating.GOOD);
        // Of the two siblings only the due one is shown; the new one waits for a day with no sibling due.
        assertEquals(Set.of(cloze.get(0).prompt(), "Other?"), Set.copyOf(tomorrow));
        assertEquals(2, tomorrow.size());
    }

    @Test
    void aLearningCardComesBackWithinTheSessionWhenItsStepIsDueOrWithinLearnAhead() throws Exception {
        Card a = Decks.qa("A?", "a"), b = Decks.qa("B?", "b");
        StudySession s = session(List.of(Decks.deck("chapter-5", a, b)), SessionOptions.defaults(), NOW);
        List<String> seen = new ArrayList<>();
        seen.add(s.current().get().prompt());
        s.grade(Rating.AGAIN, "flash", 10);   // A: learning, back in 1 minute
        seen.add(s.current().get().prompt());
        s.grade(Rating.HARD, "flash", 10);    // B: learning, back in 10 minutes
        seen.add(s.current().get().prompt()); // nothing else left: A early (learn-ahead)
        s.grade(Rating.GOOD, "flash", 10);
        seen.add(s.current().get().prompt());
        s.grade(Rating.GOOD, "flash", 10);
        assertEquals(List.of("A?", "B?", "A?", "B?"), seen);
        assertTrue(s.current().isEmpty());
        assertEquals(4, s.summary().reviewed());
        assertEquals(3, s.summary().right());
        assertEquals(75, s.summary().rightPercent());
        assertEquals(NOW.plus(Duration.ofDays(1)), s.summary().nextDue());
    }

    @Test
    void aLearningStepBeyondLearnAheadWaitsForTheNextSession() throws Exception {
        Card a = Decks.qa("A?", "a");
        log.cards.put(a.id(), new CardProgress("chapter-5", "A?",
                new MemoryState(CardState.LEARNING, 1, 1, 5, NOW.plus(Duration.ofMinutes(30)), NOW, 0, 1, 0)));
        StudySession early = session(List.of(Decks.deck("chapter-5", a)), SessionOptions.defaults(), NOW);
        assertEquals(0, early.total());
        assertEquals(0, early.remainingDue());
        assertEquals(List.of(), prompts(early, Rating.GOOD));
        assertEquals(List.of("A?"), prompts(session(List.of(Decks.deck("chapter-5", a)), SessionOptions.defaults(), NOW.plus(Duration.ofMinutes(15))), Rating.GOOD));
    }

    @Test
    void undoRestoresTheCardsProgressTheLogAndTheQueue() throws Exception {
        Card a = Decks.qa("A?", "a"), b = Decks.qa("B?", "b");
        StudySession s = session(List.of(Decks.deck("chapter-5", a, b)), SessionOptions.defaults(), NOW);
        s.grade(Rating.GOOD, "flash", 10);
        assertEquals("B?", s.current().get().prompt());
        assertEquals(1, s.done());
        assertEquals("A?", s.undo().get().card().prompt());
        assertEquals("A?", s.current().get().prompt());
        assertEquals(0, s.done());
        assertNull(log.cards.get(a.id()));
        assertTrue(log.reviews.isEmpty());
        s.grade(Rating.EASY, "flash", 10);
        assertEquals("B?", s.current().get().prompt());
        s.grade(Rating.GOOD, "flash", 10);
        assertTrue(s.current().isEmpty());
        assertEquals(4, log.cards.get(a.id()).memory().scheduledDays());
        assertEquals(2, log.reviews.size());
        assertEquals(2, s.total());
    }

    @Test
    void skipLeavesTheCardAndItsSiblingsForLater() throws Exception {
        Card a = Decks.qa("A?", "a"), b = Decks.qa("B?", "b");
        StudySession s = session(List.of(Decks.deck("chapter-5", a, b)), SessionOptions.defaults(), NOW);
        s.skip();
        assertEquals("B?", s.current().get().prompt());
        s.grade(Rating.GOOD, "flash", 10);
        assertTrue(s.current().isEmpty());
        assertEquals(1, s.summary().skipped());
        assertFalse(log.cards.containsKey(a.id()));
    }

    @Test
    void choiceQuestionsAreAutoGraded() throws Exception {
        Card q = Decks.choice("Default bridge?", "docker0", "eth0", "br-int");
        StudySession s = session(List.of(Decks.deck("chapter-5", q)), SessionOptions.defaults(), NOW);
        Question question = s.current().get();
        assertTrue(question.isChoice());
        int docker0 = question.options().stream().map(Option::text).toList().indexOf("docker0");
        assertEquals(Set.of(docker0), question.rightOptions());
        Answer wrong = s.choose(Set.of((docker0 + 1) % 3), 500);
        assertEquals(Rating.AGAIN, wrong.rating());
        assertFalse(wrong.correct());
        Answer right = s.choose(s.current().get().rightOptions(), 500); // learning step again within learn-ahead
        assertEquals(Rating.GOOD, right.rating());
        assertEquals("choice", log.reviews.get(1).mode());
    }

    @Test
    void theOptionOrderFollowsTheCardsAnswerCountThroughAnswersUndoAndCram() throws Exception {
        ChoiceCard q = Decks.choice("Which driver is the default on Linux?", "bridge", "host", "none", "macvlan");
        Deck deck = Decks.deck("chapter-5", q);
        List<Option> first = OptionOrder.forReview(q.id(), 0, q.options());
        List<Option> second = OptionOrder.forReview(q.id(), 1, q.options());
        assertNotEquals(first, second, "this card's first two orders should differ for the test to mean anything");

        StudySession s = session(List.of(deck), SessionOptions.defaults(), NOW);
        assertEquals(first, s.current().get().options());
        s.choose(Set.of(wrong(s.current().get())), 500);
        assertEquals(second, s.current().get().options(), "asked again within the session: the next order");
        s.undo();
        assertEquals(first, s.current().get().options(), "undo shows the order it was answered in");
        s.choose(Set.of(wrong(s.current().get())), 500);
        assertEquals(second, s.current().get().options(), "answered again after the undo: the same next order");

        // A rerun reads the count from the log; cramming counts too, so a miss comes back reordered.
        SessionOptions cram = new SessionOptions(0, null, false, null);
        StudySession later = new StudySession(List.of(deck), SessionPlanner.fixed(List.of(new StudyItem(q, deck))), log,
                scheduler, Clock.fixed(NOW, ZoneOffset.UTC), cram);
        assertEquals(second, later.current().get().options());
        later.choose(Set.of(wrong(later.current().get())), 500);
        assertEquals(OptionOrder.forReview(q.id(), 2, q.options()), later.current().get().options());
    }

    private static int wrong(Question q) {
        for (int i = 0; i < q.options().size(); i++) {
            if (!q.options().get(i).correct()) return i;
        }
        throw new AssertionError("no wrong option");
    }

    @Test
    void crammingLogsButDoesNotRescheduleAndRepeatsMisses() throws Exception {
        Card a = Decks.qa("A?", "a");
        MemoryState m = review(3, NOW.minus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(1)), 0);
        log.cards.put(a.id(), new CardProgress("chapter-5", "A?", m));
        SessionOptions cram = new SessionOptions(0, null, false, null);
        Deck deck = Decks.deck("chapter-5", a);
        StudySession s = new StudySession(List.of(deck), SessionPlanner.fixed(List.of(new StudyItem(a, deck))), log,
                scheduler, Clock.fixed(NOW, ZoneOffset.UTC), cram);
        assertEquals(List.of("A?"), List.of(s.current().get().prompt()));
        assertTrue(s.preview().isEmpty());
        s.grade(Rating.AGAIN, "flash", 10);
        assertEquals("A?", s.current().get().prompt());
        s.grade(Rating.GOOD, "flash", 10);
        assertTrue(s.current().isEmpty());
        assertEquals(m, log.cards.get(a.id()).memory());
        assertEquals(List.of("cram", "cram"), log.reviews.stream().map(ReviewRecord::mode).toList());
    }

    @Test
    void leechesMetAreReported() throws Exception {
        Card a = Decks.qa("A?", "a");
        log.cards.put(a.id(), new CardProgress("chapter-5", "A?", review(1, NOW.minus(Duration.ofDays(3)), NOW, 7)));
        StudySession s = session(List.of(Decks.deck("chapter-5", a)), SessionOptions.defaults(), NOW);
        s.grade(Rating.AGAIN, "flash", 10);
        assertEquals(List.of("A?"), s.summary().leeches().stream().map(i -> i.card().prompt()).toList());
    }
}
