package dca.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer at a time: an OS lock on {@code FILE.lock}, which dies with its process, so a killed
 * session never blocks the next one.
 */
final class ProgressLock implements AutoCloseable {
    /**
     * Lock files this JVM holds. POSIX releases all of a process's locks on a file when any of its
     * descriptors for that file closes, so a second open in the same process must be refused
     * before it opens (and then closes) a channel of its own.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private FileChannel channel;
    private FileLock lock;

    private ProgressLock(Path key) {
        this.key = key;
    }

    /** Takes the lock for {@code file}, or says which session holds it. */
    static ProgressLock acquire(Path file, Storage storage) throws ProgressException {
        Path dir = file.getParent();
        Path lockFile = dir.resolve(file.getFileName() + ".lock");
        Path key;
        try {
            Files.createDirectories(dir);
            key = lockFile.toFile().getCanonicalFile().toPath();
        } catch (IOException e) {
            throw cannotLock(file, e);
        }
        if (!HELD.add(key)) throw inUse(file);
        ProgressLock l = new ProgressLock(key);
        try {
            l.channel = storage.openLockFile(lockFile);
            l.lock = l.channel.tryLock();
        } catch (OverlappingFileLockException e) {
            l.lock = null;
        } catch (IOException e) {
            l.close();
            throw cannotLock(file, e);
        }
        if (l.lock == null) {
            l.close();
            throw inUse(file);
        }
        return l;
    }

    private static ProgressException cannotLock(Path file, IOException e) {
        return new ProgressException("cannot lock progress file " + file + ": " + ProgressException.reason(e),
                "make " + file.getParent() + " writable, or choose another file with --progress or $DCA_PROGRESS", e);
    }

    private static ProgressException inUse(Path file) {
        return new ProgressException(ProgressStore.IN_USE + " (" + file + ")",
                "finish or quit the other dca session first, or use another file with --progress");
    }

    @Override
    public void close() {
        try {
            if (lock != null && lock.isValid()) lock.release();
        } catch (IOException e) {
            // the OS drops the lock with the channel anyway
        }
        try {
            if (channel != null) channel.close();
        } catch (IOException e) {
            // nothing to do: closing releases the lock
        }
        HELD.remove(key);
    }
}
