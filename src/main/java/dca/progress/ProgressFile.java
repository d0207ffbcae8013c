package dca.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;

/**
 * The progress file on disk: read whole, written whole (temp file in the same directory, fsync,
 * previous file kept as {@code FILE.bak}, atomic rename, directory fsync), never written when it
 * could not be read, and copied to {@code FILE.vN.bak} before an older format is upgraded.
 */
final class ProgressFile {
    private final Path file;
    private final Path dir;
    private final Path tmp;
    private final Path bak;
    private final Storage storage;
    private final ProgressEncoder encoder;

    /** {@code encoder}: the store's, which also writes the journal's lines and keeps what it encoded before. */
    ProgressFile(Path file, Storage storage, ProgressEncoder encoder) {
        this.file = file;
        Path parent = file.getParent();
        this.dir = parent == null ? Path.of(".").toAbsolutePath() : parent;
        String name = file.getFileName().toString();
        this.tmp = dir.resolve(name + ".tmp");
        this.bak = dir.resolve(name + ".bak");
        this.storage = storage;
        this.encoder = encoder;
    }

    Path path() { return file; }

    Path backup() { return bak; }

    /** What the file holds; an empty progress of the current version when there is no file yet. */
    ProgressJson.Parsed read() throws ProgressException {
        try (InputStream in = Files.newInputStream(file)) {
            return ProgressJson.read(in);
        } catch (NoSuchFileException e) {
            return new ProgressJson.Parsed(ProgressJson.VERSION, new ProgressData());
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
    }

    /** Identity and time of the file as it is now (null when missing), to notice a replacement. */
    Object version() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime(), a.size());
        } catch (IOException e) {
            return null;
        }
    }

    /** Replaces the file with {@code data}, durably; the previous file becomes the backup. */
    void write(ProgressData data, Instant savedAt) throws ProgressException {
        try {
            Files.createDirectories(dir);
            storage.writeDurably(tmp, out -> encoder.write(data, savedAt, out));
            if (Files.exists(file)) storage.backup(file, bak);
            storage.replace(tmp, file);
            storage.syncDirectory(dir);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException | RuntimeException ignored) {
                // the next save truncates it anyway
            }
            throw new ProgressException("cannot save progress to " + file + ": " + ProgressException.reason(e),
                    "free disk space or make " + dir + " writable; every earlier answer is safe in the file", e);
        }
    }

    /** Keeps the file of an older format next to it ({@code FILE.vN.bak}) before it is rewritten. */
    void keepOldVersion(int fromVersion) throws ProgressException {
        keepCopy("v" + fromVersion + ".bak");
    }

    /** Copies the file to {@code FILE.SUFFIX}, forced to disk, before a change that leaves its old form behind. */
    Path keepCopy(String suffix) throws ProgressException {
        Path keep = dir.resolve(file.getFileName() + "." + suffix);
        try {
            Files.copy(file, keep, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel ch = FileChannel.open(keep, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        } catch (IOException e) {
            throw new ProgressException("cannot back up " + file + " before upgrading it: " + ProgressException.reason(e),
                    "make " + dir + " writable; the file was left untouched", e);
        }
        return keep;
    }
}
