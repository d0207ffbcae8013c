package dca.notes;

import dca.deck.Deck;
import java.util.List;

/**
 * What one notes file gave: its decks (one per chapter) and the problems found on the way; or, for a
 * file that is not study notes (a licence, a page of links) or cannot be read, why it was skipped.
 */
public record ParsedNotes(String file, List<Deck> decks, List<Problem> problems, String skipped) {
    public ParsedNotes {
        decks = List.copyOf(decks);
        problems = List.copyOf(problems);
    }

    public ParsedNotes(String file, List<Deck> decks, List<Problem> problems) {
        this(file, decks, problems, null);
    }

    static ParsedNotes skipped(String file, String why, List<Problem> problems) {
        return new ParsedNotes(file, List.of(), problems, why);
    }

    public boolean isSkipped() {
        return skipped != null;
    }

    /** Skipped because it could not be read (not UTF-8): an error, not a page that is not notes. */
    public boolean unreadable() {
        return skipped != null && problems.stream().anyMatch(p -> !p.warning());
    }

    public int cardCount() {
        return decks.stream().mapToInt(d -> d.cards().size()).sum();
    }
}
