package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.BasicCard;
import dca.deck.Deck;
import dca.deck.Option;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuestionMakerTest {
    final BasicCard containerd = Decks.term("containerd", "manages the container lifecycle", "Engine", "Components");
    final BasicCard runc = Decks.term("runc", "creates containers from OCI bundles", "Engine", "Components");
    final BasicCard shim = Decks.term("shim", "keeps a container running without the daemon", "Engine", "Components");
    final BasicCard dup = Decks.term("containerd-2", "Manages the  container lifecycle", "Engine", "Components");
    final BasicCard overlay = Decks.term("overlay2", "the default storage driver", "Engine", "Storage");
    final BasicCard swarm = Decks.term("raft", "consensus among managers", "Engine", "Swarm");
    final Deck deck = Decks.deck("chapter-5", containerd, runc, shim, dup, overlay, swarm);

    @Test
    void termCardsBecomeChoiceQuestionsWithSiblingDistractorsFromTheSameListFirst() {
        Question q = new QuestionMaker(Presentation.CHOICE).question(new StudyItem(containerd, deck), 0);
        assertTrue(q.isChoice());
        assertTrue(q.generated());
        assertEquals(4, q.options().size());
        List<String> texts = q.options().stream().map(Option::text).toList();
        assertEquals(1, q.rightOptions().size());
        assertEquals("manages the container lifecycle", q.options().get(q.rightOptions().iterator().next()).text());
        // Never a duplicate of the answer (case and spacing folded), same list before other sections.
        assertTrue(texts.contains(runc.answer()) && texts.contains(shim.answer()), texts.toString());
        assertEquals(4, Set.copyOf(texts).size());
        assertTrue(texts.stream().noneMatch(t -> t.equals(dup.answer())), texts.toString());
    }

    @Test
    void theOptionOrderIsTheSameOnEveryRunAndFollowsTheReviewCount() {
        Question a = new QuestionMaker(Presentation.CHOICE).question(new StudyItem(runc, deck), 0);
        Question b = new QuestionMaker(Presentation.CHOICE).question(new StudyItem(runc, deck), 0);
        assertEquals(a.options(), b.options());
        // Generated questions keep their distractors and take the order of the review count.
        Set<List<Option>> seen = new java.util.HashSet<>();
        for (int n = 0; n < 6; n++) {
            Question q = new QuestionMaker(Presentation.CHOICE).question(new StudyItem(runc, deck), n);
            assertEquals(Set.copyOf(a.options()), Set.copyOf(q.options()));
            seen.add(q.options());
        }
        assertTrue(seen.size() >= 3, "six reviews of four options show several orders: " + seen);
    }

    @Test
    void aTermWithNoSiblingsStaysAFlashcard() {
        Deck alone = Decks.deck("chapter-5", overlay);
        assertEquals(Question.Kind.FLASH, new QuestionMaker(Presentation.CHOICE).question(new StudyItem(overlay, alone), 0).kind());
    }

    @Test
    void writtenChoiceCardsAreShuffledByReviewCountUnlessFlashIsAsked() {
        var card = Decks.choice("Default bridge?", "docker0", "eth0", "br-int", "virbr0");
        Deck d = Decks.deck("chapter-5", card);
        Set<List<String>> orders = new java.util.HashSet<>();
        Set<Integer> rightAt = new java.util.TreeSet<>();
        for (int n = 0; n < 12; n++) {
            Question q = new QuestionMaker(Presentation.AUTO).question(new StudyItem(card, d), n);
            List<String> texts = q.options().stream().map(Option::text).collect(Collectors.toList());
            assertEquals(Set.of("docker0", "eth0", "br-int", "virbr0"), Set.copyOf(texts));
            assertEquals(List.of(texts.indexOf("docker0")), List.copyOf(q.rightOptions()));
            orders.add(texts);
            rightAt.addAll(q.rightOptions());
        }
        assertTrue(orders.size() >= 6, "twelve reviews show many orders: " + orders);
        assertTrue(rightAt.size() >= 3, "the right option moves around: " + rightAt);
        assertEquals(Question.Kind.FLASH, new QuestionMaker(Presentation.FLASH).question(new StudyItem(card, d), 0).kind());
        assertEquals(Question.Kind.FLASH, new QuestionMaker(Presentation.AUTO).question(new StudyItem(containerd, deck), 0).kind());
    }
}
