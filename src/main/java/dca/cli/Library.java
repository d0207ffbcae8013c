package dca.cli;

import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.deck.UnknownDeckException;
import dca.notes.NotesException;
import dca.notes.NotesLoader;
import dca.share.DeckStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a run's decks and progress come from (DESIGN §3, §5): {@code --notes}, {@code $DCA_NOTES},
 * {@code ./notes}, else the notes bundled in the jar; {@code --progress}, {@code $DCA_PROGRESS},
 * else {@code $XDG_DATA_HOME/dca/progress.json}.
 */
public final class Library {
    private Library() {}

    /** The notes path this run reads, or null for the bundled notes. */
    public static Path notesPath(DcaCommand root) {
        Env env = root.env();
        if (root.notes != null) return env.path(root.notes);
        String var = env.var("DCA_NOTES");
        if (var != null) return env.path(var);
        Path local = env.cwd().resolve("notes");
        return Files.isDirectory(local) ? local : null;
    }

    public static Path progressPath(DcaCommand root) {
        Env env = root.env();
        if (root.progress != null) return env.path(root.progress);
        String var = env.var("DCA_PROGRESS");
        if (var != null) return env.path(var);
        return env.dataDir().resolve("progress.json");
    }

    public static DeckCatalog catalog(DcaCommand root) {
        Path notes = notesPath(root);
        try {
            List<Deck> decks = notes == null ? List.of() : NotesLoader.load(notes);
            decks = DeckStore.withStored(decks, root.env().cwd(), root.env().dataDir()); // imported decks
            return new DeckCatalog(decks);
        } catch (NotesException e) {
            throw Failure.usage(e.getMessage(), "save the file as UTF-8 or pass another --notes PATH");
        } catch (IOException e) {
            throw Failure.usage("cannot read notes at " + notes + ": " + e.getMessage(),
                    "check the path given with --notes or $DCA_NOTES");
        }
    }

    /** Resolves deck names as the user typed them; an unknown one is a usage error with suggestions. */
    public static List<Deck> decks(DcaCommand root, List<String> names) {
        DeckCatalog catalog = catalog(root);
        try {
            return catalog.resolveAll(names.isEmpty() ? List.of("all") : names);
        } catch (UnknownDeckException e) {
            String hint = e.suggestions().isEmpty()
                    ? "decks here: " + String.join(", ", e.available())
                    : "did you mean " + String.join(", ", e.suggestions()) + "? Decks here: " + String.join(", ", e.available());
            throw Failure.usage(e.getMessage(), hint);
        }
    }
}
