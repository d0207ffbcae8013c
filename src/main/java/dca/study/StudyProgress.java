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
import java.util.List;
import java.util.Map;

/** The progress file as study sees it: its log, and the scheduler its settings choose. */
public final class StudyProgress implements AutoCloseable {
    private final ProgressStore store;
    private final Path path;
    private final FsrsScheduler scheduler;
    private final ProgressLog log;

    /** {@code path}: the file as the user named it, for messages. */
    public StudyProgress(ProgressStore store, Path path) {
        this.store = store;
        this.path = path;
        this.scheduler = FsrsScheduler.from(store.settings());
        this.log = new StoreLog(store);
    }

    /** Opens the file for writing (one writer at a time). */
    public static StudyProgress open(Path path, Clock clock, Storage storage) throws ProgressException {
        return new StudyProgress(ProgressStore.open(path, clock, storage), path);
    }

    /** Opens the file to read only: no lock, writes refused. */
    public static StudyProgress openReadOnly(Path path, Clock clock) throws ProgressException {
        return new StudyProgress(ProgressStore.openReadOnly(path, clock), path);
    }

    /** Carries the progress of reworded cards over before any answer is recorded against them. */
    public ReconcileReport reconcile(List<Deck> decks) throws ProgressException {
        return store.reconcile(decks);
    }

    public ProgressLog log() { return log; }

    public FsrsScheduler scheduler() { return scheduler; }

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
        public void answer(CardId id, CardProgress after, ReviewRecord review) throws ProgressException {
            store.answer(id, after, review);
        }

        @Override
        public void undo(CardId id, CardProgress before) throws ProgressException {
            store.undo(id, before);
        }
    }
}
