package dca.progress;

import dca.deck.CardId;
import dca.deck.Deck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The local progress file (DESIGN §5): per-card memory state, the review log and the exam
 * history (settings live in the {@link SettingsFile}; a file from before it keeps its own until a
 * writable open with a {@link SettingsMigration} moves them out). Every change is durable before the method returns. Answers and undos are one fsynced
 * line appended to the {@link Journal} (constant cost however long the history); everything else,
 * and the journal every {@value #COMPACT_AFTER} answers, on close and after a crash, goes into the
 * file itself ({@link ProgressFile}: temp file, fsync, previous file kept as {@code FILE.bak},
 * atomic rename, directory fsync). Readers see file + journal. One writer at a time
 * ({@link ProgressLock}). A corrupt or newer file is never written; an older one is migrated after
 * a copy to {@code FILE.vN.bak}. The identity rules are the {@link Reconciler}'s.
 */
public final class ProgressStore implements AutoCloseable {
    static final String IN_USE = "progress file is in use by another dca session";

    private final Path file;
    private final ProgressEncoder encoder = new ProgressEncoder();
    private final ProgressFile disk;
    private final Journal journal;
    private final Clock clock;
    private final boolean writable;
    private ProgressLock lock;
    private ProgressData data;
    private boolean closed;
    private final SettingsMigration migration;

    /** Moves the settings an old progress file holds into the settings file, before they leave the progress file. */
    @FunctionalInterface
    public interface SettingsMigration {
        /** {@code backup}: the copy of the progress file, settings and all, made just before. */
        void migrate(Settings found, Path progressFile, Path backup) throws ProgressException;
    }

    /** Fold the journal into the file after this many entries (and on close and open). */
    static final int COMPACT_AFTER = 1000;
    private int compactAfter = COMPACT_AFTER;

    /** Tests fold often to exercise readers racing a fold. */
    void compactAfter(int entries) { this.compactAfter = entries; }

    private ProgressStore(Path file, Clock clock, Storage storage, boolean writable, SettingsMigration migration) {
        this.migration = migration;
        this.file = file.toAbsolutePath().normalize();
        this.disk = new ProgressFile(this.file, storage, encoder);
        this.journal = new Journal(this.file, storage);
        this.clock = clock;
        this.writable = writable;
    }

    /** Takes the single-writer lock; a missing file is an empty progress (created on first save, parent dirs too). */
    public static ProgressStore open(Path file, Clock clock) throws ProgressException {
        return open(file, clock, DiskStorage.INSTANCE);
    }

    /** No lock, writes refused (for stats, weak --list). */
    public static ProgressStore openReadOnly(Path file, Clock clock) throws ProgressException {
        ProgressStore s = new ProgressStore(file, clock, DiskStorage.INSTANCE, false, null);
        // A writer may fold its journal into the file between our reads of the two; then the
        // pair does not fit together. Read again until the file stayed the same throughout.
        // A busy writer can fold several times in a row, so allow a good number of tries, backing
        // off a little each time; a real drill folds once per thousand answers.
        final int tries = 25;
        for (int attempt = 1; ; attempt++) {
            Object before = s.disk.version();
            try {
                s.load();
                if (Objects.equals(before, s.disk.version())) return s;
            } catch (ProgressException e) {
                if (attempt >= tries || Objects.equals(before, s.disk.version())) throw e;
            }
            if (attempt >= tries) return s;
            try {
                Thread.sleep(Math.min(attempt, 10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return s;
            }
        }
    }

    /** As {@link #open(Path, Clock)}, writing through {@code storage} (tests inject failures here). */
    public static ProgressStore open(Path file, Clock clock, Storage storage) throws ProgressException {
        return open(file, clock, storage, null);
    }

    /** As {@link #open(Path, Clock, Storage)}; settings an old file holds go to {@code migration} and then leave the file. */
    public static ProgressStore open(Path file, Clock clock, Storage storage, SettingsMigration migration) throws ProgressException {
        ProgressStore s = new ProgressStore(file, clock, storage, true, migration);
        s.lock = ProgressLock.acquire(s.file, storage);
        try {
            s.load();
        } catch (ProgressException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    public Path path() { return file; }

    /** False while only the snapshot has been read (tests). */
    boolean wholeLogRead() { return !data.partial; }

    /** The file that holds the version before the last save. */
    public Path backupPath() { return disk.backup(); }

    public boolean isReadOnly() { return !writable; }

    /** The settings a file from before the settings file holds, while they are still in it. */
    public Optional<Settings> legacySettings() { return Optional.ofNullable(data.settings); }

    /** Unmodifiable view, in the order cards were first answered. */
    public Map<CardId, CardProgress> cards() { return Collections.unmodifiableMap(data.cards); }

    public Optional<CardProgress> card(CardId id) { return Optional.ofNullable(data.cards.get(id)); }

    /** Oldest first, unmodifiable view. Reads the whole log when only the snapshot was read. */
    public List<ReviewRecord> reviews() {
        try {
            return Collections.unmodifiableList(full().reviews);
        } catch (ProgressException e) {
            throw new IllegalStateException(e.getMessage() + " (" + e.hint() + ")", e);
        }
    }

    /** The reviews at or after {@code from}, oldest first; from the snapshot when it holds them all. */
    public List<ReviewRecord> reviewsSince(Instant from) throws ProgressException {
        List<ReviewRecord> log = data.partial && (data.before == null || data.before.isBefore(from)) ? data.reviews : full().reviews;
        List<ReviewRecord> out = new ArrayList<>();
        for (ReviewRecord r : log) if (!r.at().isBefore(from)) out.add(r);
        return out;
    }

    /** How many reviews each of {@code cards} has in the log (cards never reviewed are left out); never reads the file. */
    public Map<CardId, Integer> reviewCounts(Collection<CardId> cards) {
        Map<CardId, Integer> out = new HashMap<>();
        if (data.partial) {
            for (CardId id : cards) {
                Integer n = data.counts.get(id);
                if (n != null && n > 0) out.put(id, n);
            }
            return out;
        }
        Set<CardId> wanted = new HashSet<>(cards);
        for (ReviewRecord r : data.reviews) if (wanted.contains(r.card())) out.merge(r.card(), 1, Integer::sum);
        return out;
    }

    /** Each of {@code cards}' first review in each mode it was reviewed in (cards never reviewed are left out). */
    public Map<CardId, Map<String, FirstReview>> firstReviews(Collection<CardId> cards) throws ProgressException {
        Map<CardId, Map<String, FirstReview>> out = new HashMap<>();
        if (data.partial) {
            for (CardId id : cards) {
                Map<String, FirstReview> f = data.firsts.get(id);
                if (f != null && !f.isEmpty()) out.put(id, Map.copyOf(f));
            }
            return out;
        }
        Set<CardId> wanted = new HashSet<>(cards);
        List<ReviewRecord> log = data.reviews;
        for (int i = 0; i < log.size(); i++) {
            ReviewRecord r = log.get(i);
            if (wanted.contains(r.card())) out.computeIfAbsent(r.card(), c -> new HashMap<>()).putIfAbsent(Snapshot.mode(r), new FirstReview(i, r.at()));
        }
        return out;
    }

    /**
     * Records one answer; durable before it returns: appended to {@code FILE.journal} and fsynced
     * (constant time however long the history), and folded into the file itself (temp + fsync +
     * atomic rename, previous kept as .bak) every {@value #COMPACT_AFTER} answers, on close, and
     * when the next session opens it.
     */
    public void answer(CardId id, CardProgress after, ReviewRecord review) throws ProgressException {
        if (!id.equals(review.card())) throw new IllegalArgumentException("review is for " + review.card() + ", not " + id);
        ensureWritable();
        if (journal.suspect()) full(); // this answer will be saved with the whole file, not appended
        CardProgress before = data.answer(id, after, review);
        try {
            record(() -> encoder.answerLine(journal.seq() + 1, id, after, review));
        } catch (ProgressException e) {
            data.revertAnswer(id, before);
            throw e;
        }
    }

    /** Undo: restores the card's previous progress (null = remove it) and drops that card's last review; durable. */
    public void undo(CardId id, CardProgress before) throws ProgressException {
        ensureWritable();
        full();
        ProgressData.Undone undone = data.undo(id, before);
        try {
            record(() -> encoder.undoLine(journal.seq() + 1, id, before));
        } catch (ProgressException e) {
            data.revert(id, undone);
            throw e;
        }
    }

    private interface Line {
        byte[] bytes();
    }

    /** Makes the change already applied to memory durable: one journal line, or a full save. */
    private void record(Line line) throws ProgressException {
        if (journal.suspect()) {
            save();
            return;
        }
        journal.append(line.bytes());
        if (journal.pending() >= compactAfter) {
            try {
                save();
            } catch (ProgressException e) {
                // The answer is durable in the journal; folding it in is retried on close.
            }
        }
    }

    public List<ExamRecord> exams() { return Collections.unmodifiableList(data.exams); }

    public void addExam(ExamRecord exam) throws ProgressException {
        ensureWritable();
        full();
        data.exams.add(exam);
        try {
            save();
        } catch (ProgressException e) {
            data.exams.remove(data.exams.size() - 1);
            throw e;
        }
    }

    /** Card id → the id it had before rewording carried its progress over; for exports that must keep a card's identity. */
    public Map<CardId, CardId> firstIds() {
        return Map.copyOf(data.firstIds);
    }

    /**
     * DESIGN §3 identity: carry progress of reworded cards over, keep orphans; returns what happened.
     * Only the given decks are looked at, so reconciling one chapter never touches another's cards.
     * A read-only store reconciles in memory only.
     */
    public ReconcileReport reconcile(List<Deck> decks) throws ProgressException {
        Reconciler.Outcome outcome = Reconciler.reconcile(data, decks);
        if (outcome.changed() && data.partial) {
            // A change rewrites the file, which needs the whole log: read it, and reconcile that instead.
            full();
            outcome = Reconciler.reconcile(data, decks);
        }
        if (outcome.changed() && writable) save();
        return outcome.report();
    }

    /** Folds the journal into the file and releases the lock. */
    @Override
    public void close() {
        if (closed) return;
        if (writable && lock != null && data != null && (journal.pending() > 0 || journal.suspect())) {
            try {
                save();
            } catch (ProgressException e) {
                // Nothing is lost: the journal still holds the answers and the next open folds it in.
            }
        }
        closed = true;
        if (lock != null) lock.close();
    }

    // --- loading, saving ------------------------------------------------------------------------

    private void load() throws ProgressException {
        if (writable && !Files.exists(journal.path())) {
            // A session reads the snapshot (card states, the recent log) when it fits the file: milliseconds at 100k reviews.
            ProgressData snap = Snapshot.read(file, false);
            if (snap != null && (snap.settings == null || migration == null)) {
                data = snap;
                journal.startAt(data.journalSeq);
                return;
            }
        }
        // No file yet reads as empty progress: a first session that was killed may still have left a journal.
        ProgressJson.Parsed parsed = readWhole();
        data = parsed.data();
        boolean hadJournal = journal.replay(data);
        journal.startAt(data.journalSeq);
        if (parsed.version() < ProgressJson.VERSION && writable) {
            disk.keepOldVersion(parsed.version());
            save();
        } else if (hadJournal && writable) {
            // A session ended without closing (killed, crashed): fold its answers into the file now.
            journal.mustFold();
            try {
                save();
            } catch (ProgressException e) {
                journal.markSuspect(); // keep working from memory; the next save retries
            }
        } else if (writable && !parsed.fromSnapshot()) {
            Snapshot.write(file, data, clock.instant()); // the next session need not read the JSON
        }
        if (writable && migration != null && data.settings != null) {
            // Copy first, then the settings file, then the progress file without them: any failure loses nothing.
            Path backup = disk.keepCopy("settings.bak");
            migration.migrate(data.settings, file, backup);
            data.settings = null;
            save();
        }
    }

    /** Everything the file holds: from its snapshot when that fits it (ten times faster), else the JSON itself. */
    private ProgressJson.Parsed readWhole() throws ProgressException {
        ProgressData snap = Snapshot.read(file, true);
        return snap != null ? new ProgressJson.Parsed(ProgressJson.VERSION, snap, true) : disk.read();
    }

    /** The whole progress, read from the file and the journal (which holds every answer since) when only the snapshot was read. */
    private ProgressData full() throws ProgressException {
        if (data.partial) {
            ProgressData whole = readWhole().data();
            journal.replay(whole);
            data = whole;
        }
        return data;
    }

    private void ensureWritable() throws ProgressException {
        if (!writable) throw new ProgressException("progress file " + file + " was opened read-only", "this is a bug in dca");
        if (closed) throw new ProgressException("progress file " + file + " is closed", "this is a bug in dca");
    }

    /** The full durable write of everything in memory; afterwards the journal is not needed. */
    private void save() throws ProgressException {
        ensureWritable();
        full();
        long before = data.journalSeq;
        data.journalSeq = journal.seq();
        Instant savedAt = clock.instant();
        try {
            disk.write(data, savedAt);
        } catch (ProgressException e) {
            data.journalSeq = before;
            throw e;
        }
        journal.folded();
        Snapshot.write(file, data, savedAt);
    }
}
