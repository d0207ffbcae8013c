package dca.cli.drill;

import dca.cli.run.BuildInfo;
import dca.cli.run.DeckSources;
import dca.cli.run.Env;
import dca.deck.Deck;
import dca.deck.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The drill's {@code e}: opens {@code $VISUAL}, else {@code $EDITOR}, else vi, at a card's line
 * ({@code +LINE FILE}) wherever dca runs. A card of the notes bundled in dca is edited in the
 * checkout the jar was built from, while it exists; a card of an imported deck in the file it came
 * from, when that is at hand, and then it shows only once imported again.
 */
final class EditorLauncher {
    /** Where a card can be edited and what to say after, or why it cannot be. */
    sealed interface Target permits Editable, NotEditable {}

    record Editable(Path file, int line, String done) implements Target {}

    record NotEditable(String why) implements Target {}

    private final Env env;
    private final Path notesRoot;
    private final Function<Deck, Optional<DeckSources.Imported>> stored;
    private final Optional<Path> checkout;

    EditorLauncher(Env env, Path notesRoot, Function<Deck, Optional<DeckSources.Imported>> stored) {
        this(env, notesRoot, stored, BuildInfo.checkout());
    }

    /**
     * {@code notesRoot}: the notes directory or file this run reads, or null for the bundled notes;
     * {@code stored}: where an imported deck is kept and came from, empty for a deck of the notes;
     * {@code checkout}: the checkout the jar was built from, whose notes/ are the bundled notes.
     */
    EditorLauncher(Env env, Path notesRoot, Function<Deck, Optional<DeckSources.Imported>> stored, Optional<Path> checkout) {
        this.env = env;
        this.notesRoot = notesRoot;
        this.stored = stored;
        this.checkout = checkout;
    }

    Target target(Source source, Deck deck) {
        if (source == null || source.file().isEmpty()) return new NotEditable("this card has no source file");
        Optional<DeckSources.Imported> imported = deck == null ? Optional.empty() : stored.apply(deck);
        if (imported.isPresent()) return imported(source, deck, imported.get());
        if (notesRoot == null) return bundled(source);
        List<Path> dirs = new ArrayList<>();
        Path dir = Files.isDirectory(notesRoot) ? notesRoot : notesRoot.getParent();
        if (dir != null) {
            dirs.add(dir);
            if (dir.getParent() != null) dirs.add(dir.getParent());
        }
        dirs.add(env.cwd());
        Path file = find(source.file(), dirs);
        if (file == null) return new NotEditable("cannot find " + source.file() + " (looked in " + dirs.get(0) + " and " + env.cwd() + ")");
        return new Editable(file, source.line(), "edited " + source + " (changes show next run)");
    }

    /**
     * A card of an imported deck: dca reads the stored copy, so an edit shows only after the file is
     * imported again. The card's own source is opened when it is at hand, else the file it was imported from.
     */
    private Target imported(Source source, Deck deck, DeckSources.Imported where) {
        Path from = where.from().isEmpty() ? null : find(where.from(), List.of(env.cwd()));
        String again = "dca import " + (from == null ? "FILE" : from) + " again";
        Path file = find(source.file(), List.of(env.cwd()));
        if (file == null && from != null) {
            return new Editable(from, 0, "edited " + from + "; the deck is imported: run " + again + " for the change to show");
        }
        if (file == null) {
            return new NotEditable("this card is from the imported deck " + deck.name() + " (kept in " + where.kept()
                    + "): edit the file you imported it from and run " + again);
        }
        return new Editable(file, source.line(), "edited " + file + ":" + source.line() + "; the deck is imported: run " + again
                + " for the change to show");
    }

    /** A card of the notes inside the jar: in the checkout the jar was built from, if it is still there. */
    private Target bundled(Source source) {
        Path file = checkout.map(c -> find(source.file(), List.of(c))).orElse(null);
        if (file != null) return new Editable(file, source.line(), "edited " + file + ":" + source.line() + " (changes show next run)");
        return new NotEditable("this card is in the notes bundled with dca (" + source + "), and "
                + checkout.map(c -> "the checkout dca was built from (" + c + ") is gone").orElse("dca does not know the checkout it was built from")
                + ": edit the notes in a dca checkout, or study your own with --notes DIR");
    }

    /** The file a source names: as given when absolute, else under one of {@code dirs}; null when none has it. */
    private static Path find(String name, List<Path> dirs) {
        Path p = Path.of(name);
        if (p.isAbsolute()) return Files.isRegularFile(p) ? p : null;
        for (Path d : dirs) {
            Path c = d.resolve(name).normalize();
            if (Files.isRegularFile(c)) return c;
        }
        return null;
    }

    String editor() {
        return env.var("VISUAL") != null ? env.var("VISUAL") : env.var("EDITOR") != null ? env.var("EDITOR") : "vi";
    }

    /** Runs the editor on the terminal and waits for it; the caller gives the terminal up first. */
    void open(Path file, int line) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(editor().trim().split("\\s+")));
        if (line > 0) cmd.add("+" + line);
        cmd.add(file.toString());
        new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }
}
