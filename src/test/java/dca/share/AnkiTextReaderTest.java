package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.BasicCard;
import dca.deck.CardId;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Anki text written by Anki itself (no dca guids, no dca markup) and edge cases of the format. */
class AnkiTextReaderTest {
    @Test
    void notesWithoutGuidsGetIdsFromTheirPromptsAndOneCardPerClozeNumber() throws Exception {
        String text = """
                #separator:tab
                #html:true
                #notetype column:1
                #deck column:2
                #tags column:5
                Basic\tGroup::Networking\tWhat is the <b>ingress</b> network?\tThe routing mesh&nbsp;overlay<br>on every node\tnetworking o4.1
                Cloze\tGroup::Networking\tOverlay traffic uses {{c1::VXLAN::a protocol}} on port {{c2::4789}}\tswarm\tnetworking
                "Basic"\tGroup::Networking\t"Two ""quoted"" words"\tyes\t
                """;
        List<Deck> decks = AnkiTextReader.read(text, "export");
        assertEquals(1, decks.size());
        Deck d = decks.get(0);
        assertEquals("networking", d.name());
        assertEquals(List.of(Domain.NETWORKING), d.domains());
        assertEquals(4, d.cards().size());
        BasicCard b = (BasicCard) d.cards().get(0);
        assertEquals("What is the ingress network?", b.prompt());
        assertEquals("The routing mesh overlay\non every node", b.answer());
        assertEquals(CardId.of(Kind.BASIC, "Group::Networking", "What is the ingress network?"), b.id());
        assertEquals(List.of("networking", "o4.1"), b.meta().tags());
        ClozeCard c1 = (ClozeCard) d.cards().get(1);
        ClozeCard c2 = (ClozeCard) d.cards().get(2);
        // Anki's cloze numbers and hints are kept: the hint shows in place of the hidden part.
        assertEquals("Overlay traffic uses {{c1::VXLAN::a protocol}} on port {{c2::4789}}", c1.text());
        assertEquals("Overlay traffic uses [a protocol] on port 4789", c1.prompt());
        assertEquals("VXLAN", c1.answer());
        assertEquals("Overlay traffic uses VXLAN on port [...]", c2.prompt());
        assertEquals("4789", c2.answer());
        assertEquals(c1.meta().note(), c2.meta().note());
        assertEquals(List.of("Networking", "swarm"), c1.meta().context());
        assertEquals("Two \"quoted\" words", d.cards().get(3).prompt());
    }

    @Test
    void chapterDeckNamesComeBackAsChapterDecks() throws Exception {
        String text = "#separator:tab\n#html:false\n#deck:DCA::Chapter 07 Images\nFront\tBack\n";
        Deck d = AnkiTextReader.read(text, "x").get(0);
        assertEquals("chapter-7", d.name());
        assertEquals(7, d.chapter());
        assertEquals("Images", d.title());
    }

    @Test
    void badHeadersAndBadIdsAreRefusedWithTheLine() {
        ImportException sep = assertThrows(ImportException.class,
                () -> AnkiTextReader.read("#separator:weird\nFront\tBack\n", "f.txt"));
        assertTrue(sep.getMessage().startsWith("f.txt: line 1: unknown separator"), sep.getMessage());
        ImportException id = assertThrows(ImportException.class,
                () -> AnkiTextReader.read("#separator:tab\n#guid column:1\ndca:../../x\tFront\tBack\n", "f.txt"));
        assertTrue(id.getMessage().contains("line 3:") && id.getMessage().contains("not a valid card id"), id.getMessage());
        ImportException cloze = assertThrows(ImportException.class,
                () -> AnkiTextReader.read("#notetype:Cloze\nno deletions here\t\n", "f.txt"));
        assertTrue(cloze.getMessage().contains("without {{c1::"), cloze.getMessage());
    }
}
