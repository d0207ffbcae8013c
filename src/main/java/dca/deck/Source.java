package dca.deck;

/** Where a card came from: a notes file and a 1-based line number, shown as {@code file:line}. */
public record Source(String file, int line) {
    public Source {
        if (file == null) file = "";
        if (line < 0) line = 0;
    }

    /** Parses {@code path:line}; a missing or unparsable line number becomes 0. */
    public static Source parse(String text) {
        if (text == null || text.isEmpty()) return new Source("", 0);
        int colon = text.lastIndexOf(':');
        if (colon > 0) {
            try {
                return new Source(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
            } catch (NumberFormatException e) {
                // not a line number: the whole text is the file
            }
        }
        return new Source(text, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
