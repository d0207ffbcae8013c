package dca.progress;

import dca.deck.CardId;
import dca.deck.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mutable content of a progress file while it is in memory; {@link ProgressStore} guards it. */
final class ProgressData {
    /** Settings a file from before the settings file still holds (null: none), until they are migrated. */
    Settings settings;
    final Map<CardId, CardProgress> cards = new LinkedHashMap<>();
    /** The card kind, learnt when the card was last seen in the notes; used to match reworded prompts. */
    final Map<CardId, Kind> kinds = new HashMap<>();
    /**
     * The id a card had before it was reworded and its progress carried over (DESIGN §3), kept so
     * that exports can give the card the identity other tools know it by (its Anki guid).
     */
    final Map<CardId, CardId> firstIds = new HashMap<>();
    final List<ReviewRecord> reviews = new ArrayList<>();
    final List<ExamRecord> exams = new ArrayList<>();
    /**
     * Lowest index of {@link #reviews} changed other than by appending since the last save; the
     * encoder re-encodes from there. Every removal or replacement must lower it.
     */
    int reviewsChangedFrom = Integer.MAX_VALUE;

    /** The last journal entry folded into the file ("journalSeq"). */
    long journalSeq;

    /**
     * Read from the {@link Snapshot}, not the file: {@link #reviews} holds only the log from position
     * {@link #suffixFrom} on (every review before it is at or before {@link #before}), and
     * {@link #firsts} each card's first review per mode. Whatever needs the whole log reads the file.
     */
    boolean partial;
    int suffixFrom;
    java.time.Instant before;
    Map<CardId, Map<String, FirstReview>> firsts;
    /** While partial: each card's number of reviews in the whole log. */
    Map<CardId, Integer> counts;

    /** Records an answer; returns the card's previous progress. */
    CardProgress answer(CardId id, CardProgress after, ReviewRecord review) {
        reviews.add(review);
        if (partial) {
            firsts.computeIfAbsent(id, c -> new HashMap<>(4))
                    .putIfAbsent(Snapshot.mode(review), new FirstReview(suffixFrom + reviews.size() - 1, review.at()));
            counts.merge(id, 1, Integer::sum);
        }
        return cards.put(id, after);
    }

    /** What {@link #undo} changed, so a failed save can put it back. */
    record Undone(CardProgress replaced, int index, ReviewRecord dropped) {}

    /** Restores the card's previous progress (null removes it) and drops its last review. */
    Undone undo(CardId id, CardProgress before) {
        int last = -1;
        for (int i = reviews.size() - 1; i >= 0; i--) {
            if (reviews.get(i).card().equals(id)) {
                last = i;
                break;
            }
        }
        ReviewRecord dropped = last >= 0 ? reviews.remove(last) : null;
        if (dropped != null) reviewChanged(last);
        CardProgress replaced = before == null ? cards.remove(id) : cards.put(id, before);
        return new Undone(replaced, last, dropped);
    }

    void revert(CardId id, Undone u) {
        if (u.replaced() == null) cards.remove(id);
        else cards.put(id, u.replaced());
        if (u.dropped() != null) {
            reviews.add(u.index(), u.dropped());
            reviewChanged(u.index());
        }
    }

    void revertAnswer(CardId id, CardProgress before) {
        ReviewRecord dropped = reviews.remove(reviews.size() - 1);
        if (partial) {
            Map<String, FirstReview> f = firsts.get(id);
            FirstReview first = f == null ? null : f.get(Snapshot.mode(dropped));
            if (first != null && first.position() == suffixFrom + reviews.size()) f.remove(Snapshot.mode(dropped));
            counts.merge(id, -1, Integer::sum);
        }
        reviewChanged(reviews.size());
        if (before == null) cards.remove(id);
        else cards.put(id, before);
    }

    void reviewChanged(int index) {
        reviewsChangedFrom = Math.min(reviewsChangedFrom, index);
    }
}
