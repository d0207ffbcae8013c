package dca.progress;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The progress file cannot be used: locked by another session, corrupt, newer than this dca, or
 * not writable. The message says what and where; {@link #hint()} says how to fix it. Exit code 3.
 */
public class ProgressException extends Exception {
    private final String hint;

    public ProgressException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint == null ? "" : hint;
    }

    public ProgressException(String message, String hint) {
        this(message, hint, null);
    }

    public String hint() { return hint; }

    /** The reason an I/O operation failed, as a user reads it. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException n) return "no such file or directory: " + n.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
