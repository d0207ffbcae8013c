package dca.share;

import dca.deck.Deck;
import dca.deck.DeckFormatException;
import dca.deck.DeckJson;
import dca.io.AtomicWrite;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A directory of deck JSON files, one deck per file named {@code <deck>.json}: where {@code dca
 * import} stores decks and where {@code dca build} writes compiled ones. In a dca checkout (the
 * working directory has {@code decks/} beside {@code pom.xml} or {@code notes/}) that is its
 * {@code decks/}; elsewhere {@code $XDG_DATA_HOME/dca/decks}.
 */
public final class DeckStore {
    /** Deck names that may become file names: no dots, no slashes, nothing that leaves the directory. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    private final Path dir;

    public DeckStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() { return dir; }

    /** True when {@code cwd} is a dca checkout with a {@code decks/} directory. */
    public static boolean isCheckout(Path cwd) {
        return Files.isDirectory(cwd.resolve("decks"))
                && (Files.isRegularFile(cwd.resolve("pom.xml")) || Files.isDirectory(cwd.resolve("notes")));
    }

    /** Where {@code dca import} stores decks run from {@code cwd}. */
    public static DeckStore forImport(Path cwd, Path dataDir) {
        return new DeckStore(isCheckout(cwd) ? cwd.resolve("decks") : dataDir.resolve("decks"));
    }

    /** Every place stored decks are read from: the checkout's {@code decks/} (if any), then the data dir. */
    public static List<DeckStore> searchPath(Path cwd, Path dataDir) {
        List<DeckStore> stores = new ArrayList<>();
        if (isCheckout(cwd)) stores.add(new DeckStore(cwd.resolve("decks")));
        stores.add(new DeckStore(dataDir.resolve("decks")));
        return stores;
    }

    /**
     * The notes decks followed by every stored deck whose name no notes deck has: {@code dca build}
     * writes the notes decks to {@code decks/} too, and those are the same decks.
     */
    public static List<Deck> withStored(List<Deck> notesDecks, Path cwd, Path dataDir) {
        Map<String, Deck> all = new LinkedHashMap<>();
        for (Deck d : notesDecks) all.putIfAbsent(d.name(), d);
        for (DeckStore store : searchPath(cwd, dataDir)) {
            for (Deck d : store.list()) all.putIfAbsent(d.name(), d);
        }
        return List.copyOf(all.values());
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The file for a deck; the name must be a slug and the path is checked to stay inside the directory. */
    public Path pathFor(String name) {
        if (!isValidName(name)) throw new IllegalArgumentException("not a deck name: " + name);
        Path p = dir.resolve(name + ".json").normalize();
        if (!dir.equals(p.getParent())) throw new IllegalArgumentException("deck path leaves " + dir + ": " + p);
        return p;
    }

    /**
     * Every readable deck in the directory, cleaned of control characters. Files that are not decks
     * are skipped: one bad file must not stop every command.
     */
    public List<Deck> list() {
        List<Deck> decks = new ArrayList<>();
        if (!Files.isDirectory(dir)) return decks;
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) files.add(p);
        } catch (IOException e) {
            return decks;
        }
        files.sort(null);
        for (Path p : files) decks.addAll(readQuietly(p));
        return decks;
    }

    public Optional<Deck> load(String name) {
        Path p = pathFor(name);
        if (!Files.isRegularFile(p)) return Optional.empty();
        return readQuietly(p).stream().filter(d -> d.name().equals(name)).findFirst();
    }

    private static List<Deck> readQuietly(Path p) {
        try {
            if (!Files.isRegularFile(p) || Files.size(p) > DeckImporter.MAX_BYTES) return List.of();
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                List<Deck> out = new ArrayList<>();
                for (Deck d : DeckJson.read(r)) {
                    Deck clean = DeckCleaner.clean(d).deck();
                    if (isValidName(clean.name())) out.add(clean);
                }
                return out;
            }
        } catch (IOException | DeckFormatException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Writes the decks, each to its own file: all are written to temporary files first and then
     * renamed into place, so a failure leaves the previous files as they were.
     */
    public List<Path> save(List<Deck> decks) throws IOException {
        Files.createDirectories(dir);
        List<Path> targets = new ArrayList<>();
        try (AtomicWrite.Batch batch = new AtomicWrite.Batch()) {
            for (Deck d : decks) {
                Path target = pathFor(d.name());
                batch.add(target, out -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    DeckJson.write(List.of(d), w);
                    w.flush();
                });
                targets.add(target);
            }
            batch.commit();
            return targets;
        }
    }
}
