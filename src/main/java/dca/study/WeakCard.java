package dca.study;

import dca.progress.CardProgress;

/**
 * A card at risk, with its score (higher is weaker) and why, e.g.
 * "leech: 9 lapses; recall 62% < 90%; failed 2× in 7 days".
 */
public record WeakCard(StudyItem item, CardProgress progress, double recall, double score, String why) {}
