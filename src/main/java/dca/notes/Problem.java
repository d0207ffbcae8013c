package dca.notes;

/** Something {@code dca check} reports about a notes file, at a 1-based line (0 when the whole file). */
public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + message;
    }
}
