package dca.study;

import dca.deck.CardId;
import dca.progress.CardProgress;
import dca.progress.ProgressException;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import java.util.List;
import java.util.Map;

/** What a session reads from and writes to the progress file. Every write is durable when it returns. */
public interface ProgressLog {
    Settings settings();

    Map<CardId, CardProgress> cards();

    List<ReviewRecord> reviews();

    /** The log as a session plan reads it; a store with a long history answers without reading it all. */
    default ReviewHistory history() {
        return ReviewHistory.of(reviews());
    }

    void answer(CardId id, CardProgress after, ReviewRecord review) throws ProgressException;

    /** Takes back the last review of {@code id}; {@code before} null means the card had no progress. */
    void undo(CardId id, CardProgress before) throws ProgressException;
}
