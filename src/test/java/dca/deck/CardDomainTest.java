package dca.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dca.study.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardDomainTest {
    private final Deck deck = new Deck("chapter-3", 3, "T", List.of(Domain.SECURITY, Domain.STORAGE), "", List.of());

    @Test
    void objectiveTagWinsOverDomainTagAndDeck() {
        ChoiceCard c = Fixtures.choice("q", 2, "images", "o4.12");
        assertEquals(Optional.of(Domain.NETWORKING), CardDomain.of(c, deck));
    }

    @Test
    void firstExactDomainTagWhenNoObjective() {
        ChoiceCard c = Fixtures.choice("q", 2, "images-cleanup", "storage", "images");
        assertEquals(Optional.of(Domain.STORAGE), CardDomain.of(c, deck));
    }

    @Test
    void deckFirstDomainOtherwise() {
        ChoiceCard c = Fixtures.choice("q", 2, "o9.1", "misc");
        assertEquals(Optional.of(Domain.SECURITY), CardDomain.of(c, deck));
        Deck bare = new Deck("x", 0, "", List.of(), "", List.of());
        assertEquals(Optional.empty(), CardDomain.of(c, bare));
    }

    @Test
    void objectiveIdsNumberTheDomainsInExamOrder() {
        assertEquals(Optional.of(Domain.ORCHESTRATION), CardDomain.ofObjective("o1.19"));
        assertEquals(Optional.of(Domain.STORAGE), CardDomain.ofObjective("O6.2"));
        assertEquals(Optional.empty(), CardDomain.ofObjective("o7.1"));
        assertEquals(Optional.empty(), CardDomain.ofObjective("networking"));
    }

    @Test
    void onlyAnExactSlugIsADomainTag() {
        assertEquals(Optional.of(Domain.IMAGES), CardDomain.ofTag("images"));
        assertEquals(Optional.empty(), CardDomain.ofTag("image-cleanup"));
        assertEquals(Optional.empty(), CardDomain.ofTag("o2.1"));
    }
}
