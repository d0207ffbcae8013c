package dca.cli.commands;

import dca.cli.run.DeckSources;
import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.deck.Deck;
import dca.notes.NotesLoader;
import dca.notes.ParsedNotes;
import dca.share.DeckImporter;
import dca.share.DeckStore;
import dca.share.ImportException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dca import FILE [--as NAME]} */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Store a shared deck so every dca command can use it.",
                "It reads dca deck JSON, Anki plain-text notes (with #headers) or dca Markdown. Stored in decks/ of a dca",
                "checkout, else in ~/.local/share/dca/decks. Importing a newer version",
                "updates the deck in place: card ids, and so your progress, are kept.",
                "Files over 10 MB are refused; control characters are removed."})
public final class ImportCommand extends SubCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the deck file (.json, .txt, .md)")
    String file;

    @Option(names = "--as", paramLabel = "NAME", description = "Store the deck under NAME (letters, digits, '-').")
    String as;

    @Option(names = "--replace", description = "Replace a stored deck of the same name even when it shares few cards with this one.")
    boolean replace;

    /** Problems the notes parser found in a Markdown file: their cards were skipped. */
    private int notesProblems;

    @Override
    public Integer call() {
        Env env = root.env();
        Path path = env.path(file);
        DeckStore store = DeckStore.forImport(env.cwd(), env.dataDir());
        List<DeckImporter.Outcome> outcomes;
        try {
            List<Deck> decks = DeckImporter.read(path, md -> {
                List<Deck> out = new java.util.ArrayList<>();
                for (ParsedNotes p : NotesLoader.parseAll(md)) {
                    out.addAll(p.decks());
                    notesProblems += p.problems().size();
                }
                return out;
            });
            if (as != null && decks.size() > 1) {
                throw Failure.usage("--as names one deck, but " + file + " holds " + decks.size(),
                        "import it without --as; its decks keep their own names");
            }
            List<String> unrelated = replace ? List.of() : DeckImporter.unrelatedReplacements(decks, as, store);
            if (!unrelated.isEmpty()) {
                throw Failure.usage("a different deck is stored under that name: " + String.join(", ", unrelated),
                        "import it beside the stored one with --as NAME, or replace it with --replace");
            }
            outcomes = DeckImporter.store(decks, as, store);
        } catch (ImportException e) {
            throw new Failure(ExitCode.BAD_IMPORT, e.getMessage(), e.hint());
        } catch (IOException e) {
            throw new Failure(ExitCode.BAD_IMPORT, "cannot store the deck in " + store.dir() + ": " + e.getMessage(),
                    "check that the directory is writable");
        }
        for (DeckImporter.Outcome o : outcomes) {
            String title = o.deck().title().isBlank() ? "" : " (" + o.deck().title() + ")";
            env.out().printf("imported %s%s: %d cards, %d added, %d changed, %d removed%n",
                    o.name(), title, o.deck().cards().size(), o.added(), o.changed(), o.removed());
            env.out().printf("  stored in %s%n", o.file());
            if (o.renamedFrom() != null) env.out().printf("  the file calls it \"%s\"; stored as %s%n", o.renamedFrom(), o.name());
            if (o.cleanedFields() > 0) {
                env.out().printf("  removed control characters or escape sequences from %d text field%s%n",
                        o.cleanedFields(), o.cleanedFields() == 1 ? "" : "s");
            }
            if (shadowed(o.deck())) {
                env.out().printf("  note: your notes also have a deck named %s and dca uses that one;"
                        + " import again with --as NAME to use this one%n", o.name());
            }
        }
        if (notesProblems > 0) {
            env.out().printf("  %d problem%s in %s skipped some of its cards; dca check %s lists them%n",
                    notesProblems, notesProblems == 1 ? "" : "s", file, file);
        }
        return ExitCode.OK;
    }

    /** True when another deck of the same name (the notes' own) wins over the stored one. */
    private boolean shadowed(Deck stored) {
        try {
            return DeckSources.catalog(root).all().stream()
                    .anyMatch(d -> d.name().equals(stored.name()) && !d.equals(stored));
        } catch (Failure e) {
            return false; // unreadable notes hide nothing; the next command will say what is wrong with them
        }
    }
}
