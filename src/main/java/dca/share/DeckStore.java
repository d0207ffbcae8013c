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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A directory of deck JSON files, one deck per file named {@code <deck>.json} (a deck named
 * {@code group/deck} is {@code group/deck.json}): where {@code dca import} stores decks and where
 * {@code dca build} writes compiled ones. An index beside them ({@value #ORIGINS}) says which file
 * each imported deck came from and when.
 */
public final class DeckStore {
    /** One part of a deck name: no dots, no slashes, nothing that leaves the directory. */
    private static final String PART = "[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?";
    /** Deck names that may become file names: a part, or a group and a part. */
    private static final Pattern NAME = Pattern.compile("(?:" + PART + "/)?" + PART);
    static final String ORIGINS = ".imports.json";
    /** The origins file's mapper, in a holder: listing decks (every review) never loads jackson-databind. */
    private static final class Origins {
        static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    }

    /** Where an imported deck came from: the file's name (never its path) and when it was imported. */
    public record Origin(String file, Instant at) {}

    private final Path dir;

    public DeckStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() { return dir; }

    /**
     * The stored decks next to the notes' decks: those a user can reach, and those stored before
     * imports were named apart from the notes (under a name a notes deck answers to), which the
     * notes' deck hides.
     */
    public record Beside(List<Deck> reachable, List<Deck> hidden) {}

    /** @param notesNames every name the notes' decks answer to */
    public Beside beside(java.util.Set<String> notesNames) {
        List<Deck> reachable = new ArrayList<>();
        List<Deck> hidden = new ArrayList<>();
        for (Deck d : list()) (notesNames.contains(d.name()) ? hidden : reachable).add(d);
        return new Beside(reachable, hidden);
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Where imported decks are stored, wherever dca runs: {@code $XDG_DATA_HOME/dca/decks}. */
    public static DeckStore imports(Path dataDir) {
        return new DeckStore(dataDir.resolve("decks"));
    }

    /** The file for a deck; the name must be a slug (or group/slug) and the path is checked to stay inside the directory. */
    public Path pathFor(String name) {
        if (!isValidName(name)) throw new IllegalArgumentException("not a deck name: " + name);
        Path p = dir.resolve(name + ".json").normalize();
        Path parent = name.contains("/") ? p.getParent().getParent() : p.getParent();
        if (!dir.equals(parent)) throw new IllegalArgumentException("deck path leaves " + dir + ": " + p);
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
        jsonFiles(dir, files);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> Files.isDirectory(p) && isValidName(p.getFileName().toString()))) {
            for (Path group : ds) jsonFiles(group, files);
        } catch (IOException e) {
            // an unreadable group hides only its own decks
        }
        files.sort(null);
        for (Path p : files) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            String expected = rel.substring(0, rel.length() - ".json".length());
            // a deck is the one its file is named for: a copied file cannot bring in another name
            for (Deck d : readQuietly(p)) if (d.name().equals(expected) || !expected.contains("/")) decks.add(d);
        }
        return decks;
    }

    private static void jsonFiles(Path dir, List<Path> out) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                if (!p.getFileName().toString().startsWith(".")) out.add(p);
            }
        } catch (IOException e) {
            // unreadable: no decks from here
        }
    }

    /** Which file each imported deck came from, and when; decks stored before dca kept this have none. */
    public Map<String, Origin> origins() {
        Map<String, Origin> out = new TreeMap<>();
        Path f = dir.resolve(ORIGINS);
        try {
            if (!Files.isRegularFile(f) || Files.size(f) > DeckImporter.MAX_BYTES) return out;
            com.fasterxml.jackson.databind.JsonNode root = Origins.JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
            var it = root.path("decks").fields();
            while (it.hasNext()) {
                var e = it.next();
                String file = CleanText.clean(e.getValue().path("file").asText(""));
                try {
                    out.put(e.getKey(), new Origin(file, Instant.parse(e.getValue().path("at").asText(""))));
                } catch (java.time.format.DateTimeParseException bad) {
                    out.put(e.getKey(), new Origin(file, null));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new TreeMap<>();
        }
        return out;
    }

    private void saveOrigins(Map<String, Origin> origins) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode root = Origins.JSON.createObjectNode();
        com.fasterxml.jackson.databind.node.ObjectNode decks = root.putObject("decks");
        origins.forEach((name, o) -> decks.putObject(name).put("file", o.file()).put("at", o.at() == null ? "" : o.at().toString()));
        dca.io.AtomicWrite.write(dir.resolve(ORIGINS), out -> out.write(Origins.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root)));
    }

    /** Writes the decks (see {@link #save(List)}) and records where they came from. */
    public List<Path> save(List<Deck> decks, Origin origin) throws IOException {
        List<Path> written = save(decks);
        Map<String, Origin> origins = origins();
        for (Deck d : decks) origins.put(d.name(), origin);
        saveOrigins(origins);
        return written;
    }

    /** Deletes a stored deck (and its group directory once empty); false when there is none by that name. */
    public boolean remove(String name) throws IOException {
        Path p = pathFor(name);
        boolean removed = Files.deleteIfExists(p);
        if (name.contains("/")) {
            try {
                Files.deleteIfExists(p.getParent());
            } catch (java.nio.file.DirectoryNotEmptyException stillUsed) {
                // other decks of the group stay
            }
        }
        Map<String, Origin> origins = origins();
        if (origins.remove(name) != null) saveOrigins(origins);
        return removed;
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
                Files.createDirectories(target.getParent());
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
