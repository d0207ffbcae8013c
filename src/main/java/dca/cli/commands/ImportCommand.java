package dca.cli.commands;

import dca.cli.run.DeckSources;
import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.notes.NotesLoader;
import dca.notes.ParsedNotes;
import dca.share.DeckImporter;
import dca.share.DeckStore;
import dca.share.ImportException;
import dca.share.ImportNames;
import dca.share.ImportedDecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dca import FILE [--as NAME | --prefix NAME] [--replace]} */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Store a shared deck (dca JSON, Anki package or text, Quizlet, Markdown) so every command can use it.",
        description = {"Store shared decks so every dca command can use them: dca deck JSON, an Anki",
                "package (.apkg, .colpkg), Anki plain-text notes, Quizlet text or dca Markdown; the",
                "format is told from the content. Stored in ~/.local/share/dca/decks wherever dca",
                "runs. A deck named like one of your notes' decks, a chapter, a domain or all is",
                "stored under a prefix (its Anki parent deck or the file's name: group/chapter-5).",
                "Importing a newer version updates the deck in place: card ids, and so your progress,",
                "are kept. Files are untrusted: sizes are limited and control characters removed."})
public final class ImportCommand extends SubCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the deck file (.json, .apkg, .colpkg, .txt, .md)")
    String file;

    @Option(names = "--as", paramLabel = "NAME",
            description = "Store the deck under NAME (letters, digits, '-'); for a file of several decks, NAME is their prefix.")
    String as;

    @Option(names = "--prefix", paramLabel = "NAME", description = "Store every deck of the file as NAME/deck.")
    String prefix;

    @Option(names = "--replace", description = "Replace a stored deck of the same name even when it shares few cards with this one.")
    boolean replace;

    /** Problems the notes parser found in a Markdown file: their cards were skipped. */
    private int notesProblems;

    @Override
    public Integer call() {
        Env env = root.env();
        if (as != null && prefix != null) throw Failure.usage("--as and --prefix both name the decks", "give one of them");
        Path path = env.path(file);
        DeckStore store = DeckSources.imports(root);
        List<DeckImporter.Outcome> outcomes;
        List<ImportNames.Named> named;
        ImportedDecks read;
        try {
            read = DeckImporter.readFile(path, md -> {
                List<Deck> out = new ArrayList<>();
                for (ParsedNotes p : NotesLoader.parseAll(md)) {
                    out.addAll(p.decks());
                    notesProblems += p.problems().size();
                }
                return out;
            }, tempDir(env));
            Set<String> notesNames = DeckSources.notesNames(notesDecks());
            String stem = stem(path.getFileName() == null ? file : path.getFileName().toString());
            if (as != null && read.decks().size() == 1 && ImportNames.reserved(DeckCatalog.slug(as), notesNames)) {
                throw Failure.usage("--as " + as + " is a name of your notes' decks (a chapter, a domain or all)",
                        "choose another name, for example --as " + DeckCatalog.slug(stem) + "-" + DeckCatalog.slug(as));
            }
            named = ImportNames.assign(read, stem, prefix, as, notesNames);
            List<String> unrelated = replace ? List.of() : DeckImporter.unrelatedReplacements(named, store);
            if (!unrelated.isEmpty()) {
                throw Failure.usage("a different deck is stored under that name: " + String.join(", ", unrelated),
                        "import it beside the stored one with --prefix NAME (or --as NAME), or replace it with --replace");
            }
            String shown = path.getFileName() == null ? file : path.getFileName().toString();
            outcomes = DeckImporter.store(named, store, new DeckStore.Origin(shown, env.clock().instant()));
        } catch (ImportException e) {
            throw new Failure(ExitCode.BAD_IMPORT, e.getMessage(), e.hint());
        } catch (IOException e) {
            throw new Failure(ExitCode.BAD_IMPORT, "cannot store the deck in " + store.dir() + ": " + e.getMessage(),
                    "check that the directory is writable");
        }
        report(env, read, named, outcomes);
        return ExitCode.OK;
    }

    private void report(Env env, ImportedDecks read, List<ImportNames.Named> named, List<DeckImporter.Outcome> outcomes) {
        env.out().printf("read %s as %s: %d deck%s%n", file, read.format().label(), outcomes.size(), outcomes.size() == 1 ? "" : "s");
        for (int i = 0; i < outcomes.size(); i++) {
            DeckImporter.Outcome o = outcomes.get(i);
            ImportNames.Named n = named.get(i);
            String title = o.deck().title().isBlank() ? "" : " (" + o.deck().title() + ")";
            env.out().printf("imported %s%s: %d cards, %d added, %d changed, %d removed%n",
                    o.name(), title, o.deck().cards().size(), o.added(), o.changed(), o.removed());
            env.out().printf("  stored in %s%n", o.file());
            if (o.renamedFrom() != null) {
                String why = n.reason().isEmpty() ? "" : " (" + n.reason() + ")";
                env.out().printf("  the file calls it \"%s\"; stored as %s%s%n", o.renamedFrom(), o.name(), why);
            }
            if (o.cleanedFields() > 0) {
                env.out().printf("  removed control characters or escape sequences from %d text field%s%n",
                        o.cleanedFields(), o.cleanedFields() == 1 ? "" : "s");
            }
        }
        for (String notice : read.notices()) env.out().printf("  %s%n", notice);
        if (notesProblems > 0) {
            env.out().printf("  %d problem%s in %s skipped some of its cards; dca check %s lists them%n",
                    notesProblems, notesProblems == 1 ? "" : "s", file, file);
        }
        if (!outcomes.isEmpty()) env.out().printf("  drill one with: dca quiz %s%n", outcomes.get(0).name());
    }

    /** The notes' decks; unreadable notes hide nothing (the next command says what is wrong with them). */
    private List<Deck> notesDecks() {
        try {
            return DeckSources.notesDecks(root);
        } catch (Failure e) {
            return List.of();
        }
    }

    /** Where an Anki package is unpacked (in a private directory, deleted before the import ends): $TMPDIR, as Unix tools do. */
    private static Path tempDir(Env env) {
        String tmp = env.var("TMPDIR");
        return tmp != null && !tmp.isBlank() ? env.path(tmp) : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
