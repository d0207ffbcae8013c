package dca.notes;

import dca.io.Utf8;
import java.nio.charset.CharacterCodingException;

/** Input hygiene: strict UTF-8, no byte-order mark, LF line ends. Line numbers are kept. */
final class NotesText {
    private NotesText() {}

    /** Decodes strictly, so a Latin-1 or UTF-16 file is an error naming it instead of mojibake cards. */
    static String decode(byte[] bytes, String file) throws NotesException {
        try {
            return clean(Utf8.decode(bytes));
        } catch (CharacterCodingException e) {
            int line = Utf8.firstBadLine(bytes);
            throw new NotesException(file + " is not UTF-8 text (" + (line > 0 ? "bad byte on line " + line : "bad byte") + ")");
        }
    }

    /** Drops a BOM and NUL characters, turns CRLF and lone CR into LF (one line stays one line). */
    static String clean(String text) {
        String t = text;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') t = t.substring(1);
        if (t.indexOf('\r') >= 0) t = t.replace("\r\n", "\n").replace('\r', '\n');
        if (t.indexOf('\0') >= 0) t = t.replace('\0', '\uFFFD');
        return t;
    }
}
