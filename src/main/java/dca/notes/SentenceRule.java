package dca.notes;

/**
 * A rule for one sentence of a paragraph or bullet: a paragraph of several sentences can make a
 * card from each. Tried in the order of {@link SentenceRules}; the first that makes a card for a
 * sentence wins that sentence.
 */
interface SentenceRule {
    String name();

    /** {@link Outcome#claimed} when it made the sentence's card, else a pass or a near miss. */
    Outcome apply(Sentence s, Block b, Extraction x);
}
