package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Card;
import dca.deck.Deck;
import dca.progress.CardProgress;
import dca.progress.ReviewRecord;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeakRankingTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    static CardProgress p(String prompt, double stability, double difficulty, int lapses, Duration ago) {
        return new CardProgress("chapter-5", prompt, new MemoryState(CardState.REVIEW, 0, stability, difficulty,
                NOW.plus(Duration.ofDays(1)), NOW.minus(ago), 3, 9, lapses));
    }

    @Test
    void leechesAndRecentFailuresComeFirstWithTheirReasons() {
        Card leech = Decks.qa("Leech?", "l"), failed = Decks.qa("Failed?", "f"), solid = Decks.qa("Solid?", "s"),
                fresh = Decks.qa("New?", "n");
        Deck deck = Decks.deck("chapter-5", solid, failed, leech, fresh);
        Map<dca.deck.CardId, CardProgress> progress = Map.of(
                leech.id(), p("Leech?", 30, 5, 9, Duration.ofDays(1)),
                failed.id(), p("Failed?", 30, 5, 1, Duration.ofDays(1)),
                solid.id(), p("Solid?", 100, 3, 0, Duration.ofDays(1)));
        List<ReviewRecord> reviews = List.of(
                new ReviewRecord(failed.id(), NOW.minus(Duration.ofDays(2)), Rating.AGAIN, "flash", 100),
                new ReviewRecord(failed.id(), NOW.minus(Duration.ofDays(30)), Rating.AGAIN, "flash", 100));

        List<WeakCard> weak = new WeakRanking(new FakeScheduler()).rank(List.of(deck), progress, reviews, NOW);
        assertEquals(List.of("Leech?", "Failed?"), weak.stream().map(w -> w.item().card().prompt()).toList());
        assertTrue(weak.get(0).why().contains("leech: 9 lapses"), weak.get(0).why());
        assertEquals("failed 1× in 7 days", weak.get(1).why());
    }

    @Test
    void lowRecallShortStabilityAndHighDifficultyAreNamed() {
        Card shaky = Decks.qa("Shaky?", "s");
        Deck deck = Decks.deck("chapter-5", shaky);
        var progress = Map.of(shaky.id(), p("Shaky?", 2, 8.5, 0, Duration.ofDays(6)));
        WeakCard w = new WeakRanking(new FakeScheduler()).rank(List.of(deck), progress, List.of(), NOW).get(0);
        assertEquals("recall 70% < 90%; stability 2.0d; difficulty 8.5", w.why());
    }
}
