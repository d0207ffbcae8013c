package dca.progress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code FILE.journal}: every answer and undo since the last save, one fsynced line each, so an
 * answer costs the same however long the history. A save folds it into the file; a session that
 * did not close leaves it for the next one to replay.
 */
final class Journal {
    private final Path path;
    private final Path file;
    private final Storage storage;
    /** Last entry written (equals the file's journalSeq right after a full save). */
    private long seq;
    /** Entries not yet folded into the file. */
    private int pending;
    /** An append failed: fold everything into the file before appending again. */
    private boolean suspect;

    Journal(Path file, Storage storage) {
        this.file = file;
        this.path = file.resolveSibling(file.getFileName() + ".journal");
        this.storage = storage;
    }

    Path path() { return path; }

    long seq() { return seq; }

    int pending() { return pending; }

    boolean suspect() { return suspect; }

    /** After loading: entries are numbered on from the file's journalSeq. */
    void startAt(long lastSeq) {
        this.seq = lastSeq;
    }

    /** A session's answers are in the journal only: the next save must fold them in. */
    void mustFold() {
        pending = Math.max(pending, 1);
    }

    void markSuspect() {
        suspect = true;
    }

    /**
     * Applies the journal a session that did not close left behind; false when there is none. A
     * last line without its newline is an append cut short by a crash: never confirmed, so ignored.
     */
    boolean replay(ProgressData data) throws ProgressException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new ProgressException("cannot read progress journal " + path + ": " + ProgressException.reason(e),
                    "check its permissions, or use another file with --progress", e);
        }
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') end--;
        long last;
        try {
            last = ProgressJson.readJournal(new ByteArrayInputStream(bytes, 0, end), data);
        } catch (ProgressJson.FormatError e) {
            String where = e.line > 0 ? path + ":" + e.line + ":" + e.column : path.toString();
            throw new ProgressException("cannot read progress journal " + where + ": " + e.getMessage(),
                    "it holds answers not yet in " + file.getFileName() + "; fix it, or move it away to lose them");
        } catch (IOException e) {
            throw new ProgressException("cannot read progress journal " + path + ": " + ProgressException.reason(e), "", e);
        }
        data.journalSeq = last;
        return true;
    }

    /** Appends entry {@code seq() + 1}, durably. */
    void append(byte[] line) throws ProgressException {
        try {
            storage.appendDurably(path, line);
        } catch (IOException | RuntimeException e) {
            suspect = true;
            throw new ProgressException("cannot save progress to " + path + ": " + ProgressException.reason(e),
                    "free disk space or make " + path.getParent() + " writable; every earlier answer is safe", e);
        }
        seq++;
        pending++;
    }

    /** The file now holds every entry: the journal is not needed (one left behind would be skipped anyway). */
    void folded() {
        pending = 0;
        try {
            storage.delete(path);
            suspect = false;
        } catch (IOException | RuntimeException e) {
            suspect = true;
        }
    }
}
