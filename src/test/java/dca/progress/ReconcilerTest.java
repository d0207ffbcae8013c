package dca.progress;

import static dca.progress.ReconcileTest.basic;
import static dca.progress.ReconcileTest.choice;
import static dca.progress.ReconcileTest.deck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.Kind;
import dca.srs.Rating;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The identity rules on progress in memory: no file, no lock, no save. */
class ReconcilerTest {
    private static ProgressData answered(String deck, Card... cards) {
        ProgressData d = new ProgressData();
        for (Card c : cards) {
            d.answer(c.id(), new CardProgress(deck, c.prompt(), ProgressStoreTest.progress(c.prompt(), 3).memory()),
                    ProgressStoreTest.review(c.id(), Rating.GOOD));
        }
        return d;
    }

    @Test
    void aRewordedCardTakesTheOldProgressAndItsReviews() {
        BasicCard old = basic("Which command lists the running containers?");
        BasicCard reworded = basic("Which command lists all running containers?");
        ProgressData d = answered("chapter-5", old);
        CardProgress before = d.cards.get(old.id());

        Reconciler.Outcome o = Reconciler.reconcile(d, List.of(deck("chapter-5", reworded)));

        assertTrue(o.changed());
        assertEquals(1, o.report().carried().size());
        assertFalse(d.cards.containsKey(old.id()));
        assertEquals(before.memory(), d.cards.get(reworded.id()).memory());
        assertEquals(reworded.prompt(), d.cards.get(reworded.id()).prompt());
        assertEquals(reworded.id(), d.reviews.get(0).card());
        assertEquals(0, d.reviewsChangedFrom, "the encoder must rewrite the re-pointed review");
        assertEquals(Kind.BASIC, d.kinds.get(reworded.id()));
    }

    @Test
    void anotherKindOrTwoCandidatesIsNotTheSameCard() {
        BasicCard old = basic("Which command lists the running containers?");
        ProgressData d = answered("chapter-5", old);
        Reconciler.Outcome o = Reconciler.reconcile(d, List.of(deck("chapter-5", choice("Which command lists all running containers?"))));
        assertEquals(List.of(), o.report().carried());
        assertEquals(1, o.report().orphans().size(), "kept, never dropped");

        ProgressData two = answered("chapter-5", old);
        Reconciler.Outcome ambiguous = Reconciler.reconcile(two, List.of(deck("chapter-5",
                basic("Which command lists all running containers?"), basic("Which command lists the running containers now?"))));
        assertEquals(List.of(), ambiguous.report().carried());
        assertTrue(two.cards.containsKey(old.id()));
    }

    @Test
    void onlyTheGivenDecksAreLookedAtAndNothingChangesWhenAllIsCurrent() {
        BasicCard a = basic("What does docker image prune remove?");
        BasicCard b = basic("Which flag keeps STDIN open?");
        ProgressData d = answered("chapter-5", a);
        d.answer(b.id(), new CardProgress("chapter-7", b.prompt(), ProgressStoreTest.progress(b.prompt(), 2).memory()),
                ProgressStoreTest.review(b.id(), Rating.GOOD));
        Reconciler.Outcome first = Reconciler.reconcile(d, List.of(deck("chapter-5", a)));
        assertTrue(first.changed(), "the kind is learnt the first time");
        assertEquals(List.of(), first.report().orphans(), "chapter-7's card is not an orphan of chapter-5");
        Reconciler.Outcome again = Reconciler.reconcile(d, List.of(deck("chapter-5", a)));
        assertFalse(again.changed());
    }

    @Test
    void aRewordingIsFoundInWhicheverDeckLostTheCardAndOnlyThere() {
        BasicCard kept = basic("What does docker image prune remove?");
        BasicCard old = basic("Which command lists the running containers?");
        BasicCard reworded = basic("Which command lists all running containers?");
        BasicCard other = basic("Which flag keeps STDIN open?");
        ProgressData d = answered("chapter-5", kept);
        d.answer(old.id(), new CardProgress("chapter-7", old.prompt(), ProgressStoreTest.progress(old.prompt(), 2).memory()),
                ProgressStoreTest.review(old.id(), Rating.GOOD));
        d.answer(other.id(), new CardProgress("chapter-9", other.prompt(), ProgressStoreTest.progress(other.prompt(), 2).memory()),
                ProgressStoreTest.review(other.id(), Rating.GOOD));
        // chapter-9 lost its card with no new card to take it: an orphan, and chapter-5 lost nothing.
        Reconciler.Outcome o = Reconciler.reconcile(d, List.of(deck("chapter-5", kept, basic("Which command lists all images?")),
                deck("chapter-7", reworded), deck("chapter-9", basic("Which flag keeps STDIN open for good?  Really?"))));
        assertEquals(1, o.report().carried().size());
        assertEquals(reworded.id(), o.report().carried().get(0).to());
        assertEquals("chapter-7", d.cards.get(reworded.id()).deck());
        assertTrue(d.cards.containsKey(kept.id()));
        assertFalse(d.cards.containsKey(old.id()));
        assertEquals(List.of(other.id()), o.report().orphans().stream().map(ReconcileReport.Orphan::id).toList());
    }
}
