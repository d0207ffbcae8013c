package dca.share;

import dca.deck.Card;
import dca.deck.Deck;
import dca.deck.Source;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code dca import deck.apkg}: Anki packages and collection packages ({@code .colpkg}), whichever
 * collection they hold (legacy {@code .anki2}, {@code .anki21}, or the zstd-compressed
 * {@code .anki21b} of Anki 2.1.50+). The collection is inflated into a private temporary directory,
 * read there read-only and deleted before this returns, whatever happens.
 *
 * <p>Note types are recognised by their structure, not their names (which Anki translates): a
 * Cloze type makes one card per cloze number; a type whose every card template asks one field and
 * answers with another (Basic, Basic and reversed, Basic with typing) makes one card per Anki
 * card; any other type makes one card per note, its first field the question and the others the
 * answer, and the import report says so.
 */
public final class ApkgReader {
    private static final Pattern REF = Pattern.compile("\\{\\{([^{}]+)}}");
    private static final Set<String> SPECIAL = Set.of("FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID");

    private final String shown;
    private final ApkgLimits limits;
    private final AnkiHtml html = new AnkiHtml();
    private final Map<String, Integer> otherTypes = new TreeMap<>();
    private int skippedLong;
    private int skippedEmpty;
    private int skippedUnknownType;

    private ApkgReader(String shown, ApkgLimits limits) {
        this.shown = shown;
        this.limits = limits;
    }

    /**
     * Reads the package's decks.
     *
     * @param shown      the file's name as messages show it
     * @param tempParent where the private temporary directory is made
     */
    public static ImportedDecks read(Path apkg, String shown, Path tempParent, ApkgLimits limits) throws ImportException {
        try {
            long size = Files.size(apkg);
            if (size > limits.maxFileBytes()) {
                throw new ImportException(String.format(Locale.ROOT, "%s is %.0f MB; dca imports Anki packages up to %s",
                        shown, size / 1048576.0, ApkgArchive.mb(limits.maxFileBytes())), "export only the decks you want to share");
            }
        } catch (IOException e) {
            throw new ImportException("cannot read " + shown + ": " + e.getMessage(), "check the file");
        }
        Path dir = null;
        try {
            dir = privateTempDir(tempParent);
            Path db = dir.resolve("collection.sqlite");
            ApkgArchive.extract(apkg, shown, db, limits);
            return decks(AnkiCollectionReader.read(db, shown, limits), shown, limits);
        } catch (IOException e) {
            throw new ImportException("cannot unpack " + shown + ": " + e.getMessage(), "check there is space in " + tempParent);
        } finally {
            deleteTree(dir);
        }
    }

    private static Path privateTempDir(Path parent) throws IOException {
        Files.createDirectories(parent);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory(parent, "dca-import-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory(parent, "dca-import-");
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: the directory is private and holds only a copy of the package's collection
        }
    }

    /** The decks of a collection that has been read. */
    static ImportedDecks decks(AnkiCollection col, String shown, ApkgLimits limits) throws ImportException {
        return new ApkgReader(shown, limits).decks(col);
    }

    private ImportedDecks decks(AnkiCollection col) throws ImportException {
        Map<Long, Shape> shapes = new HashMap<>();
        for (AnkiCollection.NoteType t : col.noteTypes().values()) shapes.put(t.id(), shape(t));
        AnkiCards reader = new AnkiCards(shown, html);
        Map<String, List<Card>> byDeck = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (AnkiCollection.Note n : col.notes()) {
            AnkiCollection.NoteType type = col.noteTypes().get(n.noteType());
            if (type == null) {
                skippedUnknownType++;
                continue;
            }
            if (n.fields().stream().anyMatch(f -> f.length() > limits.maxFieldChars())) {
                skippedLong++;
                continue;
            }
            Map<String, List<Card>> made = cards(reader, col, type, shapes.get(type.id()), n);
            for (Map.Entry<String, List<Card>> e : made.entrySet()) {
                Set<String> seen = ids.computeIfAbsent(e.getKey(), k -> new HashSet<>());
                for (Card c : e.getValue()) {
                    if (c.prompt().isBlank() || c.answer().isBlank()) {
                        skippedEmpty++;
                        continue;
                    }
                    if (!seen.add(c.id().value())) {
                        throw new ImportException(shown + ": card id " + c.id() + " appears twice in deck " + CleanText.clean(e.getKey()),
                                "every note needs its own guid; check the collection in Anki (Tools > Check Database)");
                    }
                    byDeck.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Deck> decks = new ArrayList<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (Map.Entry<String, List<Card>> e : byDeck.entrySet()) {
            Deck d = AnkiDecks.deck(e.getKey(), e.getValue(), shown);
            decks.add(d);
            String group = AnkiDecks.group(e.getKey());
            if (!group.isEmpty()) groups.putIfAbsent(d.name(), group);
        }
        return new ImportedDecks(DeckImporter.Format.APKG, decks, groups, notices());
    }

    private List<String> notices() {
        List<String> out = new ArrayList<>();
        otherTypes.forEach((name, count) -> out.add(String.format(Locale.ROOT,
                "%d note%s of note type \"%s\": first field as the question, the other fields as the answer",
                count, count == 1 ? "" : "s", CleanText.clean(name))));
        mediaNotice(html.mediaDropped()).ifPresent(out::add);
        if (skippedEmpty > 0) out.add(skippedEmpty + " card" + plural(skippedEmpty) + " with an empty question or answer skipped");
        if (skippedLong > 0) {
            out.add(skippedLong + " note" + plural(skippedLong) + " with a field over " + limits.maxFieldChars() + " characters skipped");
        }
        if (skippedUnknownType > 0) out.add(skippedUnknownType + " note" + plural(skippedUnknownType) + " of a missing note type skipped");
        return out;
    }

    static Optional<String> mediaNotice(int media) {
        if (media == 0) return Optional.empty();
        return Optional.of(media + " image, sound or video reference" + plural(media) + " dropped (dca shows text only)");
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** The cards of one note, by the Anki deck each of its cards is in. */
    private Map<String, List<Card>> cards(AnkiCards reader, AnkiCollection col, AnkiCollection.NoteType type, Shape shape,
                                          AnkiCollection.Note n) throws ImportException {
        Map<String, List<Card>> out = new LinkedHashMap<>();
        if (n.cards().isEmpty()) return out;
        String firstDeck = deckName(col, n.cards().get(0).deck());
        AnkiCards.Note note = new AnkiCards.Note(n.guid(), AnkiDecks.tags(n.tags()), new Source(shown, 0), firstDeck);
        List<String> f = n.fields();
        boolean dca = AnkiCards.isDca(n.guid());
        if (type.cloze()) {
            Map<Integer, String> deckOfNumber = new HashMap<>();
            for (AnkiCollection.CardRef c : n.cards()) deckOfNumber.putIfAbsent(c.ord() + 1, deckName(col, c.deck()));
            // dca's own notes have a Context field; in other cloze notes (and dca's before that field)
            // the field after the sentence, Anki's Back Extra, is the context.
            String context = dca ? field(type, f, "Context") : null;
            if (context == null) context = at(f, shape.clozeField() == 0 ? 1 : 0);
            String ids = dca ? nonNull(field(type, f, AnkiCards.IDS_FIELD)) : "";
            List<Card> cards;
            try {
                cards = reader.cloze(note, at(f, shape.clozeField()), context, ids, deckOfNumber.keySet());
            } catch (ImportException noDeletions) {
                skippedEmpty++;
                return out;
            }
            for (Card c : cards) {
                int number = ((dca.deck.ClozeCard) c).index() + 1;
                out.computeIfAbsent(deckOfNumber.get(number), k -> new ArrayList<>()).add(c);
            }
            return out;
        }
        if (dca && f.size() >= 2) {
            Card c = reader.dcaBasic(note, f.get(0), f.get(1), field(type, f, "Context"), nonNull(field(type, f, AnkiCards.IDS_FIELD)));
            out.computeIfAbsent(firstDeck, k -> new ArrayList<>()).add(c);
            return out;
        }
        if (shape.templates() == null) {
            otherTypes.merge(type.name(), 1, Integer::sum);
            out.computeIfAbsent(firstDeck, k -> new ArrayList<>()).add(reader.other(note, f));
            return out;
        }
        Set<Integer> done = new HashSet<>();
        for (AnkiCollection.CardRef c : n.cards()) {
            int[] qa = shape.templates().get(c.ord());
            if (qa == null || !done.add(c.ord())) continue;
            out.computeIfAbsent(deckName(col, c.deck()), k -> new ArrayList<>())
                    .add(reader.basic(note, c.ord(), at(f, qa[0]), at(f, qa[1])));
        }
        return out;
    }

    private static String deckName(AnkiCollection col, long id) {
        String name = col.decks().get(id);
        return name == null || name.isBlank() ? "Default" : name;
    }

    private static String at(List<String> fields, int i) {
        return i >= 0 && i < fields.size() ? fields.get(i) : "";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The field of that name, or null when the note type has none. */
    private static String field(AnkiCollection.NoteType type, List<String> fields, String name) {
        int i = type.fields().indexOf(name);
        return i < 0 ? null : at(fields, i);
    }

    /**
     * How a note type's notes become cards.
     *
     * @param clozeField the field a Cloze type's template clozes
     * @param templates  for question-and-answer types: template ord → {question field, answer field}; null for other types
     */
    record Shape(int clozeField, Map<Integer, int[]> templates) {}

    static Shape shape(AnkiCollection.NoteType t) {
        if (t.cloze()) {
            for (AnkiCollection.Template tpl : t.templates()) {
                for (Ref r : refs(tpl.front(), t)) {
                    if (r.filters().contains("cloze")) return new Shape(r.field(), null);
                }
            }
            return new Shape(0, null);
        }
        Map<Integer, int[]> templates = new HashMap<>();
        for (AnkiCollection.Template tpl : t.templates()) {
            Set<Integer> asked = new HashSet<>();
            int typed = -1;
            for (Ref r : refs(tpl.front(), t)) {
                if (r.filters().contains("type")) typed = r.field();
                else asked.add(r.field());
            }
            Set<Integer> shown = new HashSet<>();
            for (Ref r : refs(tpl.back(), t)) {
                if (!r.filters().contains("type")) shown.add(r.field());
                else if (typed < 0) typed = r.field();
            }
            shown.removeAll(asked);
            int answer = typed >= 0 ? typed : shown.size() == 1 ? shown.iterator().next() : -1;
            if (asked.size() != 1 || answer < 0 || asked.contains(answer)) return new Shape(0, null);
            templates.put(tpl.ord(), new int[] {asked.iterator().next(), answer});
        }
        return new Shape(0, templates.isEmpty() ? null : templates);
    }

    /** A field a template shows, with the filters in front of it ({@code type:}, {@code cloze:}, {@code text:}…). */
    private record Ref(int field, List<String> filters) {}

    private static List<Ref> refs(String template, AnkiCollection.NoteType t) {
        List<Ref> out = new ArrayList<>();
        Matcher m = REF.matcher(template == null ? "" : template);
        while (m.find()) {
            String inside = m.group(1).strip();
            if (inside.isEmpty() || "#/^!=".indexOf(inside.charAt(0)) >= 0) continue; // sections and comments
            String[] parts = inside.split(":");
            String name = parts[parts.length - 1].strip();
            if (SPECIAL.contains(name)) continue;
            int i = t.fields().indexOf(name);
            if (i < 0) continue;
            List<String> filters = new ArrayList<>();
            for (int k = 0; k < parts.length - 1; k++) filters.add(parts[k].strip().toLowerCase(Locale.ROOT));
            out.add(new Ref(i, filters));
        }
        return out;
    }
}
