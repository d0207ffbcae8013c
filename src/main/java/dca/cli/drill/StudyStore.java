package dca.cli.drill;

import dca.cli.run.GlobalOptions;
import dca.cli.run.Inert;
import dca.cli.run.Locations;
import dca.cli.run.Timing;
import dca.deck.CardId;
import dca.deck.Deck;
import dca.progress.CardProgress;
import dca.progress.ProgressException;
import dca.progress.ProgressStore;
import dca.progress.ReconcileReport;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.srs.Fsrs;
import dca.srs.FsrsParameters;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.ProgressLog;
import dca.study.Scheduler;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The progress file and the scheduler its settings call for, as a study session sees them. */
public final class StudyStore implements AutoCloseable {
    private final ProgressStore store;
    private final Path path;
    private final Scheduler scheduler;
    private final ProgressLog log;

    public StudyStore(ProgressStore store, Path path) {
        this.store = store;
        this.path = path;
        Settings s = store.settings();
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults().withRetention(s.desiredRetention()).withFuzz(s.fuzz()));
        this.scheduler = new FsrsScheduler(fsrs, s.desiredRetention());
        this.log = new StoreLog(store);
    }

    /** Opens the progress file for a session (one writer at a time) and records the decks' cards. */
    public static StudyStore open(GlobalOptions root, List<Deck> decks) throws ProgressException {
        Path path = Locations.progress(root);
        Timing.mark("decks-resolve");
        ProgressStore store = ProgressStore.open(path, root.env().clock(), root.env().storage());
        Timing.mark("progress-load");
        try {
            ReconcileReport report = store.reconcile(decks);
            for (ReconcileReport.Carried c : report.carried()) {
                root.env().err().println("dca: kept the progress of a reworded card in " + c.deck() + ": \""
                        + Inert.text(c.oldPrompt()) + "\" → \"" + Inert.text(c.newPrompt()) + "\""); // the old one comes from the file
            }
        } catch (ProgressException | RuntimeException e) {
            store.close();
            throw e;
        }
        Timing.mark("progress-reconcile");
        return new StudyStore(store, path);
    }

    public static StudyStore openReadOnly(GlobalOptions root) throws ProgressException {
        Path path = Locations.progress(root);
        return new StudyStore(ProgressStore.openReadOnly(path, root.env().clock()), path);
    }

    public ProgressLog log() { return log; }

    public Scheduler scheduler() { return scheduler; }

    public Path path() { return path; }

    @Override
    public void close() {
        store.close();
    }

    record FsrsScheduler(Fsrs fsrs, double desiredRetention) implements Scheduler {
        @Override
        public MemoryState next(MemoryState state, Rating rating, Instant now, String fuzzKey) {
            return fsrs.next(state, rating, now, fuzzKey);
        }

        @Override
        public Map<Rating, MemoryState> preview(MemoryState state, Instant now, String fuzzKey) {
            return fsrs.preview(state, now, fuzzKey);
        }

        @Override
        public double retrievability(MemoryState state, Instant now) {
            return fsrs.retrievability(state, now);
        }
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
