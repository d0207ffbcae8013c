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
        Question q = new QuestionMaker(Presentation.CHOICE).question(new StudyItem(containerd, deck));
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
    void theOptionOrderIsTheSameOnEveryRun() {
        Question a = new QuestionMaker(Presentation.CHOICE).question(new StudyItem(runc, deck));
        Question b = new QuestionMaker(Presentation.CHOICE).question(new StudyItem(runc, deck));
        assertEquals(a.options(), b.options());
    }

    @Test
    void aTermWithNoSiblingsStaysAFlashcard() {
        Deck alone = Decks.deck("chapter-5", overlay);
        assertEquals(Question.Kind.FLASH, new QuestionMaker(Presentation.CHOICE).question(new StudyItem(overlay, alone)).kind());
    }

    @Test
    void writtenChoiceCardsKeepTheirOrderUnlessFlashIsAsked() {
        var card = Decks.choice("Default bridge?", "docker0", "eth0", "br-int");
        Deck d = Decks.deck("chapter-5", card);
        Question q = new QuestionMaker(Presentation.AUTO).question(new StudyItem(card, d));
        assertEquals(List.of("docker0", "eth0", "br-int"), q.options().stream().map(Option::text).collect(Collectors.toList()));
        assertEquals(Question.Kind.FLASH, new QuestionMaker(Presentation.FLASH).question(new StudyItem(card, d)).kind());
        assertEquals(Question.Kind.FLASH, new QuestionMaker(Presentation.AUTO).question(new StudyItem(containerd, deck)).kind());
    }
}
