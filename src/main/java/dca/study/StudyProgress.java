package dca.study;

import dca.deck.CardId;
import dca.deck.Deck;
import dca.progress.CardProgress;
import dca.progress.ProgressException;
import dca.progress.ProgressStore;
import dca.progress.ReconcileReport;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.progress.SettingsFile;
import dca.progress.Storage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The progress file as study sees it, with the settings that go with it: its log, and the
 * scheduler the settings choose (FSRS with the fitted weights if any, in exam mode while an exam
 * date is set and exam mode is on). Settings come from the settings file, else from a progress file
 * that still holds its own (moved to the settings file on the first writable open), else the defaults.
 */
public final class StudyProgress implements AutoCloseable {
    private final ProgressStore store;
    private final Path path;
    private final Settings settings;
    private final Scheduler scheduler;
    private final ProgressLog log;
    private final List<String> notes;

    /** {@code path}: the file as the user named it, for messages. */
    public StudyProgress(ProgressStore store, Path path, Settings settings, ZoneId zone) {
        this(store, path, settings, zone, List.of());
    }

    private StudyProgress(ProgressStore store, Path path, Settings settings, ZoneId zone, List<String> notes) {
        this.store = store;
        this.path = path;
        this.settings = settings;
        this.scheduler = ExamScheduler.of(FsrsScheduler.from(settings), settings, zone);
        this.log = new StoreLog(store, settings);
        this.notes = List.copyOf(notes);
    }

    /** A store with the default settings, or those it still holds itself (tests, tools). */
    public StudyProgress(ProgressStore store, Path path, ZoneId zone) {
        this(store, path, store.legacySettings().orElse(Settings.defaults()), zone);
    }

    /** Opens the progress file for writing (one writer at a time), with the settings in {@code settingsFile}. */
    public static StudyProgress open(Path path, Path settingsFile, Clock clock, Storage storage) throws ProgressException {
        List<String> notes = new ArrayList<>();
        ProgressStore store = ProgressStore.open(path, clock, storage, SettingsFile.migrationTo(settingsFile, notes));
        try {
            return withSettings(store, path, settingsFile, clock.getZone(), notes);
        } catch (ProgressException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Opens the progress file to read only: no lock, writes refused. */
    public static StudyProgress openReadOnly(Path path, Path settingsFile, Clock clock) throws ProgressException {
        return withSettings(ProgressStore.openReadOnly(path, clock), path, settingsFile, clock.getZone(), new ArrayList<>());
    }

    /** The settings for a store: the settings file's, else the store's own old ones, else the defaults. */
    public static Settings settings(Path settingsFile, ProgressStore store, List<String> notes) throws ProgressException {
        Optional<SettingsFile.Loaded> loaded = SettingsFile.read(settingsFile);
        if (loaded.isEmpty()) return store.legacySettings().orElse(Settings.defaults());
        notes.addAll(loaded.get().warnings());
        return loaded.get().settings();
    }

    private static StudyProgress withSettings(ProgressStore store, Path path, Path settingsFile, ZoneId zone, List<String> notes)
            throws ProgressException {
        Settings s = settings(settingsFile, store, notes);
        return new StudyProgress(store, path, s, zone, notes);
    }

    /** What was said about the settings on the way: ignored lines of the settings file, a migration. */
    public List<String> notes() { return notes; }

    public Settings settings() { return settings; }

    /** Carries the progress of reworded cards over before any answer is recorded against them. */
    public ReconcileReport reconcile(List<Deck> decks) throws ProgressException {
        return store.reconcile(decks);
    }

    public ProgressLog log() { return log; }

    public Scheduler scheduler() { return scheduler; }

    /** The store itself, for what is not a review: the exam history. */
    public ProgressStore store() { return store; }

    public Path path() { return path; }

    @Override
    public void close() {
        store.close();
    }

    private record StoreLog(ProgressStore store, Settings settings) implements ProgressLog {
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
