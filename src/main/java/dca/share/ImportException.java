package dca.share;

/** A file {@code dca import} refuses: what is wrong with it and how to fix it. Nothing was written. */
public class ImportException extends Exception {
    private final String hint;

    public ImportException(String message, String hint) {
        super(message);
        this.hint = hint == null ? "" : hint;
    }

    public String hint() { return hint; }
}
