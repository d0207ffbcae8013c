package dca.study;

import dca.deck.CardId;
import dca.progress.FirstReview;
import dca.progress.ProgressException;
import dca.progress.ReviewRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What planning a session needs of the review log: the reviews since the start of the day, and
 * when some cards were first reviewed. A long history is then not read whole at every start (the
 * progress file answers both from its snapshot).
 */
public interface ReviewHistory {
    /** Reviews at or after {@code from}, oldest first. */
    List<ReviewRecord> since(Instant from) throws ProgressException;

    /** Each card's first review in each mode (cards never reviewed are left out). */
    Map<CardId, Map<String, FirstReview>> firstReviews(Collection<CardId> cards) throws ProgressException;

    /** How many reviews each of {@code cards} has in the log, in any mode (cards never reviewed are left out). */
    Map<CardId, Integer> counts(Collection<CardId> cards);

    /** The history a full log in memory gives. */
    static ReviewHistory of(List<ReviewRecord> reviews) {
        return new ReviewHistory() {
            @Override
            public List<ReviewRecord> since(Instant from) {
                List<ReviewRecord> out = new ArrayList<>();
                for (ReviewRecord r : reviews) if (!r.at().isBefore(from)) out.add(r);
                return out;
            }

            @Override
            public Map<CardId, Map<String, FirstReview>> firstReviews(Collection<CardId> cards) {
                Set<CardId> wanted = new HashSet<>(cards);
                Map<CardId, Map<String, FirstReview>> out = new HashMap<>();
                for (int i = 0; i < reviews.size(); i++) {
                    ReviewRecord r = reviews.get(i);
                    if (wanted.contains(r.card())) {
                        out.computeIfAbsent(r.card(), c -> new HashMap<>()).putIfAbsent(r.mode() == null ? "" : r.mode(), new FirstReview(i, r.at()));
                    }
                }
                return out;
            }

            @Override
            public Map<CardId, Integer> counts(Collection<CardId> cards) {
                Set<CardId> wanted = new HashSet<>(cards);
                Map<CardId, Integer> out = new HashMap<>();
                for (ReviewRecord r : reviews) if (wanted.contains(r.card())) out.merge(r.card(), 1, Integer::sum);
                return out;
            }
        };
    }
}
