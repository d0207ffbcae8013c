package dca.deck;

import java.util.List;

/**
 * One chapter's cards (or an imported deck).
 *
 * @param name    canonical name, e.g. {@code chapter-5}; imported decks keep their own slug
 * @param chapter chapter number, 0 when the deck is not a numbered chapter
 * @param title   human title, e.g. "The Docker Engine"
 * @param domains DCA domains the deck covers, most important first
 * @param source  the notes file it came from (or the imported file)
 * @param cards   cards in source order
 */
public record Deck(String name, int chapter, String title, List<Domain> domains, String source, List<Card> cards) {
    public Deck {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("deck name is required");
        if (title == null) title = "";
        domains = domains == null ? List.of() : List.copyOf(domains);
        if (source == null) source = "";
        cards = cards == null ? List.of() : List.copyOf(cards);
    }

    public long count(Kind kind) {
        return cards.stream().filter(c -> c.kind() == kind).count();
    }

    /** "chapter-5 · The Docker Engine" */
    public String label() {
        return title.isEmpty() ? name : name + " · " + title;
    }
}
