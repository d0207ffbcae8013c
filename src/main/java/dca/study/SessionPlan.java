package dca.study;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The queue a session starts with.
 *
 * @param due      review cards due today, least likely to be recalled first
 * @param fresh    new cards, in deck and source order, up to the new-card limit
 * @param learning cards in (re)learning steps, each returning when its step is due
 * @param buried   notes already studied today: their other cards wait until tomorrow
 */
public record SessionPlan(List<StudyItem> due, List<StudyItem> fresh, List<Pending> learning, Set<String> buried) {
    public record Pending(StudyItem item, Instant due) {}

    public SessionPlan {
        due = List.copyOf(due);
        fresh = List.copyOf(fresh);
        learning = List.copyOf(learning);
        buried = Set.copyOf(buried);
    }

    public int size() {
        return due.size() + fresh.size() + learning.size();
    }
}
