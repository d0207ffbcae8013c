package dca.notes;

import dca.deck.Card;
import dca.deck.Deck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test notes under src/test/resources/dca/notes, parsed as the loader would. */
final class Fixtures {
    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dca/notes/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedNotes parse(String name) {
        return NotesParser.parse(text(name), name);
    }

    static Deck deck(ParsedNotes p, String deckName) {
        return p.decks().stream().filter(d -> d.name().equals(deckName)).findFirst()
                .orElseThrow(() -> new AssertionError("no deck " + deckName + " in " + p.decks().stream().map(Deck::name).toList()));
    }

    static List<String> prompts(Deck d) {
        return d.cards().stream().map(Card::prompt).toList();
    }
}
