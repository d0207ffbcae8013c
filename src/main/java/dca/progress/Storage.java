package dca.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The file-system operations a save is made of. Tests substitute a failing one to show that a full
 * disk or a read-only directory loses nothing (root ignores chmod, so the failure is injected here),
 * in the store and through the CLI.
 */
public interface Storage {
    /** The real file system. */
    static Storage disk() { return DiskStorage.INSTANCE; }

    /** What to write into the temp file. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Creates or truncates {@code tmp}, writes the body, and forces it to disk. */
    void writeDurably(Path tmp, Body body) throws IOException;

    /** Keeps the current {@code target} as {@code bak} (hard link, else copy). */
    void backup(Path target, Path bak) throws IOException;

    /** Atomically renames {@code tmp} over {@code target}. */
    void replace(Path tmp, Path target) throws IOException;

    /** Forces the directory entry (the rename) to disk; best effort where the OS cannot. */
    void syncDirectory(Path dir);

    /**
     * Appends bytes to the journal (creating it, and then syncing its directory) and forces them to
     * disk. On failure the journal is cut back to its previous length, so no torn entry is left
     * before later ones.
     */
    void appendDurably(Path journal, byte[] bytes) throws IOException;

    void delete(Path file) throws IOException;

    /** Opens the lock file (creating it) for {@link FileChannel#tryLock()}. */
    FileChannel openLockFile(Path lock) throws IOException;
}
