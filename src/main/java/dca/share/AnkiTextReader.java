package dca.share;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.deck.Domain;
import dca.deck.Kind;
import dca.deck.ListCard;
import dca.deck.Option;
import dca.deck.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Anki's plain-text notes (as {@link AnkiTextWriter} writes them, or as Anki exports them with
 * headers): Basic and Cloze note types. dca's own {@code dca-*} markup turns back into choice and
 * list cards; a {@code dca:} guid gives back the card id, other notes get an id from their prompt.
 */
public final class AnkiTextReader {
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?}}", Pattern.DOTALL);
    private static final Pattern CHAPTER = Pattern.compile("(?i)chapter\\s+0*(\\d+)\\s*[-:]?\\s*(.*)");
    private static final Pattern CONTEXT = Pattern.compile("^<div class=\"dca-context\">(.*?)</div>", Pattern.DOTALL);
    private static final Pattern OPTIONS = Pattern.compile("<ol class=\"dca-options\"[^>]*>(.*?)</ol>", Pattern.DOTALL);
    private static final Pattern LIST = Pattern.compile("^<ul class=\"dca-list\">(.*?)</ul>$", Pattern.DOTALL);
    private static final Pattern LI = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern ANSWER = Pattern.compile("<div class=\"dca-answer\">([A-Z])\\. ", Pattern.DOTALL);
    private static final Pattern EXPLANATION = Pattern.compile("<div class=\"dca-explanation\">(.*?)</div>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<div class=\"dca-link\">(.*?)</div>", Pattern.DOTALL);

    private final String fileName;

    /** The Anki deck of the row being read: ids derived from prompts are scoped to it, as the parser scopes them to a chapter. */

    private String scope = "";
    private char separator = '\t';
    private boolean html = true;
    private int notetypeCol = -1;
    private int deckCol = -1;
    private int guidCol = -1;
    private int tagsCol = -1;
    private String fixedNotetype = "";
    private String fixedDeck = "";

    private AnkiTextReader(String fileName) {
        this.fileName = fileName;
    }

    /** True when the text starts with Anki's {@code #key:value} file headers. */
    public static boolean looksLikeAnkiText(String text) {
        return text.startsWith("#separator:") || text.startsWith("#html:") || text.startsWith("#notetype")
                || text.startsWith("#deck") || text.startsWith("#tags") || text.startsWith("#guid") || text.startsWith("#columns:");
    }

    /**
     * @param fileName names the file in errors and gives the deck name when the file names no deck
     */
    public static List<Deck> read(String text, String fileName) throws ImportException {
        return new AnkiTextReader(fileName).parse(text);
    }

    private List<Deck> parse(String text) throws ImportException {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].startsWith("#") && lines[i].contains(":")) {
            header(lines[i].strip(), i + 1);
            i++;
        }
        String body = String.join("\n", Arrays.asList(lines).subList(i, lines.length));
        List<List<String>> rows = Csv.parse(body, separator);
        Map<String, List<Card>> byDeck = new LinkedHashMap<>();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        int line = i;
        for (List<String> row : rows) {
            line++;
            if (row.size() == 1 && row.get(0).isBlank()) continue;
            String type = col(row, notetypeCol, fixedNotetype.isEmpty() ? "Basic" : fixedNotetype);
            String deck = col(row, deckCol, fixedDeck.isEmpty() ? fileName : fixedDeck);
            String guid = col(row, guidCol, "");
            String tags = col(row, tagsCol, "");
            scope = deck;
            List<String> fields = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                if (c != notetypeCol && c != deckCol && c != guidCol && c != tagsCol) fields.add(row.get(c));
            }
            List<String> tagList = new ArrayList<>();
            for (String t : tags.strip().split("\\s+")) {
                if (!t.isEmpty() && !t.matches("chapter-\\d+")) tagList.add(t);
            }
            List<Card> cards = type.toLowerCase(Locale.ROOT).contains("cloze")
                    ? cloze(fields, guid, tagList, line)
                    : List.of(basic(fields, guid, tagList, line));
            List<Card> deckCards = byDeck.computeIfAbsent(deck, k -> new ArrayList<>());
            Set<String> ids = seen.computeIfAbsent(deck, k -> new java.util.HashSet<>());
            for (Card c : cards) {
                if (!ids.add(c.id().value())) {
                    throw new ImportException(fileName + ": line " + line + ": card id " + c.id() + " appears twice",
                            "each note needs its own guid; remove the duplicate line");
                }
                deckCards.add(c);
            }
        }
        List<Deck> decks = new ArrayList<>();
        byDeck.forEach((name, cards) -> decks.add(deck(name, cards)));
        if (decks.isEmpty()) throw new ImportException(fileName + " holds no notes", "export the deck from Anki as Notes in Plain Text");
        return decks;
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
            default -> { } // #columns, #tags and future headers do not change how dca reads the notes
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

    private String text(String field) {
        return html ? Html.toText(field) : field.strip();
    }

    private CardId idFrom(String guid, Kind kind, String prompt, int line) throws ImportException {
        if (guid.startsWith(AnkiNotes.GUID_PREFIX)) {
            String id = guid.substring(AnkiNotes.GUID_PREFIX.length()).replaceFirst(":.*$", "");
            if (!CardId.isValid(id)) {
                throw new ImportException(fileName + ": line " + line + ": \"" + CleanText.clean(id) + "\" is not a valid card id",
                        "ids are lowercase letters, digits, '.', '_' and '-', up to 64 characters");
            }
            return new CardId(id);
        }
        if (prompt.isBlank()) {
            throw new ImportException(fileName + ": line " + line + ": the note has an empty first field",
                    "every note needs a question");
        }
        return CardId.of(kind, scope, prompt);
    }

    private Card basic(List<String> fields, String guid, List<String> tags, int line) throws ImportException {
        String front = fields.isEmpty() ? "" : fields.get(0);
        String back = fields.size() > 1 ? fields.get(1) : "";
        List<String> context = new ArrayList<>();
        Matcher cm = CONTEXT.matcher(front);
        if (html && cm.find()) {
            for (String c : Html.toText(cm.group(1)).split(" › ")) context.add(c);
            front = front.substring(cm.end());
        }
        Source source = new Source(fileName, line);
        Matcher om = OPTIONS.matcher(front);
        if (html && om.find()) {
            String prompt = Html.toText(front.substring(0, om.start()));
            List<String> texts = new ArrayList<>();
            Matcher li = LI.matcher(om.group(1));
            while (li.find()) texts.add(Html.toText(li.group(1)));
            Set<Integer> right = new LinkedHashSet<>();
            Matcher am = ANSWER.matcher(back);
            while (am.find()) right.add(am.group(1).charAt(0) - 'A');
            List<Option> options = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) options.add(new Option(texts.get(i), right.contains(i)));
            if (options.size() >= 2 && !right.isEmpty()) {
                Matcher em = EXPLANATION.matcher(back);
                Matcher lm = LINK.matcher(back);
                CardMeta meta = new CardMeta(idFrom(guid, Kind.CHOICE, prompt, line), null, context, source, tags);
                return new ChoiceCard(meta, prompt, options, em.find() ? Html.toText(em.group(1)) : "",
                        lm.find() ? Html.toText(lm.group(1)) : "");
            }
        }
        Matcher lm = LIST.matcher(back.strip());
        if (html && lm.find()) {
            List<String> items = new ArrayList<>();
            Matcher li = LI.matcher(lm.group(1));
            while (li.find()) items.add(Html.toText(li.group(1)));
            String prompt = Html.toText(front);
            if (!items.isEmpty()) {
                return new ListCard(new CardMeta(idFrom(guid, Kind.LIST, prompt, line), null, context, source, tags), prompt, items);
            }
        }
        String prompt = text(front);
        return new BasicCard(new CardMeta(idFrom(guid, Kind.BASIC, prompt, line), null, context, source, tags),
                BasicCard.Origin.QA, prompt, text(back));
    }

    /** One card per deletion; a repeated cloze number (one Anki card hiding two parts) becomes two cards. */
    private List<Card> cloze(List<String> fields, String guid, List<String> tags, int line) throws ImportException {
        String field = fields.isEmpty() ? "" : fields.get(0);
        StringBuilder text = new StringBuilder();
        Matcher m = CLOZE.matcher(field);
        int last = 0;
        int parts = 0;
        while (m.find()) {
            text.append(plain(field.substring(last, m.start())));
            text.append("{{").append(plain(m.group(2)).replace("}}", "} }")).append("}}");
            last = m.end();
            parts++;
        }
        text.append(plain(field.substring(last)));
        if (parts == 0) {
            throw new ImportException(fileName + ": line " + line + ": a Cloze note without {{c1::…}} deletions",
                    "mark the hidden parts as {{c1::text}}");
        }
        String sentence = text.toString().strip().replaceAll("[ \\t]+", " ");
        List<String> context = new ArrayList<>();
        String extra = fields.size() > 1 ? text(fields.get(1)) : "";
        if (!extra.isEmpty()) context.addAll(Arrays.asList(extra.split(" › ")));
        String note = guid.startsWith(AnkiNotes.GUID_PREFIX) ? idFrom(guid, Kind.CLOZE, "", line).value() : null;
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            ClozeCard probe = new ClozeCard(new CardMeta(new CardId("x"), null, null, null, null), sentence, i);
            // As a pinned id does in notes: the note's id goes to its first card, <id>-2, <id>-3… to the others.
            CardId id = note == null ? CardId.of(Kind.CLOZE, scope, probe.prompt())
                    : i == 0 ? new CardId(note) : CardId.pinned(note + "-" + (i + 1));
            if (id == null) id = CardId.of(Kind.CLOZE, scope, probe.prompt());
            String noteKey = note != null ? note : (i == 0 ? id.value() : cards.get(0).id().value());
            cards.add(new ClozeCard(new CardMeta(id, noteKey, context, new Source(fileName, line), tags), sentence, i));
        }
        return cards;
    }

    /** Field text inside a cloze sentence: like {@link #text} but keeps the surrounding spaces. */
    private String plain(String s) {
        if (!html) return s;
        return Html.unescape(Html.codeToBackticks(s).replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("<[^>]*>", "")).replace('\u00a0', ' ');
    }

    private Deck deck(String ankiName, List<Card> cards) {
        String last = ankiName;
        int sep = last.lastIndexOf("::");
        if (sep >= 0) last = last.substring(sep + 2);
        last = Html.toText(last);
        int chapter = 0;
        String title = last;
        String name = DeckCatalog.slug(last);
        Matcher m = CHAPTER.matcher(last);
        if (m.matches()) {
            chapter = Integer.parseInt(m.group(1).length() > 6 ? "0" : m.group(1));
            title = m.group(2).strip();
            if (chapter > 0) name = "chapter-" + chapter;
        }
        // The deck's domains: the domain tags its cards carry, most used first.
        Map<Domain, Integer> counts = new LinkedHashMap<>();
        for (Card c : cards) {
            for (String t : c.meta().tags()) {
                Domain.parse(t).filter(d -> d.slug().equals(t)).ifPresent(d -> counts.merge(d, 1, Integer::sum));
            }
        }
        List<Domain> domains = counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
        // Breadcrumbs start at the chapter title, as the notes parser writes them; the export leaves it out.
        List<Card> withTitle = new ArrayList<>();
        for (Card c : cards) {
            List<String> ctx = c.meta().context();
            if (!title.isBlank() && (ctx.isEmpty() || !ctx.get(0).equals(title))) {
                List<String> full = new ArrayList<>();
                full.add(title);
                full.addAll(ctx);
                CardMeta meta = c.meta();
                c = Cards.withMeta(c, new CardMeta(meta.id(), meta.note(), full, meta.source(), meta.tags()));
            }
            withTitle.add(c);
        }
        return new Deck(name.isEmpty() ? "imported" : name, chapter, title, domains, fileName, withTitle);
    }
}
