package dca.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** The real disk, until told to fail the way a full disk or a read-only directory does. */
final class FailingStorage implements Storage {
    enum Failure { NONE, DISK_FULL, READ_ONLY, RENAME }

    volatile Failure failure = Failure.NONE;

    @Override
    public void writeDurably(Path tmp, Body body) throws IOException {
        switch (failure) {
            case DISK_FULL -> {
                // Half the bytes reach the temp file, then the write fails, as ENOSPC does.
                DiskStorage.INSTANCE.writeDurably(tmp, out -> body.writeTo(new OutputStream() {
                    long written;

                    @Override
                    public void write(int b) throws IOException {
                        if (++written > 200) throw new FileSystemException(tmp.toString(), null, "No space left on device");
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        for (int i = 0; i < len; i++) write(b[off + i]);
                    }
                }));
            }
            case READ_ONLY -> throw new AccessDeniedException(tmp.toString());
            default -> DiskStorage.INSTANCE.writeDurably(tmp, body);
        }
    }

    @Override
    public void backup(Path target, Path bak) throws IOException {
        DiskStorage.INSTANCE.backup(target, bak);
    }

    @Override
    public void replace(Path tmp, Path target) throws IOException {
        if (failure == Failure.RENAME) throw new FileSystemException(tmp.toString(), target.toString(), "Input/output error");
        DiskStorage.INSTANCE.replace(tmp, target);
    }

    @Override
    public void syncDirectory(Path dir) {
        DiskStorage.INSTANCE.syncDirectory(dir);
    }

    @Override
    public void appendDurably(Path journal, byte[] bytes) throws IOException {
        switch (failure) {
            case DISK_FULL -> {
                // The worst case: half the entry reaches the disk and cannot be cut back.
                DiskStorage.INSTANCE.appendDurably(journal, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                throw new FileSystemException(journal.toString(), null, "No space left on device");
            }
            case READ_ONLY -> throw new AccessDeniedException(journal.toString());
            default -> DiskStorage.INSTANCE.appendDurably(journal, bytes);
        }
    }

    @Override
    public void delete(Path file) throws IOException {
        DiskStorage.INSTANCE.delete(file);
    }

    @Override
    public FileChannel openLockFile(Path lock) throws IOException {
        if (failure == Failure.READ_ONLY) throw new AccessDeniedException(lock.toString());
        return DiskStorage.INSTANCE.openLockFile(lock);
    }
}
