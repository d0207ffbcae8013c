package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Card;
import dca.deck.Deck;
import dca.deck.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Notes in the shape study groups keep them: meeting notes, a to-do list and links first, then the
 * book's chapters as items of one numbered list (all written {@code 1.}), chapter 5 nested in its item.
 */
class SampleNotesTest {
    static final Path SAMPLE = Path.of("src/test/resources/dca/notes/sample/study-group-notes.md");

    @Test
    void groupNotesGiveChaptersOneToFiveAndTheEngineCards() throws Exception {
        assertTrue(Files.isRegularFile(SAMPLE), "fixture missing: " + SAMPLE.toAbsolutePath());
        ParsedNotes p = NotesLoader.parse(SAMPLE, SAMPLE.toAbsolutePath().normalize().getParent());
        assertEquals(List.of("chapter-1", "chapter-2", "chapter-3", "chapter-4", "chapter-5"),
                p.decks().stream().map(Deck::name).toList());
        Deck engine = Fixtures.deck(p, "chapter-5");
        String prompts = String.join("\n", Fixtures.prompts(engine));
        for (String term : List.of("Docker client", "dockerd", "containerd", "containerd-shim", "runc", "LXC")) {
            assertTrue(prompts.contains(term), term + " missing from\n" + prompts);
        }
        List<String> lists = engine.cards().stream().filter(c -> c.kind() == Kind.LIST).map(Card::prompt).toList();
        assertEquals(List.of("The engine used to be built from", "The engine is now built from"), lists);
        assertEquals(9, engine.cards().size(), prompts);
        for (Card c : engine.cards()) {
            assertTrue(c.source().line() >= 51 && c.source().line() <= 83, c.source().toString());
        }
        for (Deck d : p.decks()) {
            for (Card c : d.cards()) assertTrue(c.source().line() > 18, "card from before the book notes: " + c);
        }
    }
}
