package dca.deck;

/** A study card. The drill shows {@link #prompt()} and reveals {@link #answer()}. */
public sealed interface Card permits BasicCard, ClozeCard, ListCard, ChoiceCard {
    CardMeta meta();

    Kind kind();

    /** What the drill asks, as plain text. */
    String prompt();

    /** What the drill reveals, as plain text. */
    String answer();

    /** Calls the visitor's method for this card's kind. */
    <R> R accept(CardVisitor<R> visitor);

    default CardId id() { return meta().id(); }

    default Source source() { return meta().source(); }
}
