package dca.share;

import dca.deck.Card;
import dca.deck.CardDomain;
import dca.deck.CardVisitor;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.ListCard;
import dca.deck.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cards as Anki notes, shared by the {@code .apkg} and the Anki text export. Basic, list and choice
 * cards become Basic notes (one card each); the cloze cards of one sentence (sharing a {@code note})
 * become one Cloze note with one card per deletion. Every field is HTML; the {@code dca-*} classes
 * let {@code dca import} read the structure back.
 */
public final class AnkiNotes {
    static final String GUID_PREFIX = "dca:";
    private static final Pattern PART = Pattern.compile("\\{\\{(.+?)}}");

    public enum NoteType {
        BASIC("Basic", List.of("Front", "Back")),
        CLOZE("Cloze", List.of("Text", "Back Extra"));

        private final String ankiName;
        private final List<String> fields;

        NoteType(String ankiName, List<String> fields) {
            this.ankiName = ankiName;
            this.fields = fields;
        }

        /** Anki's stock note type with these fields. */
        public String ankiName() { return ankiName; }
        public List<String> fields() { return fields; }
    }

    /**
     * One Anki note.
     *
     * @param guid  stable across exports: {@code dca:} and the card id (the note key for a cloze sentence)
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
                Note n = o instanceof Card c ? basic(deck, deckName, c) : cloze(deck, deckName, clozes.get((String) o));
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

    private static Note basic(Deck deck, String deckName, Card c) {
        String context = context(deck, c.meta().context());
        // A cloze sentence becomes one Cloze note (see cloze); a lone part is asked like a basic card.
        List<String> fields = c.accept(CardVisitor.of(
                b -> plain(context, b), z -> plain(context, z), l -> list(context, l), q -> choice(context, q)));
        return new Note(GUID_PREFIX + c.id().value(), NoteType.BASIC, fields, tags(deck, c), deckName, List.of(0));
    }

    private static List<String> plain(String context, Card c) {
        return List.of(context + Html.escape(c.prompt()), Html.escape(c.answer()));
    }

    private static List<String> list(String context, ListCard l) {
        StringBuilder b = new StringBuilder("<ul class=\"dca-list\">");
        for (String item : l.items()) b.append("<li>").append(Html.escape(item)).append("</li>");
        return List.of(context + Html.escape(l.prompt()), b.append("</ul>").toString());
    }

    private static List<String> choice(String context, ChoiceCard q) {
        StringBuilder f = new StringBuilder(context).append(Html.escape(q.prompt()));
        f.append("<ol class=\"dca-options\" type=\"A\">");
        for (Option o : q.options()) f.append("<li>").append(Html.escape(o.text())).append("</li>");
        f.append("</ol>");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < q.options().size(); i++) {
            Option o = q.options().get(i);
            if (o.correct()) {
                b.append("<div class=\"dca-answer\">").append(letter(i)).append(". ")
                        .append(Html.escape(o.text())).append("</div>");
            }
        }
        if (!q.explanation().isBlank()) {
            b.append("<div class=\"dca-explanation\">").append(Html.escape(q.explanation())).append("</div>");
        }
        if (!q.link().isBlank()) {
            String link = Html.escapeOnly(q.link());
            b.append("<div class=\"dca-link\">");
            // Only web links become anchors: a javascript: or file: URL from a shared deck stays text.
            if (q.link().startsWith("https://") || q.link().startsWith("http://")) {
                b.append("<a href=\"").append(link).append("\">").append(link).append("</a>");
            } else {
                b.append(link);
            }
            b.append("</div>");
        }
        return List.of(f.toString(), b.toString());
    }

    private static Note cloze(Deck deck, String deckName, List<ClozeCard> cards) {
        ClozeCard first = cards.get(0);
        Set<Integer> hidden = new HashSet<>();
        for (ClozeCard z : cards) hidden.add(z.index());
        StringBuilder text = new StringBuilder();
        Matcher m = PART.matcher(ClozeCard.maskCode(first.text()));
        int last = 0;
        int i = 0;
        List<Integer> ords = new ArrayList<>();
        while (m.find()) {
            text.append(Html.escape(first.text().substring(last, m.start())));
            String part = Html.escape(first.text().substring(m.start(1), m.end(1)));
            if (hidden.contains(i)) {
                // "::" inside a deletion would start an Anki hint
                text.append("{{c").append(i + 1).append("::").append(part.replace("::", ":&#58;")).append("}}");
                ords.add(i);
            } else {
                text.append(part);
            }
            last = m.end();
            i++;
        }
        text.append(Html.escape(first.text().substring(last)));
        String extra = Html.escape(String.join(" › ", contextWithoutTitle(deck, first.meta().context())));
        return new Note(GUID_PREFIX + first.meta().note(), NoteType.CLOZE, List.of(text.toString(), extra),
                tags(deck, first), deckName, ords);
    }

    static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }

    private static List<String> contextWithoutTitle(Deck deck, List<String> context) {
        if (!context.isEmpty() && context.get(0).equals(deck.title())) return context.subList(1, context.size());
        return context;
    }

    private static String context(Deck deck, List<String> context) {
        List<String> c = contextWithoutTitle(deck, context);
        if (c.isEmpty()) return "";
        return "<div class=\"dca-context\">" + Html.escape(String.join(" › ", c)) + "</div>";
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
