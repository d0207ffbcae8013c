package dca.cli.commands;

import dca.cli.run.DeckSources;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.deck.Deck;
import dca.deck.EditDistance;
import dca.share.DeckStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dca remove DECK…}: deletes imported decks; their progress stays in the progress file. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        header = "Delete an imported deck (its progress is kept).",
        description = {"Delete decks you imported (dca decks lists them). Your progress on their cards",
                "stays in the progress file and is used again if you import the deck again.",
                "The notes' own decks are not removed this way: edit or move the notes."})
public final class RemoveCommand extends SubCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DECK", description = "the imported deck's name, as dca decks shows it")
    List<String> names;

    @Override
    public Integer call() {
        DeckStore store = DeckSources.imports(root);
        var origins = store.origins();
        for (String raw : names) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            Path file = DeckStore.isValidName(name) ? store.pathFor(name) : null;
            if (file == null || !Files.isRegularFile(file)) throw unknown(raw, store);
        }
        for (String raw : names) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            DeckStore.Origin o = origins.get(name);
            try {
                store.remove(name);
            } catch (IOException e) {
                throw new Failure(ExitCode.BAD_IMPORT, "cannot remove " + name + " from " + store.dir() + ": " + e.getMessage(),
                        "check that the directory is writable");
            }
            String from = o == null ? "" : " (imported from " + o.file()
                    + (o.at() == null ? "" : " on " + o.at().atZone(ZoneOffset.UTC).toLocalDate()) + ")";
            env().out().printf("removed %s%s; your progress on its cards is kept%n", name, from);
        }
        return ExitCode.OK;
    }

    /** Not an imported deck: a deck of the notes, or a name that is neither. */
    private Failure unknown(String raw, DeckStore store) {
        String name = raw.strip().toLowerCase(Locale.ROOT);
        List<String> imported = store.list().stream().map(Deck::name).toList();
        boolean notes;
        try {
            notes = DeckSources.notesNames(DeckSources.notesDecks(root)).contains(name);
        } catch (Failure unreadable) {
            notes = false;
        }
        if (notes) {
            return Failure.usage(raw + " is a deck of your notes, not an imported one",
                    "to drop it, edit or move its notes file; dca remove deletes only imported decks");
        }
        if (imported.isEmpty()) return Failure.usage("no imported deck named " + raw, "there are no imported decks (dca import FILE adds one)");
        List<String> close = imported.stream()
                .sorted(Comparator.comparingInt((String n) -> EditDistance.between(name, n))).limit(3).toList();
        return Failure.usage("no imported deck named " + raw, "imported decks: " + String.join(", ", close)
                + (imported.size() > close.size() ? " (dca decks lists all " + imported.size() + ")" : ""));
    }
}
