package dca.progress;

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
}
