package dca.progress;

import dca.io.AtomicWrite;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** The real file system: temp file + fsync + atomic rename ({@link AtomicWrite}), previous version hard-linked to .bak. */
final class DiskStorage implements Storage {
    static final DiskStorage INSTANCE = new DiskStorage();

    @Override
    public void writeDurably(Path tmp, Body body) throws IOException {
        AtomicWrite.writeSynced(tmp, body::writeTo);
    }

    @Override
    public void backup(Path target, Path bak) throws IOException {
        // Link under a temp name, then rename over the old .bak: a crash leaves either .bak intact.
        Path linkTmp = bak.resolveSibling(bak.getFileName() + ".tmp");
        Files.deleteIfExists(linkTmp);
        try {
            Files.createLink(linkTmp, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, linkTmp, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(linkTmp, bak, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        // rename(2) is a no-op when both names are already the same file; then the temp name stays.
        Files.deleteIfExists(linkTmp);
    }

    @Override
    public void replace(Path tmp, Path target) throws IOException {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void syncDirectory(Path dir) {
        AtomicWrite.syncDirectory(dir);
    }

    @Override
    public void appendDurably(Path journal, byte[] bytes) throws IOException {
        boolean created = !Files.exists(journal);
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long size = ch.size();
            try {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
                long pos = size;
                while (buf.hasRemaining()) pos += ch.write(buf, pos);
                ch.force(true);
            } catch (IOException | RuntimeException e) {
                try {
                    ch.truncate(size);
                    ch.force(true);
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
        if (created) syncDirectory(journal.toAbsolutePath().getParent());
    }

    @Override
    public void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public FileChannel openLockFile(Path lock) throws IOException {
        return FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }
}
