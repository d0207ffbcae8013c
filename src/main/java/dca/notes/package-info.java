/**
 * Markdown notes to decks: the commonmark walk, chapter detection, the card syntax rules and the
 * checks {@code dca check} reports, with each card's {@code file:line}; and
 * {@link dca.notes.MarkdownWriter}, which writes decks back in that syntax using the parser's own
 * rules. Knows nothing of scheduling, progress or terminals; depends on {@code dca.deck} and
 * {@code dca.io} only.
 */
package dca.notes;
