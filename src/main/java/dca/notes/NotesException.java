package dca.notes;

/** A notes file that cannot be read at all (not UTF-8, unreadable); names the file. */
public class NotesException extends Exception {
    public NotesException(String message) {
        super(message);
    }
}
