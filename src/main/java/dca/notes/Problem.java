package dca.notes;

/**
 * Something {@code dca check} reports about a notes file, at a 1-based line (0 when the whole file).
 * An error fails {@code check}; a warning is printed but does not (dca worked around it, e.g. by
 * giving a second deck for one chapter its own name).
 */
public record Problem(String file, int line, String message, boolean warning) {
    public Problem(String file, int line, String message) {
        this(file, line, message, false);
    }

    static Problem warning(String file, int line, String message) {
        return new Problem(file, line, message, true);
    }

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + (warning ? "warning: " : "") + message;
    }
}
