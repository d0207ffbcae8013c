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
    Settings settings = Settings.defaults();
    final Map<CardId, CardProgress> cards = new LinkedHashMap<>();
    /** The card kind, learnt when the card was last seen in the notes; used to match reworded prompts. */
    final Map<CardId, Kind> kinds = new HashMap<>();
    final List<ReviewRecord> reviews = new ArrayList<>();
    final List<ExamRecord> exams = new ArrayList<>();
    /**
     * Lowest index of {@link #reviews} changed other than by appending since the last save; the
     * encoder re-encodes from there. Every removal or replacement must lower it.
     */
    int reviewsChangedFrom = Integer.MAX_VALUE;

    void reviewChanged(int index) {
        reviewsChangedFrom = Math.min(reviewsChangedFrom, index);
    }
}
