package dca.srs;

/**
 * One card's reviews in time order, as the optimizer reads them.
 *
 * @param ratings   grades 1–4
 * @param deltaDays whole calendar days since the previous review (0 for the first review and for
 *                  a review on the same day as the previous one)
 * @param atMillis  when each review was made, to order items in time
 */
record CardReviews(int[] ratings, int[] deltaDays, long[] atMillis) {
    int size() { return ratings.length; }
}
