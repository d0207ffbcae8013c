package dca.study.stats;

import dca.srs.CardState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One line of the stats table (a chapter or a domain).
 *
 * @param byState          cards per FSRS state; cards without progress count as new
 * @param recallNow        mean recall probability now, never-studied cards counting as 0
 * @param recallExam       the same on the exam date; NaN without an exam date
 * @param retentionReviews reviews in the last 30 days of cards that were in the review state
 * @param retentionKept    of those, the ones not rated Again
 * @param leeches          cards with 8 or more lapses
 */
public record StatsRow(String label, int cards, Map<CardState, Integer> byState, double recallNow, double recallExam,
                       int retentionReviews, int retentionKept, int leeches) {
    public StatsRow {
        EnumMap<CardState, Integer> m = new EnumMap<>(CardState.class);
        for (CardState s : CardState.values()) m.put(s, byState.getOrDefault(s, 0));
        byState = Collections.unmodifiableMap(m);
    }

    public int count(CardState s) { return byState.get(s); }

    /** True retention: share of review-state reviews not forgotten; NaN when there were none. */
    public double retention() {
        return retentionReviews == 0 ? Double.NaN : (double) retentionKept / retentionReviews;
    }
}
