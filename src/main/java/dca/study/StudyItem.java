package dca.study;

import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.Deck;

/** A card together with the deck it is studied in (the header and the progress file name the deck). */
public record StudyItem(Card card, Deck deck) {
    public CardId id() { return card.id(); }

    /** Siblings (parts of one cloze, two directions of {@code :::}) share a note. */
    public String note() { return card.meta().note(); }

    public dca.deck.Source source() { return card.source(); }
}
