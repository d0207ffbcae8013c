package dca.cli;

import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.deck.UnknownDeckException;
import dca.notes.BundledNotes;
import dca.notes.NotesException;
import dca.notes.NotesLoader;
import dca.notes.ParsedNotes;
import dca.share.DeckStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        List<Deck> decks = new ArrayList<>();
        for (ParsedNotes p : parsed(root)) decks.addAll(p.decks());
        decks = DeckStore.withStored(decks, root.env().cwd(), root.env().dataDir()); // imported decks
        return new DeckCatalog(decks);
    }

    /** Every notes file of this run, parsed, with the problems found: what {@code dca check} reports. */
    public static List<ParsedNotes> parsed(DcaCommand root) {
        Path notes = notesPath(root);
        return notes == null ? bundled() : parsed(root, notes);
    }

    /** The notes at one path; file sources are named relative to the working directory when inside it. */
    public static List<ParsedNotes> parsed(DcaCommand root, Path notes) {
        Path cwd = root.env().cwd();
        try {
            if (!Files.exists(notes)) {
                throw Failure.usage("no notes at " + notes, "pass a notes directory or .md file with --notes PATH");
            }
            Path base = notes.toAbsolutePath().normalize().startsWith(cwd) ? cwd : notes.toAbsolutePath().normalize().getParent();
            List<ParsedNotes> out = new ArrayList<>();
            for (Path f : NotesLoader.files(notes)) out.add(NotesLoader.parse(f, base));
            return out;
        } catch (NotesException e) {
            throw Failure.usage(e.getMessage(), "save the file as UTF-8 or pass another --notes PATH");
        } catch (IOException e) {
            throw Failure.usage("cannot read notes at " + notes + ": " + e.getMessage(),
                    "check the path given with --notes or $DCA_NOTES");
        }
    }

    private static List<ParsedNotes> bundled() {
        try {
            return BundledNotes.parseAll();
        } catch (NotesException | IOException e) {
            throw new Failure(ExitCode.INTERNAL, "cannot read the notes bundled with dca: " + e.getMessage(),
                    "pass your notes with --notes PATH");
        }
    }

    /**
     * Resolves deck names as the user typed them; an unknown one is a usage error with suggestions.
     * A path to a {@code .md} file stands for the decks in that file.
     */
    public static List<Deck> decks(DcaCommand root, List<String> names) {
        List<String> byName = new ArrayList<>();
        Map<String, Deck> out = new LinkedHashMap<>();
        for (String name : names) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                Path file = root.env().path(name);
                if (!Files.isRegularFile(file)) {
                    throw Failure.usage("no notes file " + name, "give the path of a Markdown notes file, or a deck name");
                }
                for (ParsedNotes p : parsed(root, file)) for (Deck d : p.decks()) out.putIfAbsent(d.name(), d);
            } else {
                byName.add(name);
            }
        }
        if (!byName.isEmpty() || out.isEmpty()) {
            DeckCatalog catalog = catalog(root);
            try {
                for (Deck d : catalog.resolveAll(byName.isEmpty() ? List.of("all") : byName)) out.putIfAbsent(d.name(), d);
            } catch (UnknownDeckException e) {
                String available = e.available().isEmpty() ? "(none)" : String.join(", ", e.available());
                String hint = e.suggestions().isEmpty()
                        ? "decks here: " + available
                        : "did you mean " + String.join(", ", e.suggestions()) + "? Decks here: " + available;
                throw Failure.usage(e.getMessage(), hint);
            }
        }
        return List.copyOf(out.values());
    }
}
