package dca.progress;

import dca.deck.CardId;
import dca.deck.Deck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;

/**
 * The local progress file (DESIGN §5): settings, per-card memory state, the review log and the exam
 * history. Every change is durable before the method returns. Answers and undos are one fsynced
 * line appended to {@code FILE.journal} (constant cost however long the history); everything else,
 * and the journal every {@value #COMPACT_AFTER} answers, on close and after a crash, goes into the
 * file itself: temp file in the same directory, fsync, previous file kept as {@code FILE.bak},
 * atomic rename, directory fsync. Readers see file + journal. One writer at a time, enforced with
 * an OS lock on {@code FILE.lock} that dies with its process. A corrupt or newer file is never
 * written; an older one is migrated after a copy to {@code FILE.vN.bak}.
 */
public final class ProgressStore implements AutoCloseable {
    static final String IN_USE = "progress file is in use by another dca session";

    private final Path file;
    private final Path dir;
    private final Path tmp;
    private final Path bak;
    private final Journal journal;
    private final Clock clock;
    private final Storage storage;
    private final boolean writable;
    private final ProgressEncoder encoder = new ProgressEncoder();
    private ProgressLock lock;
    private ProgressData data;
    private boolean closed;

    /** Fold the journal into the file after this many entries (and on close and open). */
    static final int COMPACT_AFTER = 1000;
    private int compactAfter = COMPACT_AFTER;

    /** Tests fold often to exercise readers racing a fold. */
    void compactAfter(int entries) { this.compactAfter = entries; }

    private ProgressStore(Path file, Clock clock, Storage storage, boolean writable) {
        this.file = file.toAbsolutePath().normalize();
        Path parent = this.file.getParent();
        this.dir = parent == null ? Path.of(".").toAbsolutePath() : parent;
        String name = this.file.getFileName().toString();
        this.tmp = dir.resolve(name + ".tmp");
        this.bak = dir.resolve(name + ".bak");
        this.journal = new Journal(this.file, storage);
        this.clock = clock;
        this.storage = storage;
        this.writable = writable;
    }

    /** Takes the single-writer lock; a missing file is an empty progress (created on first save, parent dirs too). */
    public static ProgressStore open(Path file, Clock clock) throws ProgressException {
        return open(file, clock, DiskStorage.INSTANCE);
    }

    /** No lock, writes refused (for stats, weak --list). */
    public static ProgressStore openReadOnly(Path file, Clock clock) throws ProgressException {
        ProgressStore s = new ProgressStore(file, clock, DiskStorage.INSTANCE, false);
        // A writer may fold its journal into the file between our reads of the two; then the
        // pair does not fit together. Read again until the file stayed the same throughout.
        // A busy writer can fold several times in a row, so allow a good number of tries, backing
        // off a little each time; a real drill folds once per thousand answers.
        final int tries = 25;
        for (int attempt = 1; ; attempt++) {
            Object before = s.fileVersion();
            try {
                s.load();
                if (Objects.equals(before, s.fileVersion())) return s;
            } catch (ProgressException e) {
                if (attempt >= tries || Objects.equals(before, s.fileVersion())) throw e;
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

    /** Identity and time of the file as it is now (null when missing), to notice a replacement. */
    private Object fileVersion() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime(), a.size());
        } catch (IOException e) {
            return null;
        }
    }

    /** As {@link #open(Path, Clock)}, writing through {@code storage} (tests inject failures here). */
    public static ProgressStore open(Path file, Clock clock, Storage storage) throws ProgressException {
        ProgressStore s = new ProgressStore(file, clock, storage, true);
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

    /** The file that holds the version before the last save. */
    public Path backupPath() { return bak; }

    public boolean isReadOnly() { return !writable; }

    public Settings settings() { return data.settings; }

    public void saveSettings(Settings s) throws ProgressException {
        Settings before = data.settings;
        data.settings = s;
        try {
            save();
        } catch (ProgressException e) {
            data.settings = before;
            throw e;
        }
    }

    /** Unmodifiable view, in the order cards were first answered. */
    public Map<CardId, CardProgress> cards() { return Collections.unmodifiableMap(data.cards); }

    public Optional<CardProgress> card(CardId id) { return Optional.ofNullable(data.cards.get(id)); }

    /** Oldest first, unmodifiable view. */
    public List<ReviewRecord> reviews() { return Collections.unmodifiableList(data.reviews); }

    /**
     * Records one answer; durable before it returns: appended to {@code FILE.journal} and fsynced
     * (constant time however long the history), and folded into the file itself (temp + fsync +
     * atomic rename, previous kept as .bak) every {@value #COMPACT_AFTER} answers, on close, and
     * when the next session opens it.
     */
    public void answer(CardId id, CardProgress after, ReviewRecord review) throws ProgressException {
        if (!id.equals(review.card())) throw new IllegalArgumentException("review is for " + review.card() + ", not " + id);
        ensureWritable();
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
        data.exams.add(exam);
        try {
            save();
        } catch (ProgressException e) {
            data.exams.remove(data.exams.size() - 1);
            throw e;
        }
    }

    /**
     * DESIGN §3 identity: carry progress of reworded cards over, keep orphans; returns what happened.
     * Only the given decks are looked at, so reconciling one chapter never touches another's cards.
     * A read-only store reconciles in memory only.
     */
    public ReconcileReport reconcile(List<Deck> decks) throws ProgressException {
        Reconciler.Outcome outcome = Reconciler.reconcile(data, decks);
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
        ProgressJson.Parsed parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = ProgressJson.read(in);
        } catch (NoSuchFileException e) {
            // No file yet; a first session that was killed may still have left a journal.
            parsed = new ProgressJson.Parsed(ProgressJson.VERSION, new ProgressData());
        } catch (ProgressJson.FormatError e) {
            String where = e.line > 0 ? file + ":" + e.line + ":" + e.column : file.toString();
            String hint = e.newer
                    ? "it was left untouched; upgrade dca, or use another file with --progress"
                    : Files.exists(bak)
                    ? "it was left untouched; fix it, restore " + bak + " (the previous version), or move it away to start afresh"
                    : "it was left untouched; fix it, or move it away to start afresh";
            throw new ProgressException("cannot read progress file " + where + ": " + e.getMessage(), hint);
        } catch (IOException e) {
            throw new ProgressException("cannot read progress file " + file + ": " + ProgressException.reason(e),
                    "check the path and its permissions, or use another file with --progress", e);
        }
        data = parsed.data();
        boolean hadJournal = journal.replay(data);
        journal.startAt(data.journalSeq);
        if (parsed.version() < ProgressJson.VERSION && writable) {
            migrate(parsed.version());
        } else if (hadJournal && writable) {
            // A session ended without closing (killed, crashed): fold its answers into the file now.
            journal.mustFold();
            try {
                save();
            } catch (ProgressException e) {
                journal.markSuspect(); // keep working from memory; the next save retries
            }
        }
    }

    /** Keeps the old file next to it (FILE.vN.bak) before writing the current format. */
    private void migrate(int fromVersion) throws ProgressException {
        Path keep = dir.resolve(file.getFileName() + ".v" + fromVersion + ".bak");
        try {
            Files.copy(file, keep, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel ch = FileChannel.open(keep, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        } catch (IOException e) {
            throw new ProgressException("cannot back up " + file + " before upgrading it: " + ProgressException.reason(e),
                    "make " + dir + " writable; the file was left untouched", e);
        }
        save();
    }

    private void ensureWritable() throws ProgressException {
        if (!writable) throw new ProgressException("progress file " + file + " was opened read-only", "this is a bug in dca");
        if (closed) throw new ProgressException("progress file " + file + " is closed", "this is a bug in dca");
    }

    /** The full durable write of everything in memory; afterwards the journal is not needed. */
    private void save() throws ProgressException {
        ensureWritable();
        ProgressData snapshot = data;
        java.time.Instant savedAt = clock.instant();
        long before = snapshot.journalSeq;
        snapshot.journalSeq = journal.seq();
        try {
            Files.createDirectories(dir);
            storage.writeDurably(tmp, out -> encoder.write(snapshot, savedAt, out));
            if (Files.exists(file)) storage.backup(file, bak);
            storage.replace(tmp, file);
            storage.syncDirectory(dir);
        } catch (IOException | RuntimeException e) {
            snapshot.journalSeq = before;
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException | RuntimeException ignored) {
                // the next save truncates it anyway
            }
            throw new ProgressException("cannot save progress to " + file + ": " + ProgressException.reason(e),
                    "free disk space or make " + dir + " writable; every earlier answer is safe in the file", e);
        }
        journal.folded();
    }
}
