package dca.srs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * fsrs-rs's outlier filter ({@code dataset.rs}). Items with exactly one review a day or more after
 * the previous (the pretraining set) are grouped by first grade and by the delay of that review.
 * Per first grade, the smallest groups are dropped until 5 % of the grade's items (at least 20)
 * are gone, and any other group of fewer than 6 items or with a delay over 100 days (365 after
 * Easy) goes too. Training items whose (first grade, first delay) group was dropped are removed.
 */
final class OutlierFilter {
    private OutlierFilter() {}

    record Filtered(List<TrainingItem> pretrain, List<TrainingItem> train) {}

    static Filtered apply(List<TrainingItem> pretrain, List<TrainingItem> all) {
        Map<Integer, Map<Integer, List<TrainingItem>>> groups = new TreeMap<>();
        for (TrainingItem item : pretrain) {
            groups.computeIfAbsent(item.firstRating(), k -> new TreeMap<>())
                    .computeIfAbsent(Math.max(1, item.firstLongTermDelta()), k -> new ArrayList<>()).add(item);
        }
        List<Set<Integer>> removed = new ArrayList<>();
        for (int i = 0; i <= 4; i++) removed.add(new HashSet<>());
        List<TrainingItem> kept = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, List<TrainingItem>>> byRating : groups.entrySet()) {
            int rating = byRating.getKey();
            List<Map.Entry<Integer, List<TrainingItem>>> subGroups = new ArrayList<>(byRating.getValue().entrySet());
            // Largest first, then longest delay first; walked from the end (smallest, shortest).
            subGroups.sort(Comparator.<Map.Entry<Integer, List<TrainingItem>>>comparingInt(e -> -e.getValue().size())
                    .thenComparing(e -> -e.getKey()));
            int total = 0;
            for (Map.Entry<Integer, List<TrainingItem>> e : subGroups) total += e.getValue().size();
            int hasBeenRemoved = 0;
            for (int i = subGroups.size() - 1; i >= 0; i--) {
                int delta = subGroups.get(i).getKey();
                List<TrainingItem> group = subGroups.get(i).getValue();
                if (hasBeenRemoved + group.size() >= Math.max(20, total / 20)) {
                    if (group.size() < 6 || delta > (rating != 4 ? 100 : 365)) removed.get(rating).add(delta);
                    else kept.addAll(group);
                } else {
                    hasBeenRemoved += group.size();
                    removed.get(rating).add(delta);
                }
            }
        }
        List<TrainingItem> train = new ArrayList<>();
        for (TrainingItem item : all) {
            if (item.longTermReviews() == 0
                    || !removed.get(item.firstRating()).contains(Math.max(1, item.firstLongTermDelta()))) {
                train.add(item);
            }
        }
        return new Filtered(kept, train);
    }
}
