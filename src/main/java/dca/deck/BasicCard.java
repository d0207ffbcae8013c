package dca.deck;

/**
 * Prompt and answer. {@code origin} says which syntax made it, which matters for generated choice
 * questions (term cards lend distractors to their siblings) and for export.
 */
public record BasicCard(CardMeta meta, Origin origin, String prompt, String answer) implements Card {
    public enum Origin {
        /** {@code Q:}/{@code A:} paragraphs. */
        QA,
        /** {@code term :: definition}, {@code **Term**: def}, {@code Term - def}, {@code `--flag`: meaning}. */
        TERM,
        /** The second direction of {@code term ::: definition}. */
        REVERSE,
        /** A label followed by a command in inline code; the answer is the command, verbatim. */
        COMMAND,
        /** A row of a command/description table. */
        TABLE,
        /** A {@code <details><summary>} block. */
        DETAILS
    }

    public BasicCard {
        if (origin == null) origin = Origin.QA;
        if (prompt == null) prompt = "";
        if (answer == null) answer = "";
    }

    @Override
    public Kind kind() { return Kind.BASIC; }

    @Override
    public <R> R accept(CardVisitor<R> visitor) { return visitor.basic(this); }
}
