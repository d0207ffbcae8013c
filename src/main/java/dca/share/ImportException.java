package dca.share;

/** A file {@code dca import} refuses: what is wrong with it and how to fix it. Nothing was written. */
public class ImportException extends Exception {
    private final String hint;

    /** Both texts may quote the untrusted file, so both are cleaned of control characters here. */
    public ImportException(String message, String hint) {
        super(oneLine(message));
        this.hint = hint == null ? "" : CleanText.clean(hint);
    }

    public String hint() { return hint; }

    /**
     * Messages quote the refused file: they are cleaned of control characters (fuzzing found NULs
     * from a header value printed as they were), kept on one line and capped, as the file is untrusted.
     */
    static String oneLine(String message) {
        if (message == null) return "";
        String s = CleanText.clean(message).replace('\n', ' ').replace('\t', ' ');
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
