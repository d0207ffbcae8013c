package dca.srs;

/**
 * One training item as fsrs-rs defines it: the first {@code length} reviews of a card, the last of
 * which (made a day or more after the one before) is the review whose outcome is predicted from
 * the others. Same-day reviews are part of a history but never a target.
 */
public record TrainingItem(CardReviews card, int length) {
    int targetRating() { return card.ratings()[length - 1]; }

    int targetDelta() { return card.deltaDays()[length - 1]; }

    /** When the target review was made (epoch milliseconds). */
    public long targetAt() { return card.atMillis()[length - 1]; }

    /** 1 when the target review was recalled (any grade but Again). */
    int label() { return targetRating() > 1 ? 1 : 0; }

    int firstRating() { return card.ratings()[0]; }

    /** Reviews of the item made a day or more after the previous one. */
    int longTermReviews() {
        int n = 0;
        for (int i = 0; i < length; i++) if (card.deltaDays()[i] >= 1) n++;
        return n;
    }

    /** Days before the first review made a day or more after the previous one (0 if none). */
    int firstLongTermDelta() {
        for (int i = 0; i < length; i++) if (card.deltaDays()[i] >= 1) return card.deltaDays()[i];
        return 0;
    }

    /** Lapses in the history: Again on a review a day or more after the previous one. */
    int historyLapses() {
        int n = 0;
        for (int i = 0; i < length - 1; i++) if (card.ratings()[i] == 1 && card.deltaDays()[i] >= 1) n++;
        return n;
    }
}
