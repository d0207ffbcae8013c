package dca.share;

import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.Deck;
import dca.deck.DeckFormatException;
import dca.deck.DeckJson;
import dca.io.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code dca import}: reads a deck file that came from someone else, refuses anything it cannot
 * trust, and stores what it accepts. The file is untrusted: its size is checked before it is read,
 * errors name the line and column, every text field is cleaned of control characters and escape
 * sequences, deck names become {@code [a-z0-9-]} slugs and card ids are validated. Nothing is
 * written unless every deck in the file is accepted.
 */
public final class DeckImporter {
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Reads dca Markdown into decks; the notes parser, passed in so this package does not depend on it. */
    @FunctionalInterface
    public interface MarkdownReader {
        List<Deck> read(Path file) throws Exception;
    }

    /** The formats {@code dca import} reads, in the order it tries them. */
    public enum Format {
        JSON("deck JSON"),
        APKG("Anki package"),
        ANKI_TEXT("Anki text"),
        QUIZLET("Quizlet (term TAB definition)"),
        MARKDOWN("dca Markdown");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() { return label; }
    }

    /** What importing did to one deck. */
    public record Outcome(Deck deck, Path file, int added, int changed, int removed, String renamedFrom, int cleanedFields) {
        public String name() { return deck.name(); }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DeckImporter() {}

    /** Reads and validates the decks in {@code file}; throws before anything is written. */
    public static List<Deck> read(Path file, MarkdownReader markdown) throws ImportException {
        return readFile(file, markdown, Path.of(System.getProperty("java.io.tmpdir"))).decks();
    }

    /**
     * Reads and validates {@code file}, whatever its format, which is told from its content (its
     * name only breaks ties); throws before anything is written.
     *
     * @param tempDir where an Anki package's collection is unpacked (in a private directory, deleted before this returns)
     */
    public static ImportedDecks readFile(Path file, MarkdownReader markdown, Path tempDir) throws ImportException {
        String shown = CleanText.clean(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        if (!Files.exists(file)) throw new ImportException("no such file: " + CleanText.clean(file.toString()), "check the path");
        if (Files.isDirectory(file)) throw new ImportException(CleanText.clean(file.toString()) + " is a directory", "name a deck file");
        byte[] head = head(file, shown);
        ImportedDecks read;
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            read = ApkgReader.read(file, shown, tempDir, ApkgLimits.DEFAULT);
        } else if (startsWith(head, SQLITE)) {
            throw new ImportException(shown + " is an SQLite database, not a deck file",
                    "if it is an Anki collection, export the decks from Anki as an Anki Deck Package (.apkg) and import that");
        } else {
            read = readTextFile(file, shown, readText(file, shown), markdown);
        }
        if (read.decks().isEmpty() || read.decks().stream().allMatch(d -> d.cards().isEmpty())) {
            throw new ImportException(shown + " holds no cards", "check you picked the right file");
        }
        for (Deck d : read.decks()) checkIds(d, shown);
        return read;
    }

    private static ImportedDecks readTextFile(Path file, String shown, String text, MarkdownReader markdown) throws ImportException {
        Format format = detect(shown, text);
        if (format == null) throw noCards(shown);
        switch (format) {
            case JSON -> {
                try {
                    return new ImportedDecks(Format.JSON, DeckJson.read(new StringReader(text)), Map.of(), List.of());
                } catch (DeckFormatException e) {
                    throw new ImportException(shown + ": " + CleanText.clean(e.describe()),
                            "the file is not a dca deck; export it again with dca export --format json");
                } catch (IOException e) {
                    throw new ImportException("cannot read " + shown + ": " + e.getMessage(), "check the file");
                } catch (IllegalArgumentException e) {
                    // a value the codec reads but the model refuses, such as an empty deck name
                    throw new ImportException(shown + ": " + CleanText.clean(e.getMessage()),
                            "the file is not a valid dca deck; export it again with dca export --format json");
                }
            }
            case ANKI_TEXT -> {
                return AnkiTextReader.readAll(text, stem(shown));
            }
            case QUIZLET -> {
                return QuizletReader.read(text, shown, stem(shown));
            }
            default -> {
                List<Deck> decks;
                try {
                    decks = markdown.read(file);
                } catch (Exception e) {
                    throw new ImportException(shown + ": " + CleanText.clean(String.valueOf(e.getMessage())),
                            "check the file is dca Markdown (dca check FILE lists its problems)");
                }
                if (decks.stream().allMatch(d -> d.cards().isEmpty())) throw noCards(shown);
                return new ImportedDecks(Format.MARKDOWN, decks, Map.of(), List.of());
            }
        }
    }

    /** A file none of the formats could read cards from: says which were tried. */
    private static ImportException noCards(String shown) {
        StringBuilder tried = new StringBuilder();
        Format[] all = Format.values();
        for (int i = 0; i < all.length; i++) {
            if (i > 0) tried.append(i == all.length - 1 ? " or " : ", ");
            tried.append(all[i].label());
        }
        return new ImportException(shown + " holds no cards dca can read as " + tried,
                "import a file made by dca export, by Anki (.apkg, or Notes in Plain Text) or by Quizlet");
    }

    private static byte[] head(Path file, String shown) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        } catch (IOException e) {
            throw new ImportException("cannot read " + shown + ": " + e.getMessage(), "check the file's permissions");
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) return false;
        }
        return true;
    }

    /** Reads at most {@link #MAX_BYTES}, checking the size before reading, and decodes strict UTF-8. */
    static String readText(Path file, String shown) throws ImportException {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) throw tooBig(shown, Files.size(file));
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // A FIFO or /dev/stdin has no size: read one byte past the limit to know.
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) throw tooBig(shown, bytes.length);
            String text;
            try {
                text = Utf8.decode(bytes);
            } catch (CharacterCodingException e) {
                throw new ImportException(shown + " is not UTF-8 text, nor an Anki package",
                        "save it as UTF-8, or check it is a deck file");
            }
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return text.replace("\r\n", "\n");
        } catch (IOException e) {
            throw new ImportException("cannot read " + shown + ": " + e.getMessage(), "check the file's permissions");
        }
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static ImportException tooBig(String shown, long size) {
        return new ImportException(String.format(Locale.ROOT, "%s is %.1f MB; dca imports deck files up to 10 MB",
                shown, size / 1048576.0), "split the deck, or check you picked the right file");
    }

    /**
     * The text format of a file, from its content: JSON starts with a brace or bracket, Anki text
     * with {@code #} headers or as rows of tab-separated columns (two columns of plain text are
     * Quizlet's), dca Markdown holds dca's explicit syntax. Null when it is none of them.
     */
    static Format detect(String name, String text) {
        String t = text.stripLeading();
        if (t.startsWith("{") || t.startsWith("[")) return Format.JSON;
        if (AnkiTextReader.looksLikeAnkiText(text)) return Format.ANKI_TEXT;
        if (QuizletReader.looksLikeQuizlet(text) && !AnkiTextReader.looksLikeHtml(text)) return Format.QUIZLET;
        if (tabColumns(text)) return Format.ANKI_TEXT;
        if (MarkdownSyntax.hasExplicitCards(text)) return Format.MARKDOWN;
        return null;
    }

    /** Nine rows in ten (not counting comments) hold a tab: columns, as Anki's text export writes them. */
    private static boolean tabColumns(String text) {
        int rows = 0;
        int tabbed = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            rows++;
            if (line.indexOf('\t') > 0) tabbed++;
        }
        return rows > 0 && tabbed * 10 >= rows * 9;
    }

    private static void checkIds(Deck d, String shown) throws ImportException {
        Set<String> ids = new HashSet<>();
        for (Card c : d.cards()) {
            if (!CardId.isValid(c.id().value())) {
                throw new ImportException(shown + ": invalid card id \"" + CleanText.clean(c.id().value()) + "\"",
                        "ids are lowercase letters, digits, '.', '_' and '-'");
            }
            if (!ids.add(c.id().value())) {
                throw new ImportException(shown + ": card id " + c.id() + " appears twice in deck "
                        + CleanText.clean(d.name()), "give every card its own id");
            }
        }
    }

    /** The name a deck is stored under: a slug or {@code group/slug}; refuses a name with nothing usable in it. */
    public static String slugName(String name) throws ImportException {
        return ImportNames.slugName(name);
    }

    /**
     * Cleans, renames and stores the decks, replacing earlier imports of the same name in place.
     *
     * @param as the name to store a single deck under, or null to keep the file's names
     */
    public static List<Outcome> store(List<Deck> decks, String as, DeckStore store)
            throws ImportException, IOException {
        if (as != null && decks.size() > 1) {
            throw new ImportException("--as names one deck, but the file holds " + decks.size(),
                    "import it without --as; its decks keep their own names");
        }
        return store(named(decks, as), store, null);
    }

    /** The decks under their own names (or {@code as} for one deck), as imports were named before {@link ImportNames}. */
    private static List<ImportNames.Named> named(List<Deck> decks, String as) throws ImportException {
        List<ImportNames.Named> out = new ArrayList<>();
        for (Deck d : decks) out.add(new ImportNames.Named(d, slugName(as != null ? as : DeckCleaner.clean(d).deck().name()), ""));
        return out;
    }

    /**
     * Cleans and stores the decks under the names given, replacing earlier imports of the same
     * name in place (their card ids, and so their progress, are kept), and records where they came
     * from.
     *
     * @param origin the file and time to record, or null to record nothing
     */
    public static List<Outcome> store(List<ImportNames.Named> named, DeckStore store, DeckStore.Origin origin)
            throws ImportException, IOException {
        List<Deck> toSave = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ImportNames.Named n : named) {
            DeckCleaner.Cleaned cleaned = DeckCleaner.clean(n.deck());
            Deck deck = cleaned.deck();
            String name = n.name();
            if (!names.add(name)) {
                throw new ImportException("two decks in the file are both named " + name, "import them one at a time with --as");
            }
            String renamedFrom = name.equals(deck.name()) ? null : deck.name();
            Deck old = store.load(name).orElse(null);
            Deck merged = keepIds(new Deck(name, deck.chapter(), deck.title(), deck.domains(), deck.source(), deck.cards()), old);
            int[] diff = diff(old, merged);
            toSave.add(merged);
            outcomes.add(new Outcome(merged, store.pathFor(name), diff[0], diff[1], diff[2], renamedFrom, cleaned.fieldsChanged()));
        }
        if (origin == null) store.save(toSave);
        else store.save(toSave, origin);
        return outcomes;
    }

    public static List<String> unrelatedReplacements(List<Deck> decks, String as, DeckStore store) throws ImportException {
        return unrelatedReplacements(named(decks, as), store);
    }

    /**
     * Stored decks the import would replace although they look like another deck: fewer than half
     * the cards of the smaller of the two share an id. An update of the same deck keeps most ids;
     * a different deck with the same name (two people's chapter-5) does not.
     *
     * @return one line per such deck, e.g. {@code chapter-5 (3 of its 109 cards are in the file)}
     */
    public static List<String> unrelatedReplacements(List<ImportNames.Named> named, DeckStore store) {
        List<String> out = new ArrayList<>();
        for (ImportNames.Named n : named) {
            Deck d = n.deck();
            Deck old = store.load(n.name()).orElse(null);
            if (old == null || old.cards().isEmpty()) continue;
            Set<String> ids = new HashSet<>();
            for (Card c : d.cards()) ids.add(c.id().value());
            long shared = old.cards().stream().filter(c -> ids.contains(c.id().value())).count();
            if (shared * 2 < Math.min(old.cards().size(), d.cards().size())) {
                out.add(n.name() + " (" + shared + " of its " + old.cards().size() + " cards are in the file)");
            }
        }
        return out;
    }

    /**
     * A card whose id is new but whose kind and prompt match a card of the previous import that is
     * gone from this one keeps the old id, so its progress stays with it.
     */
    static Deck keepIds(Deck incoming, Deck old) {
        if (old == null) return incoming;
        Set<String> newIds = new HashSet<>();
        for (Card c : incoming.cards()) newIds.add(c.id().value());
        Map<String, CardId> orphanByPrompt = new HashMap<>();
        for (Card c : old.cards()) {
            if (!newIds.contains(c.id().value())) orphanByPrompt.putIfAbsent(key(c), c.id());
        }
        Map<String, CardId> oldIds = new HashMap<>();
        for (Card c : old.cards()) oldIds.put(c.id().value(), c.id());
        List<Card> cards = new ArrayList<>();
        boolean changed = false;
        for (Card c : incoming.cards()) {
            CardId reuse = oldIds.containsKey(c.id().value()) ? null : orphanByPrompt.remove(key(c));
            if (reuse != null && !newIds.contains(reuse.value())) {
                cards.add(Cards.withId(c, reuse));
                changed = true;
            } else {
                cards.add(c);
            }
        }
        return changed ? new Deck(incoming.name(), incoming.chapter(), incoming.title(), incoming.domains(), incoming.source(), cards)
                : incoming;
    }

    private static String key(Card c) {
        return c.kind() + "\n" + CardId.normalize(c.prompt());
    }

    /** added, changed, removed compared with the previous import (context and source do not count). */
    static int[] diff(Deck old, Deck now) {
        if (old == null) return new int[] {now.cards().size(), 0, 0};
        Map<String, Card> before = new HashMap<>();
        for (Card c : old.cards()) before.put(c.id().value(), c);
        int added = 0;
        int changed = 0;
        for (Card c : now.cards()) {
            Card b = before.remove(c.id().value());
            if (b == null) added++;
            else if (!Cards.sameContent(b, c)) changed++;
        }
        return new int[] {added, changed, before.size()};
    }
}
