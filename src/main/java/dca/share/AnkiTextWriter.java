package dca.share;

import dca.deck.Deck;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Anki's "Notes in Plain Text" import format (Anki 2.1.55 and later): file headers name the
 * separator and the columns, then one line per note: note type, deck, guid, the four fields of
 * dca's note types, tags. Fields are HTML, so newlines and tabs inside them are {@code <br>} and a
 * line is always one note. Note types and guids are those of the {@code .apkg} export, so the two
 * can be mixed in one Anki profile: Anki needs the note types DCA Basic and DCA Cloze, which
 * importing any dca {@code .apkg} once creates; the comment lines at the top say so.
 */
public final class AnkiTextWriter {
    private AnkiTextWriter() {}

    public static void write(List<Deck> decks, Writer out) throws IOException {
        write(decks, out, ExportOptions.none());
    }

    public static void write(List<Deck> decks, Writer out, ExportOptions options) throws IOException {
        out.write("#separator:tab\n");
        out.write("#html:true\n");
        out.write("#notetype column:1\n");
        out.write("#deck column:2\n");
        out.write("#guid column:3\n");
        out.write("#tags column:8\n");
        out.write("# dca notes for Anki: File > Import this file. It needs the note types DCA Basic (fields Front, Back,\n");
        out.write("# Context, DCA ids) and DCA Cloze (Text, Back Extra, Context, DCA ids); importing a dca .apkg once\n");
        out.write("# creates them (dca export DECK --format apkg), or add them as copies of Basic and Cloze with those fields.\n");
        for (AnkiNotes.Note n : AnkiNotes.of(decks, options)) {
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
