package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dca.deck.Card;
import dca.deck.Deck;
import dca.deck.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The study group's real notes, when they are next to the repository (they are not part of it). */
class SampleNotesTest {
    private static final Path SAMPLE = Path.of("../../shared/samples/study-group-notes.md");

    @Test
    void realSampleGivesChaptersOneToFiveAndTheEngineCards() throws Exception {
        assumeTrue(Files.isRegularFile(SAMPLE), "sample notes not present");
        ParsedNotes p = NotesLoader.parse(SAMPLE, SAMPLE.toAbsolutePath().normalize().getParent());
        assertEquals(List.of("chapter-1", "chapter-2", "chapter-3", "chapter-4", "chapter-5"),
                p.decks().stream().map(Deck::name).toList());
        Deck engine = Fixtures.deck(p, "chapter-5");
        String prompts = String.join("\n", Fixtures.prompts(engine));
        for (String term : List.of("Docker client", "dockerd", "containerd", "containerd-shim", "runc", "LXC")) {
            assertTrue(prompts.contains(term), term + " missing from\n" + prompts);
        }
        List<String> lists = engine.cards().stream().filter(c -> c.kind() == Kind.LIST).map(Card::prompt).toList();
        assertEquals(List.of("Docker used to be made up of", "Docker is now made up of"), lists);
        for (Card c : engine.cards()) {
            assertTrue(c.source().line() >= 61 && c.source().line() <= 93, c.source().toString());
        }
        for (Deck d : p.decks()) {
            for (Card c : d.cards()) assertTrue(c.source().line() > 22, "card from before the book notes: " + c);
        }
    }
}
