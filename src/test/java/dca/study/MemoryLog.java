package dca.study;

import dca.deck.CardId;
import dca.progress.CardProgress;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A progress log in memory, for tests of sessions. */
public final class MemoryLog implements ProgressLog {
    public final Map<CardId, CardProgress> cards = new HashMap<>();
    public final List<ReviewRecord> reviews = new ArrayList<>();
    Settings settings = Settings.defaults();

    @Override public Settings settings() { return settings; }
    @Override public Map<CardId, CardProgress> cards() { return Map.copyOf(cards); }
    @Override public List<ReviewRecord> reviews() { return List.copyOf(reviews); }

    @Override
    public void answer(CardId id, CardProgress after, ReviewRecord review) {
        cards.put(id, after);
        reviews.add(review);
    }

    @Override
    public void undo(CardId id, CardProgress before) {
        for (int i = reviews.size() - 1; i >= 0; i--) {
            if (reviews.get(i).card().equals(id)) {
                reviews.remove(i);
                break;
            }
        }
        if (before == null) cards.remove(id);
        else cards.put(id, before);
    }
}
