package dca.share;

import dca.deck.Card;
import dca.deck.CardDomain;
import dca.deck.CardId;
import dca.deck.CardVisitor;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.ListCard;
import dca.deck.Option;
import dca.deck.OptionOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cards as Anki notes, shared by the {@code .apkg} and the Anki text export. Basic, list and choice
 * cards become DCA Basic notes (one card each); the cloze cards of one sentence (sharing a
 * {@code note}) become one DCA Cloze note with one card per deletion. Every field is HTML; the
 * {@code dca-*} classes let {@code dca import} read the structure back. Both note types have four
 * fields: the question (Front, or the cloze Text), the answer (Back, or Back Extra), the card's
 * context (shown above the question by the templates) and the ids of the note's cards, which
 * bring every card back with its id, the second deletion of a cloze too.
 */
public final class AnkiNotes {
    static final String GUID_PREFIX = "dca:";
    private static final Pattern PART = Pattern.compile("\\{\\{(.+?)}}");
    /** A second space of a run, or a space starting a line: HTML would not show it. */
    private static final Pattern SHOWN_SPACE = Pattern.compile("(?<= ) |(?<=^|<br>) ");

    public enum NoteType {
        BASIC("DCA Basic", List.of("Front", "Back", "Context", AnkiCards.IDS_FIELD)),
        CLOZE("DCA Cloze", List.of("Text", "Back Extra", "Context", AnkiCards.IDS_FIELD));

        private final String ankiName;
        private final List<String> fields;

        NoteType(String ankiName, List<String> fields) {
            this.ankiName = ankiName;
            this.fields = fields;
        }

        /** The name of dca's note type in Anki (not Anki's stock types, whose names Anki translates). */
        public String ankiName() { return ankiName; }
        public List<String> fields() { return fields; }
    }

    /**
     * One Anki note.
     *
     * @param guid  stable across exports: {@code dca:} and the card id (the note key for a cloze
     *              sentence), the id the card had before it was reworded if it was
     * @param ords  the cards it makes: 0 for a Basic note, the cloze numbers minus one for a Cloze note
     */
    public record Note(String guid, NoteType type, List<String> fields, List<String> tags, String deck, List<Integer> ords) {}

    private AnkiNotes() {}

    /** {@code DCA::Chapter 05 The Docker Engine}; decks without a chapter number use their title or name. */
    public static String deckName(Deck d) {
        String title = d.title().isBlank() ? d.name() : d.title();
        String name = d.chapter() > 0 ? String.format(Locale.ROOT, "Chapter %02d %s", d.chapter(), title) : title;
        return "DCA::" + CleanText.clean(name).replace("::", ":").replaceAll("\\s+", " ").strip();
    }

    /** {@code chapter-05}, or the deck name for decks without a chapter number. */
    public static String chapterTag(Deck d) {
        return d.chapter() > 0 ? String.format(Locale.ROOT, "chapter-%02d", d.chapter()) : tag(d.name());
    }

    public static List<Note> of(List<Deck> decks) {
        return of(decks, ExportOptions.none());
    }

    public static List<Note> of(List<Deck> decks, ExportOptions options) {
        List<Note> notes = new ArrayList<>();
        Set<String> guids = new HashSet<>();
        for (Deck deck : decks) {
            String deckName = deckName(deck);
            Map<String, List<ClozeCard>> clozes = new LinkedHashMap<>();
            // Keep source order: a cloze sentence takes the place of its first card.
            List<Object> order = new ArrayList<>();
            for (Card c : deck.cards()) {
                if (c instanceof ClozeCard z) {
                    String key = z.meta().note() + "\n" + z.text();
                    if (!clozes.containsKey(key)) order.add(key);
                    clozes.computeIfAbsent(key, k -> new ArrayList<>()).add(z);
                } else {
                    order.add(c);
                }
            }
            for (Object o : order) {
                Note n = o instanceof Card c ? basic(deck, deckName, c, options) : cloze(deck, deckName, clozes.get((String) o), options);
                String guid = n.guid();
                // The same prompt in two decks has the same id; Anki needs distinct guids.
                if (!guids.add(guid)) {
                    guid = guid + ":" + deck.name();
                    guids.add(guid);
                    n = new Note(guid, n.type(), n.fields(), n.tags(), n.deck(), n.ords());
                }
                notes.add(n);
            }
        }
        return notes;
    }

    private static String guid(CardId id, ExportOptions options) {
        return GUID_PREFIX + options.guidId(id).value();
    }

    /** Text as an HTML field, with the spaces that matter (runs, indents) kept visible. */
    static String field(String text) {
        return SHOWN_SPACE.matcher(Html.escape(text)).replaceAll("&nbsp;");
    }

    private static Note basic(Deck deck, String deckName, Card c, ExportOptions options) {
        // A cloze sentence becomes one Cloze note (see cloze); a lone part is asked like a basic card.
        List<String> qa = c.accept(CardVisitor.of(AnkiNotes::plain, AnkiNotes::plain, AnkiNotes::list, AnkiNotes::choice));
        return new Note(guid(c.id(), options), NoteType.BASIC, List.of(qa.get(0), qa.get(1), context(deck, c.meta().context()),
                c.id().value()), tags(deck, c), deckName, List.of(0));
    }

    private static List<String> plain(Card c) {
        return List.of(field(c.prompt()), field(c.answer()));
    }

    private static List<String> list(ListCard l) {
        StringBuilder b = new StringBuilder("<ul class=\"dca-list\">");
        for (String item : l.items()) b.append("<li>").append(field(item)).append("</li>");
        return List.of(field(l.prompt()), b.append("</ul>").toString());
    }

    private static List<String> choice(ChoiceCard q) {
        List<Option> options = OptionOrder.forExport(q);
        StringBuilder f = new StringBuilder(field(q.prompt()));
        f.append("<ol class=\"dca-options\" type=\"A\">");
        // an option that keeps its place (fixed in the notes) says so, for dca to read back
        for (Option o : options) f.append(o.fixed() ? "<li class=\"dca-fixed\">" : "<li>").append(field(o.text())).append("</li>");
        f.append("</ol>");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            if (o.correct()) b.append("<div class=\"dca-answer\">").append(letter(i)).append(". ").append(field(o.text())).append("</div>");
        }
        boolean web = q.link().startsWith("https://") || q.link().startsWith("http://");
        String link = Html.escapeOnly(q.link());
        String anchor = "<a class=\"dca-link\" href=\"" + link + "\">" + link + "</a>";
        String explanation = field(q.explanation());
        // The notes often end an explanation with its link: then the link is shown once, in place.
        boolean inExplanation = web && !link.isEmpty() && explanation.contains(link);
        if (!q.explanation().isBlank()) {
            b.append("<div class=\"dca-explanation\">").append(inExplanation ? explanation.replace(link, anchor) : explanation).append("</div>");
        }
        if (!q.link().isBlank() && !inExplanation) {
            // Only web links become anchors: a javascript: or file: URL from a shared deck stays text.
            b.append("<div class=\"dca-link\">").append(web ? anchor : link).append("</div>");
        }
        return List.of(f.toString(), b.toString());
    }

    private static Note cloze(Deck deck, String deckName, List<ClozeCard> cards, ExportOptions options) {
        ClozeCard first = cards.get(0);
        Map<Integer, String> idOfNumber = new TreeMap<>();
        for (ClozeCard z : cards) idOfNumber.putIfAbsent(z.index() + 1, z.id().value());
        StringBuilder text = new StringBuilder();
        Matcher m = PART.matcher(ClozeCard.maskCode(first.text()));
        int last = 0;
        int i = 0;
        while (m.find()) {
            text.append(Html.escape(first.text().substring(last, m.start())));
            ClozeCard.Part part = ClozeCard.part(first.text().substring(m.start(1), m.end(1)), i);
            String hidden = Html.escape(part.text());
            if (idOfNumber.containsKey(part.number())) {
                // "::" inside a deletion would start an Anki hint
                text.append("{{c").append(part.number()).append("::").append(hidden.replace("::", ":&#58;"));
                if (!part.hint().isEmpty()) text.append("::").append(Html.escape(part.hint()));
                text.append("}}");
            } else {
                text.append(hidden);
            }
            last = m.end();
            i++;
        }
        text.append(Html.escape(first.text().substring(last)));
        // the visible spaces of the whole sentence: a space after a deletion does not start a line
        String sentence = SHOWN_SPACE.matcher(text).replaceAll("&nbsp;");
        List<Integer> ords = new ArrayList<>();
        for (int number : idOfNumber.keySet()) ords.add(number - 1);
        String ids = String.join(" ", idOfNumber.values());
        String note = CardId.isValid(first.meta().note()) ? options.guidId(new CardId(first.meta().note())).value() : first.meta().note();
        return new Note(GUID_PREFIX + note, NoteType.CLOZE, List.of(sentence, "", context(deck, first.meta().context()), ids),
                tags(deck, first), deckName, ords);
    }

    static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }

    private static List<String> contextWithoutTitle(Deck deck, List<String> context) {
        if (!context.isEmpty() && context.get(0).equals(deck.title())) return context.subList(1, context.size());
        return context;
    }

    /** The Context field: the breadcrumb below the chapter title (which the deck name already says). */
    private static String context(Deck deck, List<String> context) {
        return field(String.join(" › ", contextWithoutTitle(deck, context)));
    }

    /** Card tags, the deck's domains when the card names none, and the chapter tag; Anki tags have no spaces. */
    static List<String> tags(Deck deck, Card c) {
        Set<String> tags = new LinkedHashSet<>();
        boolean hasDomain = false;
        for (String t : c.meta().tags()) {
            String tag = tag(t);
            if (tag.isEmpty()) continue;
            tags.add(tag);
            hasDomain |= CardDomain.ofTag(tag).isPresent();
        }
        if (!hasDomain) deck.domains().forEach(d -> tags.add(d.slug()));
        tags.add(chapterTag(deck));
        return List.copyOf(tags);
    }

    static String tag(String t) {
        return CleanText.clean(t).strip().replaceAll("\\s+", "-").replace("\"", "");
    }
}
