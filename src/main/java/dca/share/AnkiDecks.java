package dca.share;

import dca.deck.Card;
import dca.deck.CardMeta;
import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.deck.Domain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anki deck names as dca decks. The last level of the tree names the deck ({@code Chapter 05 The
 * Docker Engine} becomes {@code chapter-5}, as dca exports chapters); the levels above it are the
 * deck's group ({@code DCA::Networking} is {@code networking} in group {@code dca}), which the
 * import puts in front of a name that is taken or reserved.
 */
final class AnkiDecks {
    private static final Pattern CHAPTER = Pattern.compile("(?i)chapter\\s+0*(\\d+)\\s*[-:]?\\s*(.*)");

    private AnkiDecks() {}

    /** The deck's group: the slug of every level above the last, or "" for a top-level deck. */
    static String group(String ankiName) {
        int sep = ankiName.lastIndexOf("::");
        if (sep < 0) return "";
        return DeckCatalog.slug(ankiName.substring(0, sep).replace("::", " "));
    }

    private static String leaf(String ankiName) {
        int sep = ankiName.lastIndexOf("::");
        return (sep >= 0 ? ankiName.substring(sep + 2) : ankiName).strip();
    }

    /**
     * The dca deck for one Anki deck. Its domains are the domain tags its cards carry, most used
     * first; each card's breadcrumb starts with the deck's title, as the notes parser writes it.
     */
    static Deck deck(String ankiName, List<Card> cards, String source) {
        String last = CleanText.clean(leaf(ankiName));
        int chapter = 0;
        String title = last;
        String name = DeckCatalog.slug(last);
        Matcher m = CHAPTER.matcher(last);
        if (m.matches()) {
            chapter = Integer.parseInt(m.group(1).length() > 6 ? "0" : m.group(1));
            title = m.group(2).strip();
            if (chapter > 0) name = "chapter-" + chapter;
        }
        Map<Domain, Integer> counts = new LinkedHashMap<>();
        for (Card c : cards) {
            for (String t : c.meta().tags()) {
                Domain.parse(t).filter(d -> d.slug().equals(t)).ifPresent(d -> counts.merge(d, 1, Integer::sum));
            }
        }
        List<Domain> domains = counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
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
        return new Deck(name.isEmpty() ? "imported" : name, chapter, title, domains, source, withTitle);
    }

    /** Anki's space-separated note tags, without dca's own chapter tags (the deck says the chapter). */
    static List<String> tags(String tags) {
        List<String> out = new ArrayList<>();
        for (String t : tags.strip().split("\\s+")) {
            if (!t.isEmpty() && !t.matches("chapter-\\d+")) out.add(t);
        }
        return out;
    }
}
