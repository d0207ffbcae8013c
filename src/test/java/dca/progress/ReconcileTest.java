package dca.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Kind;
import dca.deck.Option;
import dca.srs.Rating;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileTest {
    @TempDir
    Path dir;

    static BasicCard basic(String prompt) {
        return new BasicCard(new CardMeta(CardId.of(Kind.BASIC, prompt), null, null, null, null), null, prompt, "answer");
    }

    static ChoiceCard choice(String prompt) {
        return new ChoiceCard(new CardMeta(CardId.of(Kind.CHOICE, prompt), null, null, null, null), prompt,
                List.of(new Option("a", true), new Option("b", false)), "", "");
    }

    static Deck deck(String name, Card... cards) {
        return new Deck(name, 5, "The Docker Engine", List.of(), "notes/05.md", List.of(cards));
    }

    private ProgressStore storeWith(Card... answered) throws ProgressException {
        ProgressStore s = ProgressStore.open(dir.resolve("progress.json"), ProgressStoreTest.CLOCK);
        for (Card c : answered) {
            s.answer(c.id(), new CardProgress("chapter-5", c.prompt(), ProgressStoreTest.progress(c.prompt(), 3).memory()),
                    ProgressStoreTest.review(c.id(), Rating.GOOD));
        }
        return s;
    }

    @Test
    void aCardRewordedTwiceRemembersTheIdItWasFirstKnownBy() throws Exception {
        BasicCard first = basic("Which command lists the running containers?");
        BasicCard second = basic("Which command lists all running containers?");
        BasicCard third = basic("Which command lists all the running containers?");
        try (ProgressStore s = storeWith(first)) {
            assertEquals(java.util.Map.of(), s.firstIds());
            assertEquals(1, s.reconcile(List.of(deck("chapter-5", second))).carried().size());
            assertEquals(java.util.Map.of(second.id(), first.id()), s.firstIds());
        }
        // kept in the file, and still the first id after a second rewording
        try (ProgressStore s = ProgressStore.open(dir.resolve("progress.json"), ProgressStoreTest.CLOCK)) {
            assertEquals(java.util.Map.of(second.id(), first.id()), s.firstIds());
            assertEquals(1, s.reconcile(List.of(deck("chapter-5", third))).carried().size());
            assertEquals(java.util.Map.of(third.id(), first.id()), s.firstIds());
            s.answer(third.id(), s.card(third.id()).orElseThrow(), ProgressStoreTest.review(third.id(), Rating.GOOD));
        }
        try (ProgressStore s = ProgressStore.openReadOnly(dir.resolve("progress.json"), ProgressStoreTest.CLOCK)) {
            assertEquals(java.util.Map.of(third.id(), first.id()), s.firstIds(), "answers do not lose it");
        }
        // reworded back to the first prompt: the card is its first id again
        try (ProgressStore s = ProgressStore.open(dir.resolve("progress.json"), ProgressStoreTest.CLOCK)) {
            assertEquals(1, s.reconcile(List.of(deck("chapter-5", first))).carried().size());
            assertEquals(java.util.Map.of(), s.firstIds());
        }
    }

    @Test
    void aRewordedPromptKeepsItsProgressAndReviews() throws Exception {
        BasicCard old = basic("Which command lists the running containers?");
        BasicCard reworded = basic("Which command lists all running containers?");
        BasicCard other = basic("What does docker image prune remove?");
        try (ProgressStore s = storeWith(old, other)) {
            ReconcileReport r = s.reconcile(List.of(deck("chapter-5", reworded, other)));
            assertEquals(1, r.carried().size(), r.toString());
            ReconcileReport.Carried c = r.carried().get(0);
            assertEquals(old.id(), c.from());
            assertEquals(reworded.id(), c.to());
            assertTrue(c.similarity() >= 0.8, "" + c.similarity());
            assertTrue(s.card(old.id()).isEmpty());
            assertEquals(reworded.prompt(), s.card(reworded.id()).orElseThrow().prompt());
            assertEquals(3, s.card(reworded.id()).orElseThrow().memory().reps());
            assertEquals(reworded.id(), s.reviews().get(0).card());
            assertTrue(r.orphans().isEmpty());
        }
        try (ProgressStore s = ProgressStore.openReadOnly(dir.resolve("progress.json"), ProgressStoreTest.CLOCK)) {
            assertTrue(s.card(reworded.id()).isPresent(), "carried over durably");
        }
    }

    @Test
    void aPromptThatContainsTheOldOneCountsAsReworded() throws Exception {
        BasicCard old = basic("Name the default network drivers");
        BasicCard longer = basic("Name the default network drivers that Docker ships with on Linux hosts");
        try (ProgressStore s = storeWith(old)) {
            assertEquals(1, s.reconcile(List.of(deck("chapter-5", longer))).carried().size());
        }
    }

    @Test
    void unrelatedOrAmbiguousOrOtherKindPromptsAreKeptAsOrphans() throws Exception {
        BasicCard gone = basic("What is the default logging driver?");
        BasicCard unrelated = basic("How do you publish all exposed ports?");
        try (ProgressStore s = storeWith(gone)) {
            ReconcileReport r = s.reconcile(List.of(deck("chapter-5", unrelated)));
            assertTrue(r.carried().isEmpty());
            assertEquals(List.of(new ReconcileReport.Orphan("chapter-5", gone.id(), gone.prompt())), r.orphans());
            assertTrue(s.card(gone.id()).isPresent(), "orphans are never dropped");
        }
    }

    @Test
    void twoCandidatesMeanNoCarryOver() throws Exception {
        BasicCard gone = basic("What is the default logging driver?");
        try (ProgressStore s = storeWith(gone)) {
            ReconcileReport r = s.reconcile(List.of(deck("chapter-5",
                    basic("What is the default logging driver now?"), basic("What is the default logging driver here?"))));
            assertTrue(r.carried().isEmpty(), r.toString());
            assertEquals(1, r.orphans().size());
        }
    }

    @Test
    void theKindMustMatch() throws Exception {
        BasicCard gone = basic("Which flag publishes every exposed port?");
        try (ProgressStore s = storeWith(gone)) {
            ReconcileReport r = s.reconcile(List.of(deck("chapter-5", choice("Which flag publishes all exposed ports?"))));
            assertTrue(r.carried().isEmpty(), r.toString());
        }
    }

    @Test
    void otherDecksAndCardsWithProgressAreLeftAlone() throws Exception {
        BasicCard gone = basic("What is the default logging driver?");
        BasicCard studied = basic("What is the default logging driver??");
        try (ProgressStore s = storeWith(gone, studied)) {
            // The near-identical new prompt already has progress: never merge two histories.
            ReconcileReport r = s.reconcile(List.of(deck("chapter-5", studied)));
            assertTrue(r.carried().isEmpty());
            // A different deck being loaded says nothing about chapter-5's cards.
            ReconcileReport other = s.reconcile(List.of(deck("chapter-6", basic("Something else entirely"))));
            assertTrue(other.isEmpty(), other.toString());
            assertFalse(s.cards().isEmpty());
        }
    }

    @Test
    void similarityIsNormalisedEditDistance() {
        assertEquals(1.0, Rewording.similarity("**Docker** engine", "docker   Engine"));
        assertEquals(3, Rewording.editDistance("kitten", "sitting"));
        assertFalse(Rewording.sameCard("docker", "docker swarm init --advertise-addr"), "short prompts need the edit-distance rule");
    }
}
