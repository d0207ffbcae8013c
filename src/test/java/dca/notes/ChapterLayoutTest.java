package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Card;
import dca.deck.Deck;
import dca.deck.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chapter nested in a study group's multi-chapter list reads the same as the chapter in its own file. */
class ChapterLayoutTest {
    private final ParsedNotes group = Fixtures.parse("pair/group-notes.md");
    private final ParsedNotes own = Fixtures.parse("pair/05-the-docker-engine.md");

    @Test
    void listOfChaptersGivesOneDeckPerItemAndSkipsTheLinkOnlyItem() {
        assertEquals(List.of("chapter-1", "chapter-2", "chapter-3", "chapter-4", "chapter-5"),
                group.decks().stream().map(Deck::name).toList());
        assertEquals("The Docker Engine", Fixtures.deck(group, "chapter-5").title());
        assertEquals("Installing Docker", Fixtures.deck(group, "chapter-3").title());
    }

    @Test
    void sameChapterInItsOwnFileHasTheSameCardsAndIds() {
        Deck nested = Fixtures.deck(group, "chapter-5");
        Deck alone = Fixtures.deck(own, "chapter-5");
        assertEquals(ids(alone), ids(nested));
        assertEquals(Fixtures.prompts(alone), Fixtures.prompts(nested));
        assertEquals(7, alone.cards().size());
    }

    @Test
    void linesPointIntoTheChapter() {
        Deck nested = Fixtures.deck(group, "chapter-5");
        for (Card c : nested.cards()) {
            assertTrue(c.source().line() >= 34 && c.source().line() <= 48, c.source().toString());
            assertEquals("pair/group-notes.md", c.source().file());
        }
        Card runc = nested.cards().stream().filter(c -> c.prompt().equals("runc")).findFirst().orElseThrow();
        assertEquals(42, runc.source().line());
        assertEquals(List.of("The Docker Engine", "The engine is split into"), runc.meta().context());
    }

    @Test
    void meetingNotesTodoAndResourcesMakeNoCards() {
        for (Deck d : group.decks()) {
            for (Card c : d.cards()) {
                String all = (c.prompt() + " " + c.answer()).toLowerCase();
                assertFalse(all.contains("room") || all.contains("practice labs") || all.contains("docs.docker.com")
                        || all.contains("next time"), c.toString());
                assertTrue(c.source().line() > 15, c.source().toString());
            }
        }
    }

    @Test
    void enumerationListsTheTermsAndEachTermIsACard() {
        Deck d = Fixtures.deck(own, "chapter-5");
        Card list = d.cards().get(0);
        assertEquals(Kind.LIST, list.kind());
        assertEquals("The engine is split into", list.prompt());
        assertEquals("- dockerd\n- containerd (the supervisor)\n- runc\n- shim", list.answer());
        assertTrue(Fixtures.prompts(d).containsAll(List.of("dockerd", "containerd (the supervisor)", "runc", "shim")));
    }

    private static List<String> ids(Deck d) {
        return d.cards().stream().map(c -> c.id().value()).toList();
    }
}
