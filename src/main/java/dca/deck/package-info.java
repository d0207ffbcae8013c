/**
 * The model every other package shares: the sealed {@link dca.deck.Card} with its four kinds and
 * {@link dca.deck.CardVisitor}, decks, card ids, exam domains and the one rule for a card's domain
 * ({@link dca.deck.CardDomain}), finding decks by name, and the deck JSON codec. Depends on no
 * other dca package.
 */
package dca.deck;
