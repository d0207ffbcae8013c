package dca.share;

import dca.deck.Card;
import dca.deck.Deck;
import dca.deck.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Anki's plain-text notes (as {@link AnkiTextWriter} writes them, as Anki exports them with
 * headers, or bare tab-separated columns). Every line starting with {@code #} is a header or a
 * comment, as in Anki. Note types whose name says Cloze are cloze notes, every other note a
 * question and answer; dca's own notes ({@code dca:} guids) come back as the cards they were
 * ({@link AnkiCards}).
 */
public final class AnkiTextReader {
    /** Tags and entities that show a file without {@code #html} holds HTML (Anki guesses the same way). */
    private static final Pattern LOOKS_HTML = Pattern.compile(
            "(?i)</?(br|div|p|span|b|i|u|em|strong|code|pre|ul|ol|li|img|a|font|sub|sup|table|tr|td|hr)\\b[^>]*>|&(nbsp|amp|lt|gt|quot|#\\d+);");

    private final String fileName;
    private char separator = '\t';
    private Boolean html;
    private int notetypeCol = -1;
    private int deckCol = -1;
    private int guidCol = -1;
    private int tagsCol = -1;
    private String fixedNotetype = "";
    private String fixedDeck = "";
    private final Map<String, String> groups = new LinkedHashMap<>();
    private AnkiHtml htmlText;

    private AnkiTextReader(String fileName) {
        this.fileName = fileName;
    }

    /** True when the text starts with Anki's {@code #key:value} file headers. */
    public static boolean looksLikeAnkiText(String text) {
        return text.startsWith("#separator:") || text.startsWith("#html:") || text.startsWith("#notetype")
                || text.startsWith("#deck") || text.startsWith("#tags") || text.startsWith("#guid") || text.startsWith("#columns:");
    }

    /** True when the text holds HTML tags or entities of the kind Anki's editor writes. */
    static boolean looksLikeHtml(String text) {
        return LOOKS_HTML.matcher(text).find();
    }

    /**
     * @param fileName names the file in errors and gives the deck name when the file names no deck
     */
    public static List<Deck> read(String text, String fileName) throws ImportException {
        return readAll(text, fileName).decks();
    }

    static ImportedDecks readAll(String text, String fileName) throws ImportException {
        return new AnkiTextReader(fileName).parse(text);
    }

    private ImportedDecks parse(String text) throws ImportException {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].startsWith("#")) {
            if (lines[i].contains(":")) header(lines[i].strip(), i + 1);
            i++;
        }
        String body = String.join("\n", Arrays.asList(lines).subList(i, lines.length));
        if (html == null) html = looksLikeHtml(body);
        htmlText = new AnkiHtml();
        AnkiCards reader = new AnkiCards(fileName, html ? htmlText : FieldText.PLAIN);
        List<List<String>> rows = Csv.parse(body, separator);
        Map<String, List<Card>> byDeck = new LinkedHashMap<>();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        int line = i;
        for (List<String> row : rows) {
            line++;
            if (row.size() == 1 && row.get(0).isBlank()) continue;
            if (!row.isEmpty() && row.get(0).startsWith("#")) continue; // a comment, as Anki reads it
            String type = col(row, notetypeCol, fixedNotetype.isEmpty() ? "Basic" : fixedNotetype);
            String deck = col(row, deckCol, fixedDeck.isEmpty() ? fileName : fixedDeck);
            String guid = col(row, guidCol, "").strip();
            List<String> fields = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                if (c != notetypeCol && c != deckCol && c != guidCol && c != tagsCol) fields.add(row.get(c));
            }
            AnkiCards.Note note = new AnkiCards.Note(guid, AnkiDecks.tags(col(row, tagsCol, "")), new Source(fileName, line), deck);
            List<Card> cards = cards(reader, note, type, fields);
            List<Card> deckCards = byDeck.computeIfAbsent(deck, k -> new ArrayList<>());
            Set<String> ids = seen.computeIfAbsent(deck, k -> new HashSet<>());
            for (Card c : cards) {
                if (!ids.add(c.id().value())) {
                    throw new ImportException(fileName + ": line " + line + ": card id " + c.id() + " appears twice",
                            "each note needs its own guid; remove the duplicate line");
                }
                deckCards.add(c);
            }
        }
        List<Deck> decks = new ArrayList<>();
        byDeck.forEach((name, cards) -> {
            Deck d = AnkiDecks.deck(name, cards, fileName);
            decks.add(d);
            String group = AnkiDecks.group(name);
            if (!group.isEmpty()) groups.putIfAbsent(d.name(), group);
        });
        if (decks.isEmpty()) throw new ImportException(fileName + " holds no notes", "export the deck from Anki as Notes in Plain Text");
        List<String> notices = new ArrayList<>();
        ApkgReader.mediaNotice(htmlText.mediaDropped()).ifPresent(notices::add);
        return new ImportedDecks(DeckImporter.Format.ANKI_TEXT, decks, groups, notices);
    }

    /**
     * dca's note types have Front, Back, Context and DCA ids (Text, Back Extra, Context, DCA ids);
     * exports older than the Context field have only the first two.
     */
    private static List<Card> cards(AnkiCards reader, AnkiCards.Note note, String type, List<String> f) throws ImportException {
        boolean cloze = type.toLowerCase(Locale.ROOT).contains("cloze");
        boolean dca = AnkiCards.isDca(note.guid());
        String first = f.isEmpty() ? "" : f.get(0);
        String second = f.size() > 1 ? f.get(1) : "";
        boolean current = dca && f.size() >= 4;
        String context = current ? f.get(2) : null;
        String ids = current ? f.get(3) : "";
        // Before the Context field, dca wrote a cloze note's context into Back Extra; other notes' Back Extra is their context too.
        if (cloze) return reader.cloze(note, first, current ? context : second, ids, null);
        if (dca) return List.of(reader.dcaBasic(note, first, second, context, ids));
        return List.of(reader.basic(note, 0, first, second));
    }

    private void header(String line, int lineNo) throws ImportException {
        int colon = line.indexOf(':');
        String key = line.substring(1, colon).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        switch (key) {
            case "separator" -> separator = switch (value.toLowerCase(Locale.ROOT)) {
                case "tab" -> '\t';
                case "comma" -> ',';
                case "semicolon" -> ';';
                case "pipe" -> '|';
                case "space" -> ' ';
                case "colon" -> ':';
                default -> {
                    if (value.length() != 1) {
                        throw new ImportException(fileName + ": line " + lineNo + ": unknown separator \"" + value + "\"",
                                "use #separator:tab, comma, semicolon, pipe or a single character");
                    }
                    yield value.charAt(0);
                }
            };
            case "html" -> html = value.equalsIgnoreCase("true");
            case "notetype column" -> notetypeCol = column(value, lineNo);
            case "deck column" -> deckCol = column(value, lineNo);
            case "guid column" -> guidCol = column(value, lineNo);
            case "tags column" -> tagsCol = column(value, lineNo);
            case "notetype" -> fixedNotetype = value;
            case "deck" -> fixedDeck = value;
            default -> { } // #columns, #tags, comments and future headers do not change how dca reads the notes
        }
    }

    private int column(String value, int lineNo) throws ImportException {
        try {
            int c = Integer.parseInt(value);
            if (c < 1 || c > 64) throw new NumberFormatException();
            return c - 1;
        } catch (NumberFormatException e) {
            throw new ImportException(fileName + ": line " + lineNo + ": \"" + value + "\" is not a column number",
                    "columns are numbered from 1, e.g. #deck column:2");
        }
    }

    private static String col(List<String> row, int c, String fallback) {
        return c >= 0 && c < row.size() ? row.get(c) : fallback;
    }
}
