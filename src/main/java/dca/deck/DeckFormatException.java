package dca.deck;

/** A deck file that cannot be read: says what is wrong and, where known, the line and column. */
public class DeckFormatException extends Exception {
    private final int line;
    private final int column;

    public DeckFormatException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public DeckFormatException(String message) {
        this(message, 0, 0);
    }

    public int line() { return line; }
    public int column() { return column; }

    /** "line 3, column 14: message" or just the message when the position is unknown. */
    public String describe() {
        return line > 0 ? "line " + line + ", column " + column + ": " + getMessage() : getMessage();
    }
}
