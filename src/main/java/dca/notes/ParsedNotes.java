package dca.notes;

import dca.deck.Deck;
import java.util.List;

/** What one notes file gave: its decks (one per chapter) and the problems found on the way. */
public record ParsedNotes(String file, List<Deck> decks, List<Problem> problems) {
    public ParsedNotes {
        decks = List.copyOf(decks);
        problems = List.copyOf(problems);
    }

    public int cardCount() {
        return decks.stream().mapToInt(d -> d.cards().size()).sum();
    }
}
