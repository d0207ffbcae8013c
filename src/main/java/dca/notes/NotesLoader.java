package dca.notes;

import dca.deck.Deck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a notes directory or a single Markdown file into decks, one per chapter.
 * The parser is not written yet: this loader finds no decks.
 */
public final class NotesLoader {
    private NotesLoader() {}

    /** A directory (every {@code *.md} inside, sorted) or one {@code .md} file. */
    public static List<Deck> load(Path path) throws IOException, NotesException {
        return List.of();
    }
}
