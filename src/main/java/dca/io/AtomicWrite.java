package dca.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How dca writes every file it writes: into a temporary file beside the target, forced to disk,
 * renamed over the target, and the directory entry forced too. A reader sees the old file or the
 * whole new one, never half of it, and a crash right after leaves the new one. Files get the usual
 * permissions (umask), unlike {@code Files.createTempFile}, whose owner-only files are not shareable.
 */
public final class AtomicWrite {
    /** What goes into the file. It may close the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {}

    /** Replaces {@code target} with {@code content}, whole or not at all. */
    public static void write(Path target, Content content) throws IOException {
        try (Batch batch = new Batch()) {
            batch.add(target, content);
            batch.commit();
        }
    }

    /**
     * Several files that change together: each is written to its temporary file first, and only
     * when all are written are they renamed into place, so a failure leaves every target as it was.
     */
    public static final class Batch implements AutoCloseable {
        private final List<Path> temps = new ArrayList<>();
        private final List<Path> targets = new ArrayList<>();

        public void add(Path target, Content content) throws IOException {
            Path tmp = temp(target);
            temps.add(tmp);
            targets.add(target);
            writeSynced(tmp, content);
        }

        public void commit() throws IOException {
            for (int i = 0; i < temps.size(); i++) rename(temps.get(i), targets.get(i));
            for (Path dir : targets.stream().map(t -> t.toAbsolutePath().getParent()).distinct().toList()) syncDirectory(dir);
            temps.clear();
        }

        /** Removes the temporary files of a batch that was not committed. */
        @Override
        public void close() throws IOException {
            for (Path t : temps) Files.deleteIfExists(t);
            temps.clear();
        }
    }

    /** Creates or truncates {@code file}, writes the content and forces it to disk. */
    public static void writeSynced(Path file, Content content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            content.writeTo(new NonClosing(out));
            out.flush();
            ch.force(true);
        }
    }

    /** Forces a directory's entries (a rename) to disk; best effort where the OS cannot. */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Some platforms cannot open a directory; the rename is still atomic there.
        }
    }

    /** A new, empty file in the target's directory, named after it. */
    static Path temp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 8) throw e;
            }
        }
    }

    private static void rename(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writers that close their stream must not close the channel before it is forced. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override
        public void close() throws IOException { out.flush(); }
    }
}
