package dca.share;

/** A file {@code dca import} refuses: what is wrong with it and how to fix it. Nothing was written. */
public class ImportException extends Exception {
    private final String hint;

    /** Both texts may quote the untrusted file, so both are cleaned of control characters here. */
    public ImportException(String message, String hint) {
        super(CleanText.clean(message).replace('\n', ' ').replace('\t', ' '));
        this.hint = hint == null ? "" : CleanText.clean(hint);
    }

    public String hint() { return hint; }
}
