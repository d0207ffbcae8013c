package dca.share;

import dca.deck.Deck;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Anki's "Notes in Plain Text" import format: file headers name the separator and the columns, then
 * one line per note: note type, deck, guid, the two fields, tags. Fields are HTML, so newlines and
 * tabs inside them are {@code <br>} and a line is always one note.
 */
public final class AnkiTextWriter {
    private AnkiTextWriter() {}

    public static void write(List<Deck> decks, Writer out) throws IOException {
        out.write("#separator:tab\n");
        out.write("#html:true\n");
        out.write("#notetype column:1\n");
        out.write("#deck column:2\n");
        out.write("#guid column:3\n");
        out.write("#tags column:6\n");
        for (AnkiNotes.Note n : AnkiNotes.of(decks)) {
            out.write(n.type().ankiName());
            out.write('\t');
            out.write(Html.escapeOnly(n.deck()));
            out.write('\t');
            out.write(Html.escapeOnly(n.guid()));
            for (String f : n.fields()) {
                out.write('\t');
                out.write(f);
            }
            out.write('\t');
            out.write(String.join(" ", n.tags()));
            out.write('\n');
        }
        out.flush();
    }
}
