package dca.progress;

import dca.deck.CardId;

/**
 * When is a new prompt the old card reworded? Conservative on purpose: carrying progress to the
 * wrong card is worse than starting a reworded card fresh.
 */
final class Rewording {
    static final double THRESHOLD = 0.8;
    /** "One prompt contains the other" only counts when the shorter one says something. */
    static final int MIN_CONTAINED_LENGTH = 12;

    private Rewording() {}

    /** Similarity of two prompts after {@link CardId#normalize} and case folding: 1 − edit distance / longer length. */
    static double similarity(String a, String b) {
        String x = CardId.normalize(a).toLowerCase(java.util.Locale.ROOT);
        String y = CardId.normalize(b).toLowerCase(java.util.Locale.ROOT);
        int longer = Math.max(x.length(), y.length());
        if (longer == 0) return 1;
        return 1 - (double) editDistance(x, y) / longer;
    }

    static boolean sameCard(String oldPrompt, String newPrompt) {
        String x = CardId.normalize(oldPrompt).toLowerCase(java.util.Locale.ROOT);
        String y = CardId.normalize(newPrompt).toLowerCase(java.util.Locale.ROOT);
        if (x.isEmpty() || y.isEmpty()) return false;
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= MIN_CONTAINED_LENGTH && longer.contains(shorter)) return true;
        return similarity(x, y) >= THRESHOLD;
    }

    static int editDistance(String a, String b) {
        return dca.deck.EditDistance.between(a, b);
    }
}
