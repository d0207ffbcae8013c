package dca.progress;

import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.Deck;
import dca.deck.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Path journal;
    private final Clock clock;
    private final Storage storage;
    private final boolean writable;
    private final ProgressEncoder encoder = new ProgressEncoder();
    private FileChannel lockChannel;
    private FileLock lock;
    private ProgressData data;
    private boolean closed;
    /** Last journal entry written (equals data.journalSeq right after a full save). */
    private long seq;
    /** Entries in the journal not yet folded into the file. */
    private int pending;
    /** A journal append failed: fold everything into the file before appending again. */
    private boolean journalSuspect;

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
        this.journal = dir.resolve(name + ".journal");
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
        s.lock();
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
            record(() -> encoder.answerLine(seq + 1, id, after, review));
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
            record(() -> encoder.undoLine(seq + 1, id, before));
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
        if (journalSuspect) {
            save();
            return;
        }
        try {
            storage.appendDurably(journal, line.bytes());
        } catch (IOException | RuntimeException e) {
            journalSuspect = true;
            throw new ProgressException("cannot save progress to " + journal + ": " + reason(e),
                    "free disk space or make " + dir + " writable; every earlier answer is safe", e);
        }
        seq++;
        pending++;
        if (pending >= compactAfter) {
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
        Map<CardId, Card> present = new HashMap<>();
        Map<CardId, String> deckOf = new HashMap<>();
        Set<String> deckNames = new HashSet<>();
        for (Deck d : decks) {
            deckNames.add(d.name());
            for (Card c : d.cards()) {
                present.putIfAbsent(c.id(), c);
                deckOf.putIfAbsent(c.id(), d.name());
            }
        }
        boolean changed = false;
        List<ReconcileReport.Carried> carried = new ArrayList<>();
        for (Deck d : decks) {
            for (ReconcileReport.Carried c : rewordings(d, present)) {
                CardProgress old = data.cards.remove(c.from());
                data.kinds.remove(c.from());
                CardId first = data.firstIds.remove(c.from());
                if (first == null) first = c.from();
                if (!first.equals(c.to())) data.firstIds.put(c.to(), first);
                data.cards.put(c.to(), new CardProgress(c.deck(), c.newPrompt(), old.memory()));
                for (int i = 0; i < data.reviews.size(); i++) {
                    ReviewRecord r = data.reviews.get(i);
                    if (r.card().equals(c.from())) {
                        data.reviews.set(i, new ReviewRecord(c.to(), r.at(), r.rating(), r.mode(), r.ms()));
                        data.reviewChanged(i);
                    }
                }
                carried.add(c);
                changed = true;
            }
        }
        // Keep what the notes say now: the prompt (for future rewording matches), deck and kind.
        for (Map.Entry<CardId, CardProgress> e : data.cards.entrySet()) {
            Card c = present.get(e.getKey());
            if (c == null) continue;
            CardProgress p = e.getValue();
            String deck = deckOf.get(e.getKey());
            if (!c.prompt().equals(p.prompt()) || !deck.equals(p.deck())) {
                e.setValue(new CardProgress(deck, c.prompt(), p.memory()));
                changed = true;
            }
            if (data.kinds.put(e.getKey(), c.kind()) != c.kind()) changed = true;
        }
        List<ReconcileReport.Orphan> orphans = new ArrayList<>();
        for (Map.Entry<CardId, CardProgress> e : data.cards.entrySet()) {
            CardProgress p = e.getValue();
            if (deckNames.contains(p.deck()) && !present.containsKey(e.getKey())) {
                orphans.add(new ReconcileReport.Orphan(p.deck(), e.getKey(), p.prompt()));
            }
        }
        if (changed && writable) save();
        return new ReconcileReport(carried, orphans);
    }

    /** Pairs (old card gone from deck d, new card of d without progress) that are clearly one card reworded. */
    private List<ReconcileReport.Carried> rewordings(Deck d, Map<CardId, Card> present) {
        List<Map.Entry<CardId, CardProgress>> gone = new ArrayList<>();
        for (Map.Entry<CardId, CardProgress> e : data.cards.entrySet()) {
            if (e.getValue().deck().equals(d.name()) && !present.containsKey(e.getKey())) gone.add(e);
        }
        if (gone.isEmpty()) return List.of();
        List<Card> fresh = new ArrayList<>();
        for (Card c : d.cards()) {
            if (!data.cards.containsKey(c.id())) fresh.add(c);
        }
        Map<CardId, List<Card>> matchesOfOld = new HashMap<>();
        Map<CardId, Integer> matchesOfNew = new HashMap<>();
        for (Map.Entry<CardId, CardProgress> old : gone) {
            Kind kind = kindOf(old.getKey(), old.getValue().deck(), old.getValue().prompt());
            if (kind == null) continue;
            for (Card c : fresh) {
                if (c.kind() == kind && Rewording.sameCard(old.getValue().prompt(), c.prompt())) {
                    matchesOfOld.computeIfAbsent(old.getKey(), k -> new ArrayList<>()).add(c);
                    matchesOfNew.merge(c.id(), 1, Integer::sum);
                }
            }
        }
        List<ReconcileReport.Carried> out = new ArrayList<>();
        for (Map.Entry<CardId, CardProgress> old : gone) {
            List<Card> m = matchesOfOld.get(old.getKey());
            // Ambiguous either way (two candidates, or a candidate claimed twice): start fresh instead.
            if (m == null || m.size() != 1 || matchesOfNew.get(m.get(0).id()) != 1) continue;
            Card c = m.get(0);
            String oldPrompt = old.getValue().prompt();
            out.add(new ReconcileReport.Carried(d.name(), old.getKey(), c.id(), oldPrompt, c.prompt(),
                    Rewording.similarity(oldPrompt, c.prompt())));
        }
        return out;
    }

    /** The kind the file remembers, else the kind whose derived id is this id (unpinned cards). */
    private Kind kindOf(CardId id, String deck, String prompt) {
        Kind k = data.kinds.get(id);
        if (k != null) return k;
        for (Kind candidate : Kind.values()) {
            if (CardId.of(candidate, deck, prompt).equals(id) || CardId.of(candidate, prompt).equals(id)) return candidate;
        }
        return null;
    }

    /** Releases the lock. */
    @Override
    public void close() {
        if (closed) return;
        if (writable && lock != null && data != null && (pending > 0 || journalSuspect)) {
            try {
                save();
            } catch (ProgressException e) {
                // Nothing is lost: the journal still holds the answers and the next open folds it in.
            }
        }
        closed = true;
        try {
            if (lock != null && lock.isValid()) lock.release();
        } catch (IOException e) {
            // the OS drops the lock with the channel anyway
        }
        try {
            if (lockChannel != null) lockChannel.close();
        } catch (IOException e) {
            // nothing to do: closing releases the lock
        }
        if (heldKey != null) HELD.remove(heldKey);
    }

    // --- locking, loading, saving -------------------------------------------------------------

    /**
     * Lock files this JVM holds. POSIX releases all of a process's locks on a file when any of its
     * descriptors for that file closes, so a second open in the same process must be refused
     * before it opens (and then closes) a channel of its own.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private Path heldKey;

    private void lock() throws ProgressException {
        Path lockFile = dir.resolve(file.getFileName() + ".lock");
        Path key;
        try {
            Files.createDirectories(dir);
            key = lockFile.toFile().getCanonicalFile().toPath();
        } catch (IOException e) {
            throw new ProgressException("cannot lock progress file " + file + ": " + reason(e),
                    "make " + dir + " writable, or choose another file with --progress or $DCA_PROGRESS", e);
        }
        if (!HELD.add(key)) throw inUse();
        heldKey = key;
        try {
            lockChannel = storage.openLockFile(lockFile);
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            close();
            throw new ProgressException("cannot lock progress file " + file + ": " + reason(e),
                    "make " + dir + " writable, or choose another file with --progress or $DCA_PROGRESS", e);
        }
        if (lock == null) {
            close();
            throw inUse();
        }
    }

    private ProgressException inUse() {
        return new ProgressException(IN_USE + " (" + file + ")",
                "finish or quit the other dca session first, or use another file with --progress");
    }

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
            throw new ProgressException("cannot read progress file " + file + ": " + reason(e),
                    "check the path and its permissions, or use another file with --progress", e);
        }
        data = parsed.data();
        boolean hadJournal = replayJournal();
        seq = data.journalSeq;
        if (parsed.version() < ProgressJson.VERSION && writable) {
            migrate(parsed.version());
        } else if (hadJournal && writable) {
            // A session ended without closing (killed, crashed): fold its answers into the file now.
            pending = 1;
            try {
                save();
            } catch (ProgressException e) {
                journalSuspect = true; // keep working from memory; the next save retries
            }
        }
    }

    /**
     * Applies the journal left by a session that did not close. A last line without its newline
     * is an append cut short by a crash: it was never confirmed, so it is ignored.
     */
    private boolean replayJournal() throws ProgressException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(journal);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new ProgressException("cannot read progress journal " + journal + ": " + reason(e),
                    "check its permissions, or use another file with --progress", e);
        }
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') end--;
        long last;
        try {
            last = ProgressJson.readJournal(new java.io.ByteArrayInputStream(bytes, 0, end), data);
        } catch (ProgressJson.FormatError e) {
            String where = e.line > 0 ? journal + ":" + e.line + ":" + e.column : journal.toString();
            throw new ProgressException("cannot read progress journal " + where + ": " + e.getMessage(),
                    "it holds answers not yet in " + file.getFileName() + "; fix it, or move it away to lose them");
        } catch (IOException e) {
            throw new ProgressException("cannot read progress journal " + journal + ": " + reason(e), "", e);
        }
        data.journalSeq = last;
        return true;
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
            throw new ProgressException("cannot back up " + file + " before upgrading it: " + reason(e),
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
        snapshot.journalSeq = seq;
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
            throw new ProgressException("cannot save progress to " + file + ": " + reason(e),
                    "free disk space or make " + dir + " writable; every earlier answer is safe in the file", e);
        }
        pending = 0;
        try {
            // Entries up to journalSeq are in the file now; a journal left behind would be skipped anyway.
            storage.delete(journal);
            journalSuspect = false;
        } catch (IOException | RuntimeException e) {
            journalSuspect = true;
        }
    }

    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException n) return "no such file or directory: " + n.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
