package dca.study;

import dca.deck.CardId;
import dca.deck.Deck;
import dca.progress.CardProgress;
import dca.progress.ProgressException;
import dca.progress.ProgressStore;
import dca.progress.ReconcileReport;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.progress.Storage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The progress file as study sees it: its log, and the scheduler its settings choose (FSRS with
 * the fitted weights if any, in exam mode while an exam date is set and exam mode is on).
 */
public final class StudyProgress implements AutoCloseable {
    private final ProgressStore store;
    private final Path path;
    private final Scheduler scheduler;
    private final ProgressLog log;

    /** {@code path}: the file as the user named it, for messages. */
    public StudyProgress(ProgressStore store, Path path, ZoneId zone) {
        this.store = store;
        this.path = path;
        this.scheduler = ExamScheduler.of(FsrsScheduler.from(store.settings()), store.settings(), zone);
        this.log = new StoreLog(store);
    }

    /** Opens the file for writing (one writer at a time). */
    public static StudyProgress open(Path path, Clock clock, Storage storage) throws ProgressException {
        return new StudyProgress(ProgressStore.open(path, clock, storage), path, clock.getZone());
    }

    /** Opens the file to read only: no lock, writes refused. */
    public static StudyProgress openReadOnly(Path path, Clock clock) throws ProgressException {
        return new StudyProgress(ProgressStore.openReadOnly(path, clock), path, clock.getZone());
    }

    /** Carries the progress of reworded cards over before any answer is recorded against them. */
    public ReconcileReport reconcile(List<Deck> decks) throws ProgressException {
        return store.reconcile(decks);
    }

    public ProgressLog log() { return log; }

    public Scheduler scheduler() { return scheduler; }

    /** The store itself, for what is not a review: the exam history, settings. */
    public ProgressStore store() { return store; }

    public Path path() { return path; }

    @Override
    public void close() {
        store.close();
    }

    private record StoreLog(ProgressStore store) implements ProgressLog {
        @Override public Settings settings() { return store.settings(); }
        @Override public Map<CardId, CardProgress> cards() { return store.cards(); }
        @Override public List<ReviewRecord> reviews() { return store.reviews(); }

        @Override
        public ReviewHistory history() {
            return new ReviewHistory() {
                @Override
                public List<ReviewRecord> since(java.time.Instant from) throws ProgressException {
                    return store.reviewsSince(from);
                }

                @Override
                public Map<CardId, Map<String, dca.progress.FirstReview>> firstReviews(java.util.Collection<CardId> cards) throws ProgressException {
                    return store.firstReviews(cards);
                }

                @Override
                public Map<CardId, Integer> counts(java.util.Collection<CardId> cards) {
                    return store.reviewCounts(cards);
                }
            };
        }

        @Override
        public void answer(CardId id, CardProgress after, ReviewRecord review) throws ProgressException {
            store.answer(id, after, review);
        }

        @Override
        public void undo(CardId id, CardProgress before) throws ProgressException {
            store.undo(id, before);
        }
    }
}
