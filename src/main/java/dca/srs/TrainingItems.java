package dca.srs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a review log into fsrs-rs training items, and splits them in time. */
public final class TrainingItems {
    private TrainingItems() {}

    /**
     * Groups the log per card (each card's reviews in time order) and makes one item for every
     * review made a calendar day or more after the card's previous review (days counted in
     * {@code zone}). The items come in time order of their target review; ties keep log order.
     * The caller leaves out answers that do not schedule (cram, exam).
     */
    public static List<TrainingItem> of(List<ReviewEvent> log, ZoneId zone) {
        Map<String, List<ReviewEvent>> byCard = new LinkedHashMap<>();
        for (ReviewEvent e : log) byCard.computeIfAbsent(e.card(), k -> new ArrayList<>()).add(e);
        List<TrainingItem> items = new ArrayList<>();
        for (List<ReviewEvent> reviews : byCard.values()) {
            reviews.sort(Comparator.comparing(ReviewEvent::at)); // stable: equal instants keep log order
            int n = reviews.size();
            int[] ratings = new int[n];
            int[] deltas = new int[n];
            long[] at = new long[n];
            LocalDate previous = null;
            for (int i = 0; i < n; i++) {
                ReviewEvent e = reviews.get(i);
                LocalDate day = LocalDate.ofInstant(e.at(), zone);
                ratings[i] = e.rating().value();
                deltas[i] = previous == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(previous, day));
                at[i] = e.at().toEpochMilli();
                previous = day;
            }
            CardReviews card = new CardReviews(ratings, deltas, at);
            for (int i = 1; i < n; i++) {
                if (deltas[i] >= 1) items.add(new TrainingItem(card, i + 1));
            }
        }
        items.sort(Comparator.comparingLong(TrainingItem::targetAt));
        return items;
    }

    /** The time-ordered split: the last quarter of the items (rounded down) is held out. */
    public record Split(List<TrainingItem> train, List<TrainingItem> test) {}

    public static Split split(List<TrainingItem> timeOrdered) {
        int trainCount = timeOrdered.size() - timeOrdered.size() / 4;
        return new Split(List.copyOf(timeOrdered.subList(0, trainCount)),
                List.copyOf(timeOrdered.subList(trainCount, timeOrdered.size())));
    }

    /** Reviews (answers) behind a list of items: the distinct cards' review counts. */
    public static int reviews(List<TrainingItem> items) {
        java.util.Set<CardReviews> cards = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int n = 0;
        for (TrainingItem item : items) if (cards.add(item.card())) n += item.card().size();
        return n;
    }
}
