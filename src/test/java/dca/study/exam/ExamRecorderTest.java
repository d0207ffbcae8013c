package dca.study.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.progress.CardProgress;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.srs.Fsrs;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.Fixtures;
import dca.study.FsrsScheduler;
import dca.study.MemoryLog;
import dca.study.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamRecorderTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    final MutableClock clock = new MutableClock(NOW);
    final Settings settings = Settings.defaults().withFuzz(false);
    final Fsrs fsrs = new Fsrs(settings.fsrsParameters());
    final MemoryLog log = new MemoryLog();
    final ChoiceCard card = Fixtures.choice("Which port?", 2, "o4.5");
    final Deck deck = new Deck("chapter-11", 11, "Networking", List.of(Domain.NETWORKING), "notes/11.md", List.of(card));
    final ExamRecorder recorder = new ExamRecorder(log, FsrsScheduler.from(settings), clock);

    private DomcItem decided(boolean yesToFirst) {
        DomcItem item = new DomcItem(card, deck, Domain.NETWORKING, card.options());
        item.answer(yesToFirst); // the first option is the right one
        return item;
    }

    @Test
    void aRightAnswerIsAGoodReviewInExamMode() throws Exception {
        recorder.answered(decided(true), Duration.ofSeconds(12));
        ReviewRecord r = log.reviews.get(0);
        assertEquals(Rating.GOOD, r.rating());
        assertEquals("exam", r.mode());
        assertEquals(12_000, r.ms());
        assertEquals(NOW, r.at());
        CardProgress p = log.cards.get(card.id());
        assertEquals("chapter-11", p.deck());
        assertEquals("Which port?", p.prompt());
        assertEquals(fsrs.next(MemoryState.fresh(NOW), Rating.GOOD, NOW, card.id().value()), p.memory());
    }

    @Test
    void aMissIsAgainFromTheCardsCurrentState() throws Exception {
        recorder.answered(decided(true), Duration.ofSeconds(5));
        MemoryState first = log.cards.get(card.id()).memory();
        clock.advance(Duration.ofDays(3));
        recorder.answered(decided(false), Duration.ofSeconds(7));
        assertEquals(Rating.AGAIN, log.reviews.get(1).rating());
        Instant later = NOW.plus(Duration.ofDays(3));
        assertEquals(fsrs.next(first, Rating.AGAIN, later, card.id().value()), log.cards.get(card.id()).memory());
    }
}
