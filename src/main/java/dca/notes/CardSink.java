package dca.notes;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Domain;
import dca.deck.Kind;
import dca.deck.ListCard;
import dca.deck.Option;
import dca.deck.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Collects one chapter's cards and gives each its identity and tags: a pinned id goes to the next
 * card, else the id is derived from kind and prompt; a repeated prompt is reported and the later
 * card gets a {@code -2} suffix so ids stay unique; cards without a domain tag get the deck's.
 */
final class CardSink {
    private static final CardMeta PROBE = new CardMeta(new CardId("x"), null, null, null, null);

    private String file;
    private final String deckName;
    private final List<String> deckDomains;
    private Problems problems;
    private final List<Card> cards = new ArrayList<>();
    private final Map<String, Integer> firstLineById = new HashMap<>();
    private CardId pinned;
    private int pinnedLine;

    CardSink(String file, String deckName, List<Domain> deckDomains, Problems problems) {
        this.file = file;
        this.deckName = deckName;
        this.deckDomains = deckDomains.stream().map(Domain::slug).toList();
        this.problems = problems;
    }

    List<Card> cards() {
        return List.copyOf(cards);
    }

    int size() {
        return cards.size();
    }

    /** The cards collected since the sink held {@code from}. */
    List<Card> cardsFrom(int from) {
        return List.copyOf(cards.subList(from, cards.size()));
    }

    /** The cards that follow come from another file: one chapter written in several files, one deck. */
    void from(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    void pin(String idText, int line) {
        CardId id = CardId.pinned(idText);
        if (id == null) {
            problems.add(line, "invalid card id \"" + idText + "\": use lowercase letters, digits, '.', '_' or '-'");
            return;
        }
        if (pinned != null) problems.add(pinnedLine, "id \"" + pinned + "\" is not followed by a card");
        pinned = id;
        pinnedLine = line;
    }

    void basic(BasicCard.Origin origin, String prompt, String answer, Breadcrumbs ctx, int line, List<String> tags) {
        if (prompt.isBlank()) {
            problems.add(line, "empty question");
            return;
        }
        if (answer.isBlank()) {
            problems.add(line, "empty answer for \"" + Breadcrumbs.shorten(prompt) + "\"");
            return;
        }
        cards.add(new BasicCard(meta(Kind.BASIC, prompt, ctx, line, tags), origin, prompt, answer));
    }

    /** {@code term ::: definition}: both directions, one note. */
    void twoWay(String term, String definition, Breadcrumbs ctx, int line, List<String> tags) {
        if (term.isBlank() || definition.isBlank()) {
            problems.add(line, "empty answer for \"" + Breadcrumbs.shorten(term) + "\"");
            return;
        }
        CardId pin = takePin(line);
        CardId first = pin != null ? pin : unique(CardId.of(Kind.BASIC, deckName, term), term, line);
        CardId second = pin != null ? numbered(pin.value(), line) : unique(CardId.of(Kind.BASIC, deckName, definition), definition, line);
        List<String> t = tags(ctx.tags(), tags);
        Source src = new Source(file, line);
        cards.add(new BasicCard(new CardMeta(first, first.value(), ctx.path(), src, t), BasicCard.Origin.TERM, term, definition));
        cards.add(new BasicCard(new CardMeta(second, first.value(), ctx.path(), src, t), BasicCard.Origin.REVERSE, definition, term));
    }

    /** One card per {@code {{part}}} of {@code text}; the parts share a note. */
    void cloze(String text, Breadcrumbs ctx, int line, List<String> tags) {
        int parts = new ClozeCard(PROBE, text, 0).parts().size();
        if (parts == 0) {
            problems.add(line, "cloze without a hidden part: mark one as {{hidden}}");
            return;
        }
        CardId pin = takePin(line);
        String note = null;
        List<String> t = tags(ctx.tags(), tags);
        for (int i = 0; i < parts; i++) {
            String prompt = new ClozeCard(PROBE, text, i).prompt();
            CardId id = pin != null
                    ? (i == 0 ? pin : numbered(pin.value(), line))
                    : unique(CardId.of(Kind.CLOZE, deckName, prompt), prompt, line);
            if (note == null) note = id.value();
            cards.add(new ClozeCard(new CardMeta(id, note, ctx.path(), new Source(file, line), t), text, i));
        }
    }

    void list(String prompt, List<String> items, Breadcrumbs ctx, int line, List<String> tags) {
        cards.add(new ListCard(meta(Kind.LIST, prompt, ctx, line, tags), prompt, items));
    }

    void choice(String prompt, List<Option> options, String explanation, String link, Breadcrumbs ctx, int line,
                List<String> tags) {
        if (options.stream().noneMatch(Option::correct)) {
            problems.add(line, "choice question without a right option: mark one with - [x]");
            pinned = null;
            return;
        }
        if (options.size() < 2) {
            problems.add(line, "choice question with one option: add wrong options as - [ ]");
            pinned = null;
            return;
        }
        if (prompt.isBlank()) {
            problems.add(line, "choice options without a question");
            pinned = null;
            return;
        }
        cards.add(new ChoiceCard(meta(Kind.CHOICE, prompt, ctx, line, tags), prompt, options, explanation, link));
    }

    /** Reports an id comment that no card followed. */
    void finish() {
        if (pinned != null) problems.add(pinnedLine, "id \"" + pinned + "\" is not followed by a card");
        pinned = null;
    }

    private CardMeta meta(Kind kind, String prompt, Breadcrumbs ctx, int line, List<String> ownTags) {
        CardId pin = takePin(line);
        CardId id = pin != null ? pin : unique(CardId.of(kind, deckName, prompt), prompt, line);
        return new CardMeta(id, null, ctx.path(), new Source(file, line), tags(ctx.tags(), ownTags));
    }

    /** The pinned id waiting for this card, if any; a pinned id used twice is reported and numbered. */
    private CardId takePin(int line) {
        CardId id = pinned;
        pinned = null;
        if (id == null) return null;
        if (firstLineById.containsKey(id.value())) {
            problems.add(line, "id \"" + id + "\" is used twice in " + deckName + " (first on line "
                    + firstLineById.get(id.value()) + ")");
            return numbered(id.value(), line);
        }
        firstLineById.put(id.value(), line);
        return id;
    }

    private CardId unique(CardId id, String prompt, int line) {
        Integer first = firstLineById.get(id.value());
        if (first == null) {
            firstLineById.put(id.value(), line);
            return id;
        }
        problems.add(line, "duplicate prompt in " + deckName + ": \"" + Breadcrumbs.shorten(prompt)
                + "\" (first on line " + first + "); reword one or pin an id");
        return numbered(id.value(), line);
    }

    private CardId numbered(String base, int line) {
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = base.length() + suffix.length() > 64 ? base.substring(0, 64 - suffix.length()) + suffix : base + suffix;
            if (!firstLineById.containsKey(candidate)) {
                firstLineById.put(candidate, line);
                return new CardId(candidate);
            }
        }
    }

    private List<String> tags(List<String> inherited, List<String> own) {
        List<String> out = new ArrayList<>();
        boolean hasDomain = false;
        for (List<String> src : List.of(inherited, own)) {
            for (String t : src) {
                String tag = t;
                Optional<Domain> d = domainTag(t);
                if (d.isPresent()) {
                    tag = d.get().slug();
                    hasDomain = true;
                }
                if (!out.contains(tag)) out.add(tag);
            }
        }
        if (!hasDomain) {
            for (String d : deckDomains) if (!out.contains(d)) out.add(d);
        }
        return out;
    }

    /** A tag names a domain when it is a domain slug or a common spelling of one ("volumes"). */
    static Optional<Domain> domainTag(String tag) {
        if (TagParser.isObjective(tag)) return Optional.empty();
        Optional<Domain> d = Domain.parse(tag);
        if (d.isEmpty()) return d;
        String t = tag.toLowerCase(Locale.ROOT);
        boolean known = t.equals(d.get().slug()) || t.equals(d.get().name().toLowerCase(Locale.ROOT))
                || List.of("volumes", "volume", "image", "network", "configuration", "install", "storage-and-volumes",
                        "security", "orchestration").contains(t);
        return known ? d : Optional.empty();
    }
}
